package vn.dangbo.dashboard.users.ui;

import vn.dangbo.dashboard.base.ui.Choices;
import vn.dangbo.dashboard.base.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.users.UserAccount;
import vn.dangbo.dashboard.users.UserException;
import vn.dangbo.dashboard.users.UserService;

/** The administrator's list of users: create, disable and enable, reset a password. */
@Route("users")
@Menu(order = 10, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {
    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    UsersView(UserService users, OrganisationService organisation) {
        this.users = users;
        addClassName("dashboard-view");
        message.setId("users-message");
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role()) + (a.cellCode() == null ? "" : " – " + a.cellCode()))
                .setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(a -> !a.enabled() ? getTranslation("users.disabled")
                : a.lockedUntil() != null ? getTranslation("users.locked") : a.mustChangePassword()
                ? getTranslation("users.must-change") : getTranslation("users.active")).setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        Grids.scrollSideways(grid);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("users.title")), grid, message, createForm(organisation));
        refresh();
    }

    private Div actions(UserAccount account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"), e -> {
            users.setEnabled(account.username(), !account.enabled());
            refresh();
        });
        toggle.setId((account.enabled() ? "disable-" : "enable-") + account.username());
        Button reset = new Button(getTranslation("users.reset"), e -> {
            String password = users.resetPassword(account.username());
            message.setText(getTranslation("users.reset-done", account.username(), password));
            refresh();
        });
        reset.setId("reset-" + account.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(toggle, reset);
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                users.unlock(account.username());
                message.setText(getTranslation("users.unlocked", account.username()));
                refresh();
            });
            unlock.setId("unlock-" + account.username());
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(unlock);
        }
        return actions;
    }

    private Div createForm(OrganisationService organisation) {
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("new-name");
        ComboBox<Role> role = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("users.role")), users.grantableRoles());
        role.setId("new-role");
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<CellSummary> cell = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("users.cell")), organisation.cells());
        cell.setId("new-cell");
        cell.setItemLabelGenerator(CellSummary::name);
        PasswordField password = new PasswordField(getTranslation("users.one-time-password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rule", Formats.number(UserService.MIN_PASSWORD_LENGTH, getLocale())));
        Button create = new Button(getTranslation("users.create"), e -> {
            try {
                if (role.getValue() == null) {
                    throw new UserException("users.role-required");
                }
                users.create(username.getValue(), name.getValue(), role.getValue(),
                        cell.getValue() == null ? null : cell.getValue().code(), password.getValue());
                message.setText(getTranslation("users.created", username.getValue()));
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (UserException error) {
                message.setText(getTranslation(error.key(), error.parameters()));
            }
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("users.new")), username, name, role, cell, password, create);
        form.addClassName("user-form");
        return form;
    }

    private void refresh() {
        grid.setItems(users.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users") + " · " + getTranslation("app.name");
    }
}

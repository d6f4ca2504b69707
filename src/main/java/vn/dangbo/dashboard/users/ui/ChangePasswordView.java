package vn.dangbo.dashboard.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.RoleNavigation;
import vn.dangbo.dashboard.users.UserException;
import vn.dangbo.dashboard.users.UserService;

/** Choosing a new password: required after a one-time password, possible at any time. */
@Route(RoleNavigation.CHANGE_PASSWORD)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(UserService users, CurrentUser currentUser) {
        addClassName("dashboard-view");
        String username = currentUser.get().map(u -> u.username()).orElse("");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("password.rule", String.valueOf(UserService.MIN_PASSWORD_LENGTH)));
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.setId("password-again");
        Paragraph message = new Paragraph();
        message.setId("password-message");
        message.addClassName("page-error");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!fresh.getValue().equals(again.getValue())) {
                message.setText(getTranslation("password.mismatch"));
                return;
            }
            try {
                users.changeOwnPassword(username, current.getValue(), fresh.getValue());
                currentUser.signOut();
            } catch (UserException error) {
                message.setText(getTranslation(error.key(), error.parameters()));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean required = currentUser.get().map(u -> u.mustChangePassword()).orElse(false);
        add(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(required ? "password.required" : "password.optional")),
                current, fresh, again, save, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }

    /** Opens this view from anywhere. */
    public static void open(UI ui) {
        ui.navigate(ChangePasswordView.class);
    }
}

package vn.dangbo.dashboard.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.audit.AuditFilter;
import vn.dangbo.dashboard.audit.AuditLine;
import vn.dangbo.dashboard.audit.AuditPage;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Choices;
import vn.dangbo.dashboard.base.ui.DateFields;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.organisation.CommitteeNode;

/**
 * The audit log for the administrator, newest first, a page at a time ("Xem cũ hơn" loads the next), filtered by
 * user, action, days and — for a page covering several committees — one of them, the filter kept in the address
 * ({@code ?user=&action=&from=2026-11-01&to=2026-11-30&committee=mau-03}). Only the lines of the committees the page
 * covers are read.
 * A run of failed sign-ins for names that are no account is one line with its count.
 */
@Route("audit")
@Menu(order = 11, icon = "vaadin:records", title = "menu.audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    static final int LINES_PER_PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final AuditService audit;
    private final Grid<AuditLine> grid = new Grid<>();
    private final Button older = new Button();
    private final List<AuditLine> shown = new ArrayList<>();
    private final Map<Long, CommitteeNode> committees = new HashMap<>();
    private AuditFilter filter = AuditFilter.ANY;
    private @Nullable Long olderThan;

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("dashboard-view");
        grid.setId("audit-grid");
        grid.addColumn(this::when).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditLine::username).setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::committee).setHeader(getTranslation("audit.committee")).setKey("committee")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> action(line.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true)
                .setFlexGrow(0);
        // The details wrap in a column that takes the width left, rather than widening the table past the screen.
        grid.addColumn(this::details).setHeader(getTranslation("audit.details")).setWidth("16em").setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.scrollSideways(grid);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        older.setText(getTranslation("audit.older"));
        older.setId("audit-older");
        older.addClickListener(e -> showMore());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        filter = new AuditFilter(query.getSingleParameter("user").orElse(null),
                query.getSingleParameter("action").orElse(null),
                query.getSingleParameter("from").map(AuditView::day).orElse(null),
                query.getSingleParameter("to").map(AuditView::day).orElse(null),
                query.getSingleParameter("committee").orElse(null));
        committees.clear();
        audit.committees().forEach(node -> committees.put(node.id(), node));
        grid.getColumnByKey("committee").setVisible(!committees.isEmpty());
        removeAll();
        add(new H2(getTranslation("audit.title")), filters(), grid, older);
        shown.clear();
        olderThan = null;
        showMore();
    }

    private void showMore() {
        AuditPage page = audit.page(filter, olderThan, LINES_PER_PAGE);
        shown.addAll(page.lines());
        olderThan = page.olderThan();
        grid.setItems(shown);
        older.setVisible(olderThan != null);
    }

    private Div filters() {
        TextField user = new TextField(getTranslation("audit.who"));
        user.setId("audit-user");
        user.setValue(filter.username() == null ? "" : filter.username());
        ComboBox<String> action = Choices.foundWithoutDiacritics(new ComboBox<>(getTranslation("audit.what")), audit.actions());
        action.setId("audit-action");
        action.setClearButtonVisible(true);
        action.setItemLabelGenerator(this::action);
        action.setValue(filter.action());
        DatePicker from = DateFields.of(getTranslation("audit.from"), getLocale());
        from.setId("audit-from");
        from.setValue(filter.from());
        DatePicker to = DateFields.of(getTranslation("audit.to"), getLocale());
        to.setId("audit-to");
        to.setValue(filter.to());
        ComboBox<CommitteeNode> committee = Choices.foundWithoutDiacritics(
                new ComboBox<>(getTranslation("audit.committee")), List.copyOf(committees.values()));
        committee.setId("audit-committee");
        committee.setItemLabelGenerator(CommitteeNode::name);
        committee.setClearButtonVisible(true);
        committee.setVisible(!committees.isEmpty());
        committee.setValue(committees.values().stream().filter(node -> node.code().equals(filter.committee()))
                .findFirst().orElse(null));
        Button apply = new Button(getTranslation("audit.filter"), e -> go(user.getValue(), action.getValue(),
                from.getValue(), to.getValue(), committee.getValue()));
        apply.setId("audit-filter");
        Div filters = new Div(user, action, from, to, committee, apply);
        filters.addClassName("audit-filters");
        return filters;
    }

    private void go(String user, String action, LocalDate from, LocalDate to, CommitteeNode committee) {
        Map<String, String> query = new LinkedHashMap<>();
        if (committee != null) {
            query.put("committee", committee.code());
        }
        if (user != null && !user.isBlank()) {
            query.put("user", user.trim());
        }
        if (action != null) {
            query.put("action", action);
        }
        if (from != null) {
            query.put("from", from.toString());
        }
        if (to != null) {
            query.put("to", to.toString());
        }
        UI.getCurrent().navigate(AuditView.class, QueryParameters.simple(query));
    }

    /** The committee a line concerns, by name; blank for one that could not be placed. */
    private String committee(AuditLine line) {
        CommitteeNode node = line.committeeId() == null ? null : committees.get(line.committeeId());
        return node == null ? "" : node.name();
    }

    private String when(AuditLine line) {
        return line.count() == 1 ? TIME.format(line.occurredAt())
                : TIME.format(line.firstAt()) + " – " + TIME.format(line.occurredAt());
    }

    /** An action's name in the reader's language; an action without one shows its code. */
    private String action(String code) {
        String label = getTranslation("audit.action." + code);
        return label.startsWith("!") ? code : label;
    }

    /** The line's details in the reader's language; data in them are parameters, shown as text. */
    private String details(AuditLine line) {
        String details = line.details() == null ? "" : getTranslation(line.details().key(), line.details().parameters());
        return line.count() == 1 ? details : getTranslation("audit.grouped", line.count(), details);
    }

    private static @Nullable LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · " + getTranslation("app.name");
    }
}

package vn.dangbo.dashboard.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.dangbo.dashboard.audit.AuditEntry;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.users.Role;

/** The audit log for the administrator: the latest sign-ins and changes, newest first. */
@Route("audit")
@Menu(order = 11, icon = "vaadin:records", title = "menu.audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final int SHOWN = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    AuditView(AuditService audit) {
        addClassName("dashboard-view");
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details"));
        grid.setItems(audit.latest(SHOWN));
        grid.setWidthFull();
        add(new H2(getTranslation("audit.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · " + getTranslation("app.name");
    }
}

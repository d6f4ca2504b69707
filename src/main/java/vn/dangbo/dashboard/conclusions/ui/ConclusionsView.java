package vn.dangbo.dashboard.conclusions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ConclusionState;
import vn.dangbo.dashboard.conclusions.ConclusionSubject;

/**
 * The conclusions carried forward ({@code /conclusions}): those still open with their state (open, overdue) and those
 * done lately, each linking to the figure or cell it concerns as it is now; the meeting records one on the meeting as
 * a whole here, and marks one done.
 */
@Route(ConclusionsView.ROUTE)
@Menu(order = 0.6, icon = "vaadin:flag-o", title = "menu.conclusions")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
public class ConclusionsView extends LiveDashboard implements HasDynamicTitle {
    public static final String ROUTE = "conclusions";
    private final ConclusionService conclusions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConclusionsView(ConclusionService conclusions, CurrentUser currentUser, Clock clock, LiveUpdates live) {
        super(live, EnumSet.of(Topic.CONCLUSIONS));
        this.conclusions = conclusions;
        this.currentUser = currentUser;
        this.clock = clock;
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        Texts texts = new Texts(getLocale());
        add(new H2(texts.t("conclusions.title")));
        List<ConclusionEntry> carried = conclusions.carriedForward();
        Paragraph summary = new Paragraph(texts.t("conclusions.summary",
                texts.n(carried.stream().filter(c -> c.state() != ConclusionState.DONE).count()),
                texts.n(carried.stream().filter(c -> c.state() == ConclusionState.OVERDUE).count())));
        summary.setId("conclusions-summary");
        add(summary);
        if (currentUser.recordsConclusions()) {
            Button add = new Button(texts.t("conclusions.add-meeting"), e -> new ConclusionDialog(conclusions,
                    ConclusionSubject.MEETING, ConclusionSubject.WHOLE_MEETING, texts.t("conclusions.whole-meeting"), null,
                    LocalDate.now(clock), texts, this::render).open());
            add.setId("conclusions-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(grid(carried, texts));
    }

    private Grid<ConclusionEntry> grid(List<ConclusionEntry> carried, Texts texts) {
        Grid<ConclusionEntry> grid = new Grid<>();
        grid.setId("conclusions-grid");
        grid.addColumn(c -> Formats.date(c.meetingDate())).setKey("meeting").setHeader(texts.t("conclusions.column.meeting")).setAutoWidth(true);
        grid.addComponentColumn(c -> subject(c, texts)).setKey("subject").setHeader(texts.t("conclusions.column.subject")).setAutoWidth(true);
        grid.addColumn(ConclusionEntry::content).setKey("content").setHeader(texts.t("conclusions.column.content")).setFlexGrow(3);
        grid.addColumn(ConclusionEntry::assignee).setKey("assignee").setHeader(texts.t("conclusions.column.assignee")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.dueDate())).setKey("due").setHeader(texts.t("conclusions.column.due")).setAutoWidth(true);
        grid.addComponentColumn(c -> state(c, texts)).setKey("state").setHeader(texts.t("conclusions.column.state")).setAutoWidth(true);
        grid.setItems(carried);
        grid.setAllRowsVisible(true);
        Grids.scrollSideways(grid);
        return grid;
    }

    private Component subject(ConclusionEntry entry, Texts texts) {
        String label = entry.subject() == ConclusionSubject.MEETING ? texts.t("conclusions.whole-meeting") : entry.subjectLabel();
        return ConclusionLinks.of(entry).<Component>map(href -> new com.vaadin.flow.component.html.Anchor(href, label))
                .orElseGet(() -> new Span(label));
    }

    private Component state(ConclusionEntry entry, Texts texts) {
        Span state = new Span(texts.t("conclusions.state." + entry.state()) + (entry.doneOn() == null ? ""
                : " " + Formats.date(entry.doneOn())));
        state.addClassNames("conclusion-state", "conclusion-" + entry.state().name().toLowerCase(java.util.Locale.ROOT));
        if (entry.state() == ConclusionState.DONE || !currentUser.recordsConclusions()) {
            return state;
        }
        Button done = new Button(texts.t("conclusions.mark-done"), e -> {
            try {
                conclusions.markDone(entry.id());
                Notification.show(texts.t("conclusions.marked-done"));
                render();
            } catch (Refusal refused) {
                Notification.show(texts.t(refused.message()));
            }
        });
        done.setId("conclusion-done-" + entry.id());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Span(state, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.conclusions") + " · " + getTranslation("app.name");
    }
}

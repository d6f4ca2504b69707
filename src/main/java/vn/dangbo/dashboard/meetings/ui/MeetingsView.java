package vn.dangbo.dashboard.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.DateFields;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.meetings.MeetingException;
import vn.dangbo.dashboard.meetings.MeetingGrade;
import vn.dangbo.dashboard.meetings.MeetingKind;
import vn.dangbo.dashboard.meetings.MeetingRecord;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;

/** The office records the cells' monthly and thematic meetings: one cell and year at a time (both in the address). */
@Route("meetings")
@Menu(order = 8, icon = "vaadin:group", title = "menu.meetings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MeetingService meetings;
    private final List<CellSummary> cells;
    private final Grid<MeetingRecord> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private @Nullable CellSummary cell;
    private int year;

    MeetingsView(MeetingService meetings, OrganisationService organisation) {
        this.meetings = meetings;
        this.cells = organisation.cells();
        addClassName("dashboard-view");
        message.setId("meeting-message");
        grid.setId("meetings-grid");
        grid.addColumn(m -> Formats.date(m.date())).setHeader(getTranslation("meetings.date")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("cell.meeting." + m.kind())).setHeader(getTranslation("meetings.kind"));
        grid.addColumn(m -> m.present() + "/" + m.required() + " (" + Formats.percentAligned(m.attendance(), getLocale()) + ")")
                .setHeader(getTranslation("meetings.attendance"));
        grid.addColumn(m -> m.grade() == null ? "" : getTranslation("grade." + m.grade())).setHeader(getTranslation("meetings.grade"));
        Grids.scrollSideways(grid);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String code = query.getSingleParameter("cell").orElse("");
        cell = cells.stream().filter(c -> c.code().equals(code)).findFirst().orElse(cells.isEmpty() ? null : cells.getFirst());
        removeAll();
        add(new H2(getTranslation("meetings.title")));
        if (cell == null) {
            return;
        }
        CellSummary shown = cell;
        year = query.getSingleParameter("year").map(MeetingsView::parse)
                .orElseGet(() -> meetings.latestMeetingYear(shown.code()).orElse(Today.inVietnam().getYear()));
        Select<CellSummary> choice = new Select<>();
        choice.setId("meetings-cell");
        choice.setLabel(getTranslation("members.cell"));
        choice.setItems(cells);
        choice.setItemLabelGenerator(CellSummary::name);
        choice.setValue(cell);
        choice.addValueChangeListener(e -> go(e.getValue().code(), year));
        IntegerField yearField = new IntegerField(getTranslation("period.year"));
        yearField.setId("meetings-year");
        yearField.setValue(year);
        yearField.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                go(cell().code(), e.getValue());
            }
        });
        List<MeetingRecord> recorded = meetings.meetingsOf(cell().code(), year);
        Paragraph empty = new Paragraph(getTranslation("meetings.none", cell().name(), String.valueOf(year)));
        empty.setId("meetings-none");
        empty.setVisible(recorded.isEmpty());
        add(new Div(choice, yearField), empty, grid, form(), message);
        grid.setItems(recorded);
    }

    private Div form() {
        DatePicker date = DateFields.of(getTranslation("meetings.date"), getLocale());
        date.setId("meeting-date");
        Select<MeetingKind> kind = new Select<>();
        kind.setId("meeting-kind");
        kind.setLabel(getTranslation("meetings.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("cell.meeting." + k));
        kind.setValue(MeetingKind.REGULAR);
        IntegerField present = new IntegerField(getTranslation("meetings.present"));
        present.setId("meeting-present");
        IntegerField required = new IntegerField(getTranslation("meetings.required"));
        required.setId("meeting-required");
        Select<MeetingGrade> grade = new Select<>();
        grade.setLabel(getTranslation("meetings.grade"));
        grade.setItems(MeetingGrade.values());
        grade.setItemLabelGenerator(g -> g == null ? "" : getTranslation("grade." + g));
        grade.setEmptySelectionAllowed(true);
        Button save = new Button(getTranslation("meetings.save"), e -> {
            try {
                meetings.recordMeeting(cell().code(), date.getValue(), kind.getValue(),
                        present.getValue() == null ? -1 : present.getValue(), required.getValue() == null ? 0 : required.getValue(),
                        grade.getValue());
                message.setText(getTranslation("meetings.saved"));
                grid.setItems(meetings.meetingsOf(cell().code(), year));
            } catch (MeetingException refused) {
                message.setText(getTranslation(refused.key(), refused.parameters()));
            }
        });
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H3(getTranslation("meetings.new")), date, kind, present, required, grade, save);
        form.addClassName("form-section");
        return form;
    }

    private static void go(String cellCode, int year) {
        UI.getCurrent().navigate("meetings", QueryParameters.simple(Map.of("cell", cellCode, "year", String.valueOf(year))));
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return Today.inVietnam().getYear();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.meetings") + " · " + getTranslation("app.name");
    }

    /** The cell shown: there is one once the page has been entered with any cell at all. */
    private CellSummary cell() {
        return Objects.requireNonNull(cell, "a cell is shown once the page is entered");
    }
}

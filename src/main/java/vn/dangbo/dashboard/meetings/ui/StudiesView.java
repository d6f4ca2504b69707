package vn.dangbo.dashboard.meetings.ui;

import vn.dangbo.dashboard.base.ui.Grids;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.meetings.MeetingService;
import vn.dangbo.dashboard.meetings.StudyRecord;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;

/** The study of resolutions during the term, one resolution a row: what the overview's study figure is made of. */
@Route("studies")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class StudiesView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final MeetingService meetings;

    StudiesView(OrganisationService organisation, MeetingService meetings, LiveUpdates live) {
        super(live, EnumSet.of(Topic.MEETINGS));
        this.organisation = organisation;
        this.meetings = meetings;
    }

    @Override
    protected void render() {
        removeAll();
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), organisation.terms(), term -> Optional.empty());
        if (selection.isEmpty()) {
            add(new Paragraph(getTranslation("period.no-term")));
            return;
        }
        add(new H2(getTranslation("studies.title", PeriodSelection.display(selection.get().term()))));
        selection.get().messages().forEach(m -> add(new Paragraph(getTranslation(m.key(), m.params()))));
        List<StudyRecord> studies = meetings.studies(selection.get().term());
        if (studies.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("studies.none"));
            none.setId("studies-none");
            add(none);
            return;
        }
        Grid<StudyRecord> grid = new Grid<>();
        grid.setId("studies-grid");
        grid.addColumn(StudyRecord::resolution).setKey("resolution").setHeader(getTranslation("studies.column.resolution"))
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(StudyRecord::year).setKey("year").setHeader(getTranslation("studies.column.year")).setSortable(true);
        grid.addColumn(s -> Formats.number(s.tookPart(), getLocale())).setKey("took-part")
                .setHeader(getTranslation("studies.column.took-part")).setComparator(StudyRecord::tookPart)
                .setSortable(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> Formats.number(s.required(), getLocale())).setKey("required")
                .setHeader(getTranslation("studies.column.required")).setComparator(StudyRecord::required)
                .setSortable(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> s.required() == 0 ? "—" : Formats.percentAligned(s.participation(), getLocale())).setKey("share")
                .setHeader(getTranslation("studies.column.share")).setComparator(StudyRecord::participation)
                .setSortable(true).setTextAlign(ColumnTextAlign.END);
        Grids.scrollSideways(grid);
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        grid.setItems(studies);
        grid.setAllRowsVisible(studies.size() <= 50);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studies.heading") + " · " + getTranslation("app.name");
    }
}

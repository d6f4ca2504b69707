package vn.dangbo.dashboard.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Breadcrumb;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.MemberRecords;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.training.TrainedMember;
import vn.dangbo.dashboard.training.TrainingProgramme;
import vn.dangbo.dashboard.training.TrainingService;

/** Who was sent to a programme during the term (the trainings chart's answer). */
@Route(TrainingLinks.TRAINED_ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class TrainedMembersView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final TrainingService trainings;
    private final CurrentUser currentUser;
    private String title = "";

    TrainedMembersView(OrganisationService organisation, TrainingService trainings, CurrentUser currentUser,
                       LiveUpdates live) {
        super(live, EnumSet.of(Topic.TRAINING, Topic.MEMBERS, Topic.ORGANISATION));
        this.organisation = organisation;
        this.trainings = trainings;
        this.currentUser = currentUser;
    }

    @Override
    protected void render() {
        removeAll();
        title = getTranslation("trained.heading");
        Optional<PeriodSelection> selection = PeriodSelection.resolve(query(), organisation.terms(), term -> Optional.empty());
        String asked = query().getSingleParameter(TrainingLinks.PROGRAMME).orElse("");
        TrainingProgramme programme = Arrays.stream(TrainingProgramme.values())
                .filter(p -> p.name().equalsIgnoreCase(asked)).findFirst().orElse(null);
        if (selection.isEmpty() || programme == null) {
            Paragraph error = new Paragraph(selection.isEmpty() ? getTranslation("period.no-term")
                    : getTranslation("trained.bad-programme", asked));
            error.setId("page-error");
            error.addClassName("page-error");
            add(error);
            return;
        }
        CellLens lens = CellLens.resolve(query(), organisation.cells(), currentUser.onlyCell());
        String programmeName = getTranslation("training." + programme);
        String term = PeriodSelection.display(selection.get().term());
        title = lens.whole() ? getTranslation("trained.title", programmeName, term)
                : getTranslation("trained.title-cell", programmeName, term, lens.only().name());
        add(new Breadcrumb().here(programmeName), new H2(title));
        List<TrainedMember> trained = trainings.trainedIn(selection.get().term(), programme, lens.code());
        Paragraph count = new Paragraph(getTranslation("trained.count", Formats.number(trained.size(), getLocale())));
        count.setId("trained-count");
        Grid<TrainedMember> grid = new Grid<>();
        grid.setId("trained-grid");
        grid.addColumn(TrainedMember::fullName).setKey("name").setHeader(getTranslation("trained.column.name")).setSortable(true);
        grid.addColumn(TrainedMember::code).setKey("code").setHeader(getTranslation("trained.column.code")).setSortable(true);
        grid.addComponentColumn(m -> new Anchor("cells/" + m.cellCode(), m.cellName())).setKey("cell")
                .setHeader(getTranslation("trained.column.cell")).setComparator(TrainedMember::cellName).setSortable(true);
        grid.addColumn(TrainedMember::startYear).setKey("year").setHeader(getTranslation("trained.column.year")).setSortable(true);
        Grids.scrollSideways(grid);
        MemberRecords.open(grid, currentUser.keepsRecords(), TrainedMember::cellCode, TrainedMember::code);
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        grid.setItems(trained);
        grid.setAllRowsVisible(trained.size() <= 50);
        add(count, grid);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}

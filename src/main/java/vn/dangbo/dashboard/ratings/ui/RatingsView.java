package vn.dangbo.dashboard.ratings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ui.ConclusionMarks;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.CellPicker;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingService;

/** Ratings of members and cells for a year of a term, the trend over the term, and the party's rules checked. */
@Route("ratings")
@Menu(order = 1, icon = "vaadin:medal", title = "menu.ratings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class RatingsView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final RatingService ratings;


    private final CurrentUser currentUser;

    private final ConclusionService conclusions;
    private final Clock clock;

    RatingsView(OrganisationService organisation, RatingService ratings, CurrentUser currentUser, LiveUpdates live,
                ConclusionService conclusions, Clock clock) {
        super(live, EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION, Topic.CONCLUSIONS));
        this.conclusions = conclusions;
        this.clock = clock;
        this.organisation = organisation;
        this.ratings = ratings;
        this.currentUser = currentUser;
    }


    @Override
    protected void render() {
        removeAll();
        List<CellSummary> cells = organisation.cells();
        CellLens lens = CellLens.resolve(query(), cells, currentUser.onlyCell());
        add(new H2(lens.whole() ? getTranslation("ratings.title") : getTranslation("ratings.title-cell", lens.only().name())));
        var terms = organisation.terms();
        PeriodSelection.resolve(query(), terms, ratings::latestRatedYear)
                .ifPresentOrElse(selection -> show(terms, selection, cells, lens),
                        () -> add(new Paragraph(getTranslation("period.no-term"))));
    }

    private void show(List<TermPeriod> terms, PeriodSelection selection, List<CellSummary> cells, CellLens lens) {
        add(new PeriodFilter(terms, selection, true, (term, year) -> {
            PeriodSelection next = selection.changedTo(term, year, ratings::latestRatedYear);
            UI.getCurrent().navigate("ratings", lens.applyTo(next.query(true)));
        }).with(new CellPicker(cells, lens, cell ->
                UI.getCurrent().navigate("ratings", CellLens.on(cell).applyTo(selection.query(true)))), lens));
        RatingPanels panels = new RatingPanels(ratings, selection, lens.cell(), organisation.mergedOn(), getLocale());
        add(panels.ruleSet());
        Div grid = lens.whole() ? new Div(panels.membersOfYear(), panels.checks(), panels.memberTrend(), panels.cellTrend())
                : new Div(panels.membersOfYear(), panels.checks(), panels.memberTrend());
        panels.scoreBands().ifPresent(grid::add);
        if (lens.whole()) {
            panels.trendByFormerCommune(organisation.formerCommunes()).ifPresent(grid::add);
        }
        grid.addClassName("card-grid");
        add(grid);
        ConclusionMarks.attach(grid, "ratings", String.valueOf(selection.year()), conclusions,
                currentUser.recordsConclusions(), LocalDate.now(clock), new Texts(getLocale()), this::render);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ratings") + " · " + getTranslation("app.name");
    }
}

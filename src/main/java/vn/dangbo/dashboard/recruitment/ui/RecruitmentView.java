package vn.dangbo.dashboard.recruitment.ui;

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
import java.util.Optional;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.CellPicker;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** Recruitment against the congress's target: per year, cumulative, per cell, the pipeline, probation ending. */
@Route("recruitment")
@Menu(order = 2, icon = "vaadin:user-star", title = "menu.recruitment")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.CELL_SECRETARY})
class RecruitmentView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final RecruitmentService recruitment;
    private final Clock clock;


    private final CurrentUser currentUser;

    RecruitmentView(OrganisationService organisation, RecruitmentService recruitment, Clock clock, CurrentUser currentUser,
                    LiveUpdates live) {
        super(live, EnumSet.of(Topic.RECRUITMENT, Topic.MEMBERS, Topic.ORGANISATION));
        this.organisation = organisation;
        this.recruitment = recruitment;
        this.clock = clock;
        this.currentUser = currentUser;
    }


    @Override
    protected void render() {
        removeAll();
        List<TermPeriod> terms = organisation.terms();
        PeriodSelection.resolve(query().excluding(PeriodSelection.YEAR), terms,
                        term -> Optional.empty())
                .ifPresentOrElse(selection -> show(terms, selection),
                        () -> add(new Paragraph(getTranslation("period.no-term"))));
    }

    private void show(List<TermPeriod> terms, PeriodSelection selection) {
        TermPeriod term = selection.term();
        List<CellSummary> cells = organisation.cells();
        CellLens lens = CellLens.resolve(query(), cells, currentUser.onlyCell());
        String years = PeriodSelection.display(term);
        add(new H2(lens.whole() ? getTranslation("recruitment.title", String.valueOf(term.startYear()), String.valueOf(term.endYear()))
                : getTranslation("recruitment.title-cell", years, lens.only().name())));
        add(new PeriodFilter(terms, selection, false, (next, year) -> UI.getCurrent().navigate("recruitment",
                lens.applyTo(new PeriodSelection(next, next.endYear(), List.of()).query(false))))
                .with(new CellPicker(cells, lens, cell ->
                        UI.getCurrent().navigate("recruitment", CellLens.on(cell).applyTo(selection.query(false)))), lens));
        RecruitmentPanels panels = new RecruitmentPanels(recruitment, selection, lens.code(),
                organisation.residentialWord(), organisation.mergedOn(), getLocale());
        add(panels.tiles());
        Div grid = lens.whole() ? new Div(panels.byYear(), panels.cumulative(), panels.byCell(), panels.pipeline(),
                panels.probation(LocalDate.now(clock)))
                : new Div(panels.byYear(), panels.cumulative(), panels.pipeline(), panels.probation(LocalDate.now(clock)));
        grid.addClassName("card-grid");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.recruitment") + " · " + getTranslation("app.name");
    }
}

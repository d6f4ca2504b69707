package vn.dangbo.dashboard.province.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.base.ui.MainLayout;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.province.CommuneFigures;
import vn.dangbo.dashboard.province.ProvinceService;
import vn.dangbo.dashboard.ratings.RatingService;

/**
 * The communes of a province (or of any committee with communes under it) side by side for a year and a term:
 * members, ratings on both bases, the quota, admissions against target, cells by rating, meeting attendance; every
 * commune opens its own dashboards.
 */
@Route(MainLayout.COMMUNES)
@Menu(order = -1, icon = "vaadin:globe", title = "menu.communes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class ProvinceView extends LiveDashboard implements HasDynamicTitle {
    private final OrganisationService organisation;
    private final ProvinceService province;
    private final RatingService ratings;

    ProvinceView(OrganisationService organisation, ProvinceService province, RatingService ratings, LiveUpdates live) {
        super(live, EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION, Topic.MEETINGS, Topic.RECRUITMENT));
        this.organisation = organisation;
        this.province = province;
        this.ratings = ratings;
    }

    @Override
    protected void render() {
        removeAll();
        setId("province-view");
        add(new H2(getTranslation("province.title", organisation.committeeName().orElse(""))));
        if (!province.hasCommunes()) {
            add(new Paragraph(getTranslation("province.no-communes")));
            return;
        }
        List<TermPeriod> terms = organisation.terms();
        PeriodSelection.resolve(query(), terms, ratings::latestRatedYear)
                .ifPresentOrElse(selection -> show(terms, selection),
                        () -> add(new Paragraph(getTranslation("period.no-term"))));
    }

    private void show(List<TermPeriod> terms, PeriodSelection selection) {
        add(new PeriodFilter(terms, selection, true, (term, year) -> UI.getCurrent().navigate(MainLayout.COMMUNES,
                selection.changedTo(term, year, ratings::latestRatedYear).query(true))));
        ProvincePanels panels = new ProvincePanels(province.communes(selection.year(), selection.term()), selection,
                getLocale());
        Grid<CommuneFigures> grid = panels.table();
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        Paragraph legend = new Paragraph(getTranslation("province.legend"));
        legend.addClassName("legend");
        Card table = new Card("card-communes", getTranslation("province.table"), grid, legend, new DownloadLinks(
                "download-communes", "cac-dang-bo-xa-" + selection.year(), () -> List.of(panels.export())));
        table.setWidthFull();
        add(panels.totals(), table);
        Div charts = new Div(panels.ratingsChart(), panels.recruitmentChart());
        charts.addClassName("card-grid");
        add(charts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.communes") + " · " + getTranslation("app.name");
    }
}

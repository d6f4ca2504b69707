package vn.dangbo.dashboard.cells.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.base.ui.SortInAddress;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodFilter;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** All cells side by side for a year: rating, meetings, attendance, admissions; a click opens one cell. */
@Route("cells")
@Menu(order = 3, icon = "vaadin:sitemap", title = "menu.cells")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class CellsView extends LiveDashboard implements HasDynamicTitle {
    private final CellsData data;


    CellsView(CellsData data, LiveUpdates live) {
        super(live, EnumSet.of(Topic.ORGANISATION, Topic.MEMBERS, Topic.RATINGS, Topic.MEETINGS, Topic.RECRUITMENT));
        this.data = data;
    }


    @Override
    protected void render() {
        removeAll();
        List<TermPeriod> terms = data.organisation().terms();
        PeriodSelection.resolve(query(), terms, data.ratings()::latestRatedYear)
                .ifPresentOrElse(selection -> show(terms, selection),
                        () -> add(new Paragraph(getTranslation("period.no-term"))));
    }

    private void show(List<TermPeriod> terms, PeriodSelection selection) {
        add(new H2(getTranslation("cells.title", String.valueOf(selection.year()))));
        add(new PeriodFilter(terms, selection, true, (term, year) -> {
            PeriodSelection next = selection.changedTo(term, year, data.ratings()::latestRatedYear);
            UI.getCurrent().navigate("cells", next.query(true));
        }));
        CellsPanels panels = new CellsPanels(data, selection, getLocale());
        Paragraph legend = new Paragraph(getTranslation("cells.legend", panels.standard()));
        legend.setId("legend");
        legend.addClassName("legend");
        RatingLevel level = level();
        Grid<CellRow> grid = panels.table(level);
        SortInAddress.keep(grid, this::query, this::replaceQuery);
        Card table = new Card("card-cells", getTranslation("cells.grid"), grid, legend,
                new DownloadLinks("download-cells", "chi-bo-" + selection.year(), () -> List.of(panels.export())));
        table.setWidthFull();
        table.wide();
        if (level != null) {
            table.addComponentAtIndex(1, filtered(selection, level, grid));
        }
        Div charts = new Div(panels.heatmap(), panels.attendance());
        charts.addClassName("card-grid");
        // The table across the whole width (all its columns in sight on a projector), the charts below it.
        Div layout = new Div(table, charts);
        layout.addClassName("cells-layout");
        layout.setWidthFull();
        add(layout);
    }

    /** The level in the address (?level=GOOD), or null for every cell; a word that is no level is ignored. */
    private @Nullable RatingLevel level() {
        String text = query().getSingleParameter("level").orElse("");
        return Arrays.stream(RatingLevel.values()).filter(l -> l.name().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    private Paragraph filtered(PeriodSelection selection, RatingLevel level, Grid<CellRow> grid) {
        Anchor all = new Anchor(CellLinks.cells(selection), getTranslation("cells.show-all"));
        all.setId("cells-show-all");
        Paragraph filtered = new Paragraph(getTranslation("cells.filtered", getTranslation("rating.short." + level),
                String.valueOf(selection.year()), String.valueOf(grid.getGenericDataView().getItems().count())) + " ");
        filtered.add(all);
        filtered.setId("cells-filtered");
        return filtered;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cells") + " · " + getTranslation("app.name");
    }
}

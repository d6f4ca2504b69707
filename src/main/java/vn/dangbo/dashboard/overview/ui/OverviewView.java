package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.ui.AttentionPanel;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.CurrentUser;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.base.ui.LiveDashboard;
import vn.dangbo.dashboard.conclusions.ui.ConclusionMarks;
import vn.dangbo.dashboard.organisation.CellSummary;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellLens;
import vn.dangbo.dashboard.organisation.ui.CellPicker;
import vn.dangbo.dashboard.results.ui.TargetTable;

/**
 * The current term at a glance: the figures a congress report leads with, and the charts behind them; through a
 * cell's lens (?cell=X01), the same figures for that cell alone.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.overview")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE})
class OverviewView extends LiveDashboard implements HasDynamicTitle {

    private final OverviewData data;
    private final CurrentUser currentUser;

    OverviewView(OverviewData data, CurrentUser currentUser, LiveUpdates live) {
        super(live, Topic.all());
        this.data = data;
        this.currentUser = currentUser;
        addClassName("overview");
        setPadding(true);
    }

    @Override
    protected void render() {
        removeAll();
        data.organisation().currentTerm().ifPresentOrElse(this::show, this::showEmpty);
    }

    private void show(TermPeriod term) {
        List<CellSummary> cells = data.organisation().cells();
        CellLens lens = CellLens.resolve(query(), cells, currentUser.onlyCell());
        String years = String.valueOf(term.startYear());
        String title = lens.whole() ? getTranslation("overview.title", years, String.valueOf(term.endYear()))
                : getTranslation("overview.title-cell", years, String.valueOf(term.endYear()), lens.only().name());
        OverviewTiles tiles = new OverviewTiles(term, data, lens, getLocale());
        String file = "tong-quan-" + (lens.whole() ? "" : lens.only().code().toLowerCase(java.util.Locale.ROOT) + "-")
                + term.startYear() + "-" + term.endYear();
        CellPicker picker = new CellPicker(cells, lens, cell ->
                UI.getCurrent().navigate("", CellLens.on(cell).applyTo(QueryParameters.empty())));
        Div filter = new Div(picker);
        filter.addClassName("period-filter");
        CellPicker.unknownNotice(lens).ifPresent(filter::add);
        add(new H2(title), filter, tiles, new DownloadLinks("download-overview", file, () -> lens.whole()
                ? List.of(tiles.table(title), TargetTable.of(term, data.results().targets(term), new Texts(getLocale())))
                : List.of(tiles.table(title))));
        Div charts = new Div();
        charts.addClassName("card-grid");
        if (data.attention().checksHere()) {
            charts.add(attention(lens));
        }
        OverviewCharts cards = new OverviewCharts(term, data, lens, getLocale());
        if (lens.whole()) {
            charts.add(cards.memberRatings(), cards.cellRatings(), cards.admissionsByYear(), cards.trainings(), cards.awards());
        } else {
            charts.add(cards.memberRatings(), cards.admissionsByYear(), cards.trainings());
        }
        add(charts);
        ConclusionMarks.attach(charts, "", null, data.conclusions(), currentUser.recordsConclusions(),
                java.time.LocalDate.now(data.clock()), new Texts(getLocale()), this::render);
    }

    /** What needs attention in the month a meeting looks back on; through a cell's lens, that cell's. */
    private Card attention(CellLens lens) {
        Attention found = data.attention().attention(data.attention().defaultMonth());
        return AttentionPanel.of(lens.whole() ? found : found.only(item -> lens.only().code().equals(item.cellCode())),
                new Texts(getLocale()));
    }

    private void showEmpty() {
        Paragraph empty = new Paragraph(getTranslation("overview.empty"));
        empty.setId("overview-empty");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.overview") + " · " + getTranslation("app.name");
    }
}

package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.LiveView;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.ui.DownloadLinks;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.results.ui.TargetTable;
import vn.dangbo.dashboard.base.security.Role;

/** The current term at a glance: the figures a congress report leads with, and the charts behind them. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.overview")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE})
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private final OverviewData data;

    OverviewView(OverviewData data, LiveUpdates live) {
        this.data = data;
        addClassName("overview");
        setPadding(true);
        render();
        LiveView.follow(this, live, Topic.all(), this::render);
    }

    private void render() {
        removeAll();
        data.organisation().currentTerm().ifPresentOrElse(term -> show(term, data), this::showEmpty);
    }

    private void show(TermPeriod term, OverviewData data) {
        String title = getTranslation("overview.title", String.valueOf(term.startYear()), String.valueOf(term.endYear()));
        OverviewTiles tiles = new OverviewTiles(term, data, getLocale());
        add(new H2(title), tiles, new DownloadLinks("download-overview", "tong-quan-" + term.startYear() + "-" + term.endYear(),
                () -> List.of(tiles.table(title), TargetTable.of(term, data.results().targets(term), new Texts(getLocale())))));
        Div charts = new Div();
        charts.addClassName("card-grid");
        OverviewCharts cards = new OverviewCharts(term, data, getLocale());
        charts.add(cards.memberRatings(), cards.cellRatings(), cards.admissionsByYear(), cards.trainings(), cards.awards());
        add(charts);
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

package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.Set;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.LiveView;
import vn.dangbo.dashboard.base.live.Topic;

/**
 * A dashboard drawn from its address (route and query parameters), and drawn again from the same address whenever
 * data change, so that live updates keep the filters the user chose.
 */
public abstract class LiveDashboard extends VerticalLayout implements BeforeEnterObserver {
    private QueryParameters query = QueryParameters.empty();
    private RouteParameters routeParameters = RouteParameters.empty();

    /** @param shown the topics of the data the dashboard shows: a change to any of them redraws it */
    protected LiveDashboard(LiveUpdates live, Set<Topic> shown) {
        addClassName("dashboard-view");
        LiveView.follow(this, live, shown, () -> RenderTransaction.draw(this::render));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters();
        routeParameters = event.getRouteParameters();
        RenderTransaction.draw(this::render);
    }

    protected QueryParameters query() {
        return query;
    }

    /** Keeps a change of the view's own state (a grid's sorting) in the address without drawing the view again. */
    protected void replaceQuery(QueryParameters newQuery) {
        query = newQuery;
        getUI().ifPresent(ui -> Address.replaceQuery(ui, newQuery));
    }

    protected RouteParameters routeParameters() {
        return routeParameters;
    }

    /** Draws the whole view from the address (in one read-only transaction: {@link RenderTransaction}). */
    protected abstract void render();
}

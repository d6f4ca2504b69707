package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An address in the application, a route with its query, built a parameter at a time; a null value is left out. */
public final class Address {
    private final String route;
    private final Map<String, String> params = new LinkedHashMap<>();

    private Address(String route) {
        this.route = route;
    }

    public static Address of(String route) {
        return new Address(route);
    }

    public Address with(String name, @Nullable Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * Writes the view's state into the address in place (a sort, a search), without opening the view again or adding
     * a step to the browser's history: a link or a reload then shows the same.
     */
    public static void replaceQuery(UI ui, QueryParameters query) {
        String path = ui.getInternals().getActiveViewLocation().getPath();
        String queryString = query.getQueryString();
        ui.getPage().getHistory().replaceState(null, queryString.isEmpty() ? path : path + "?" + queryString);
    }

    @Override
    public String toString() {
        return params.isEmpty() ? route : route + "?" + QueryParameters.simple(params).getQueryString();
    }
}

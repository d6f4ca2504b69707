package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

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

    public Address with(String name, Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    @Override
    public String toString() {
        return params.isEmpty() ? route : route + "?" + QueryParameters.simple(params).getQueryString();
    }
}

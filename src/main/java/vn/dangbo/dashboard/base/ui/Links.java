package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Follows an address with a query string ("cells/X01?year=2019") as a click on a link would. */
public final class Links {

    private Links() {
    }

    public static void follow(String href) {
        int question = href.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(href);
        } else {
            UI.getCurrent().navigate(href.substring(0, question), QueryParameters.fromString(href.substring(question + 1)));
        }
    }
}

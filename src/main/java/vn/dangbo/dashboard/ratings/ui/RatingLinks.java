package vn.dangbo.dashboard.ratings.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** Addresses of the ratings pages, so that every drill-down is a link that can be bookmarked. */
public final class RatingLinks {
    static final String MEMBERS_ROUTE = "ratings/members";
    static final String LEVEL = "level";
    static final String CELL = "cell";

    private RatingLinks() {
    }

    /** The members rated at a level in the selection's year, in one cell or (cell code null) in all. */
    public static String members(PeriodSelection selection, RatingLevel level, String cellCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PeriodSelection.TERM, selection.term().label());
        params.put(PeriodSelection.YEAR, String.valueOf(selection.year()));
        params.put(LEVEL, level.name());
        if (cellCode != null) {
            params.put(CELL, cellCode);
        }
        return MEMBERS_ROUTE + "?" + QueryParameters.simple(params).getQueryString();
    }
}

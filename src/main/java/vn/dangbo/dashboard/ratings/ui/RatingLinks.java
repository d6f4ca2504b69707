package vn.dangbo.dashboard.ratings.ui;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Address;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** Addresses of the ratings pages, so that every drill-down is a link that can be bookmarked. */
public final class RatingLinks {
    static final String MEMBERS_ROUTE = "ratings/members";
    static final String LEVEL = "level";
    static final String CELL = "cell";
    /** Only those new at the level: not rated at it the year before. */
    static final String NEW = "new";

    private RatingLinks() {
    }

    /** The members rated at a level in the selection's year, in one cell or (cell code null) in all. */
    public static String members(PeriodSelection selection, RatingLevel level, @Nullable String cellCode) {
        return Address.of(MEMBERS_ROUTE).with(PeriodSelection.TERM, selection.term().label())
                .with(PeriodSelection.YEAR, selection.year()).with(LEVEL, level.name()).with(CELL, cellCode).toString();
    }

    /** Those of {@link #members} who were not rated at that level the year before. */
    public static String newAtLevel(PeriodSelection selection, RatingLevel level, @Nullable String cellCode) {
        return members(selection, level, cellCode) + "&" + NEW + "=1";
    }
}

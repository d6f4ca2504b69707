package vn.dangbo.dashboard.report;

import org.jspecify.annotations.Nullable;

/**
 * The view a figure of the report came from, so that the text can link each figure to it: which view, for which
 * year (null: the report's term) and with what detail (a rating level, a training programme; null: none).
 */
public record Source(Place place, @Nullable Integer year, @Nullable String detail) {

    /** The views the report's figures come from. */
    public enum Place {
        MEMBERSHIP, CELLS, CELLS_AT_LEVEL, TARGETS, STUDIES, RECRUITMENT, ADMITTED, RATINGS, RATED_MEMBERS, TRAINED,
        BADGES, AWARDS, MEETINGS
    }

    public static Source of(Place place) {
        return new Source(place, null, null);
    }

    public static Source of(Place place, @Nullable Integer year) {
        return new Source(place, year, null);
    }

    public static Source of(Place place, @Nullable Integer year, Enum<?> detail) {
        return new Source(place, year, detail.name());
    }
}

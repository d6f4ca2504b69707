package vn.dangbo.dashboard.ratings.ui;

import java.util.Arrays;
import java.util.List;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** One colour per rating level, the same on every chart, readable on a projector and by the colour-blind. */
public final class RatingPalette {
    /** Not rated, or no data. */
    public static final String NONE = "#9e9e9e";


    private RatingPalette() {
    }

    public static String color(RatingLevel level) {
        return switch (level) {
            case OUTSTANDING -> "#1b6e3a";
            case GOOD -> "#2f6fbf";
            case SATISFACTORY -> "#e0a100";
            case FAILED -> "#b3261e";
        };
    }

    public static List<String> all() {
        return Arrays.stream(RatingLevel.values()).map(RatingPalette::color).toList();
    }
}

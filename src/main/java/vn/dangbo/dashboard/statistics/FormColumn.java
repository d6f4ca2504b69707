package vn.dangbo.dashboard.statistics;

import org.jspecify.annotations.Nullable;

/**
 * A column of a form: a figure of the report year or of the year before ({@code yearsBack}), narrowed by a condition
 * of its own (women only), or a percentage computed from two other columns: this year over last year, or a row's
 * figure over the form's total.
 */
record FormColumn(String labelKey, Kind kind, int yearsBack, @Nullable String condition) {

    enum Kind {
        /** A figure computed from the data. */
        FIGURE,
        /** Column 0 × 100 / column 1: this year against the same period last year. */
        CHANGE,
        /** Column 0 × 100 / the form's total row's column 0. */
        SHARE
    }

    static FormColumn figure(String labelKey, int yearsBack, @Nullable String condition) {
        return new FormColumn(labelKey, Kind.FIGURE, yearsBack, condition);
    }

    static FormColumn percent(String labelKey, Kind kind) {
        return new FormColumn(labelKey, kind, 0, null);
    }
}

package vn.dangbo.dashboard.report;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** What a report covers: a whole term (year null), or one year of a term. */
public record ReportPeriod(TermPeriod term, @Nullable Integer year) {

    public static ReportPeriod ofTerm(TermPeriod term) {
        return new ReportPeriod(term, null);
    }

    public static ReportPeriod ofYear(TermPeriod term, int year) {
        return new ReportPeriod(term, year);
    }

    public boolean wholeTerm() {
        return year == null;
    }

    /** The term's first year, or the one year. */
    public int firstYear() {
        Integer one = year;
        return one == null ? term.startYear() : one;
    }

    /** The term's last year, or the one year (what a report of one year says "this year" of). */
    public int lastYear() {
        Integer one = year;
        return one == null ? term.endYear() : one;
    }

    public boolean contains(int aYear) {
        return aYear >= firstYear() && aYear <= lastYear();
    }
}

package vn.dangbo.dashboard.report;

import vn.dangbo.dashboard.organisation.TermPeriod;

/** What a report covers: a whole term (year null), or one year of a term. */
public record ReportPeriod(TermPeriod term, Integer year) {

    public static ReportPeriod ofTerm(TermPeriod term) {
        return new ReportPeriod(term, null);
    }

    public static ReportPeriod ofYear(TermPeriod term, int year) {
        return new ReportPeriod(term, year);
    }

    public boolean wholeTerm() {
        return year == null;
    }

    public int firstYear() {
        return wholeTerm() ? term.startYear() : year;
    }

    public int lastYear() {
        return wholeTerm() ? term.endYear() : year;
    }

    public boolean contains(int aYear) {
        return aYear >= firstYear() && aYear <= lastYear();
    }
}

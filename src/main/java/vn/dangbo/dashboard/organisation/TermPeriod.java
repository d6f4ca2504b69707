package vn.dangbo.dashboard.organisation;

/** A term as the views need it: its id and its years, inclusive. */
public record TermPeriod(long id, int startYear, int endYear) {

    public boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }

    /** How a URL names the term: "2015-2020". */
    public String label() {
        return startYear + "-" + endYear;
    }
}

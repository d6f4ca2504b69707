package vn.dangbo.dashboard.statistics;

/**
 * How one figure is computed in SQL: over which rows ({@link Source}), which of them ({@code condition}, in terms of
 * the year's bounds {@code :from} and {@code :to} and the year {@code :year}), and what of them: how many, their mean
 * age at the end of the year.
 */
record Measure(Source source, String condition, Aggregate aggregate) {

    enum Aggregate {
        COUNT, MEAN_AGE
    }

    static Measure count(Source source, String condition) {
        return new Measure(source, condition, Aggregate.COUNT);
    }

    static Measure members(String condition) {
        return count(Source.MEMBER, condition);
    }

    /** The same rows, fewer of them: also meeting {@code more}. */
    Measure and(String more) {
        return more == null ? this : new Measure(source, "(" + condition + ") and (" + more + ")", aggregate);
    }

    /** The SQL expression that aggregates the rows of the source meeting the condition. */
    String sql() {
        return switch (aggregate) {
            case COUNT -> "sum(case when " + condition + " then 1 else 0 end)";
            case MEAN_AGE -> "avg(case when " + condition + " then (:year - m.birth_year) * 1.0 end)";
        };
    }

    boolean listsRecords() {
        return aggregate == Aggregate.COUNT;
    }
}

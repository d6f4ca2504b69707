package vn.dangbo.dashboard.statistics;

import org.jspecify.annotations.Nullable;

/**
 * How one figure is computed in SQL: over which rows ({@link Source}), which of them ({@code condition}, in terms of
 * the year's bounds {@code :from} and {@code :to} and the year {@code :year}), and what of them: how many, their mean
 * age at the end of the year.
 */
record Measure(Source source, @Nullable String population, String condition, Aggregate aggregate) {

    enum Aggregate {
        COUNT, MEAN_AGE
    }

    static Measure count(Source source, String condition) {
        return new Measure(source, null, condition, Aggregate.COUNT);
    }

    /**
     * The rows of a population (the list at the year's end, the year's new members) meeting a condition: measures of one
     * population are computed together, the population said once in the statement's WHERE, not in every figure.
     */
    static Measure count(Source source, String population, String condition) {
        return new Measure(source, population, condition, Aggregate.COUNT);
    }

    static Measure members(String condition) {
        return count(Source.MEMBER, condition);
    }

    static Measure members(String population, String condition) {
        return count(Source.MEMBER, population, condition);
    }

    static Measure meanAge(String population) {
        return new Measure(Source.MEMBER, population, "1 = 1", Aggregate.MEAN_AGE);
    }

    /** The same rows, fewer of them: also meeting {@code more}. */
    Measure and(@Nullable String more) {
        return more == null ? this : new Measure(source, population, "(" + condition + ") and (" + more + ")", aggregate);
    }

    /** The whole condition on a row: the population's and the figure's own. */
    String where() {
        return population == null ? condition : "(" + population + ") and (" + condition + ")";
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

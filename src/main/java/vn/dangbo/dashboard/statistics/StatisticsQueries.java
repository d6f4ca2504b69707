package vn.dangbo.dashboard.statistics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * Computes the forms' figures in SQL, every query kept to the committees the current scope covers (an unset or
 * refused scope covers none, so reads nothing): per table, one statement whose columns are the figures of every
 * measure over that table, so a form is a handful of statements whatever its rows.
 */
@Repository
class StatisticsQueries {
    /** At most this many records behind one figure are listed. */
    static final int MOST_BEHIND = 5000;
    private final NamedParameterJdbcTemplate jdbc;
    private final CommitteeDirectory directory;

    StatisticsQueries(NamedParameterJdbcTemplate jdbc, CommitteeDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** Each measure's figure for a year: a count, or a mean (null when nothing is counted). */
    Map<Measure, Number> figures(Collection<Measure> measures, int year) {
        Map<List<String>, List<Measure>> byRows = new LinkedHashMap<>();
        measures.stream().distinct().forEach(m -> byRows.computeIfAbsent(java.util.Arrays.asList(m.source().name(),
                m.population()), s -> new ArrayList<>()).add(m));
        Map<Measure, Number> figures = new HashMap<>();
        MapSqlParameterSource parameters = parameters(year);
        byRows.forEach((rows, list) -> {
            Source source = list.getFirst().source();
            String population = list.getFirst().population();
            String select = String.join(", ", list.stream().map(Measure::sql).toList());
            jdbc.query("select " + select + " from " + source.from() + " where " + source.committee() + " in (:scope)"
                            + (population == null ? "" : " and (" + population + ")"), parameters, rs -> {
                        for (int i = 0; i < list.size(); i++) {
                            figures.put(list.get(i), number(rs.getObject(i + 1), list.get(i)));
                        }
                    });
        });
        return figures;
    }

    /** A measure's figure per committee of the scope (the committee each counted row belongs to), for a year. */
    Map<Long, Number> figuresByCommittee(Measure measure, int year) {
        Source source = measure.source();
        Map<Long, Number> figures = new HashMap<>();
        jdbc.query("select " + source.committee() + ", " + measure.sql() + " from " + source.from() + " where "
                + source.committee() + " in (:scope)" + (measure.population() == null ? "" : " and (" + measure.population() + ")")
                + " group by " + source.committee(), parameters(year),
                rs -> { figures.put(rs.getLong(1), number(rs.getObject(2), measure)); });
        return figures;
    }

    /** The records a counted figure is made of, in name order; at most {@link #MOST_BEHIND}. */
    List<Behind> behind(Measure measure, int year) {
        Source source = measure.source();
        return jdbc.query("select " + source.listing() + " from " + source.from() + " where " + source.committee()
                        + " in (:scope) and (" + measure.where() + ") order by " + source.order()
                        + " fetch first " + MOST_BEHIND + " rows only",
                parameters(year), (rs, i) -> new Behind(source.kind(), rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The committee's own rating of a year (a committee in scope's: the commune's own), if any: level and exemplary. */
    java.util.Optional<Object[]> committeeRating(int year) {
        return jdbc.query("select level, exemplary from committee_rating where committee_id in (:scope) and rating_year = :year"
                        + " order by committee_id", parameters(year), (rs, i) -> new Object[] {rs.getString(1), rs.getBoolean(2)})
                .stream().findFirst();
    }

    long exemplaryMembers(int year) {
        Long count = jdbc.queryForObject("select count(*) from member_rating where committee_id in (:scope) and rating_year = :year"
                + " and level = 'OUTSTANDING' and exemplary", parameters(year), Long.class);
        return count == null ? 0 : count;
    }

    /** Inspections and supervisions of the year: kind, whom, how many. */
    List<Object[]> inspections(int year) {
        return jdbc.query("select kind, subject_kind, count(*) from inspection where committee_id in (:scope)"
                + " and inspection_year = :year group by kind, subject_kind", parameters(year),
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    private MapSqlParameterSource parameters(int year) {
        return new MapSqlParameterSource()
                .addValue("scope", directory.covered(CommitteeScope.currentId()))
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .addValue("year", year);
    }

    private static @Nullable Number number(Object value, Measure measure) {
        if (measure.aggregate() == Measure.Aggregate.MEAN_AGE) {
            return value == null ? null : new BigDecimal(value.toString()).doubleValue();
        }
        return value == null ? 0L : ((Number) value).longValue();
    }
}

package vn.dangbo.dashboard.demo;

import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo writer's reads of what it has just written: a count, an id, a list of ids or names, never null (the rows
 * are its own, and counts always answer). Spring declares the values of such queries nullable, since a column may be.
 */
final class DemoSql {
    private DemoSql() {
    }

    static long number(JdbcTemplate jdbc, String sql, Object... parameters) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, parameters), sql);
    }

    static List<Long> ids(JdbcTemplate jdbc, String sql, Object... parameters) {
        return jdbc.queryForList(sql, Long.class, parameters).stream().map(id -> Objects.requireNonNull(id, sql)).toList();
    }

    static List<String> texts(JdbcTemplate jdbc, String sql, Object... parameters) {
        return jdbc.queryForList(sql, String.class, parameters).stream().map(text -> Objects.requireNonNull(text, sql)).toList();
    }
}

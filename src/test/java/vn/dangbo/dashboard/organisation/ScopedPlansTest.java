package vn.dangbo.dashboard.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;

/**
 * A scoped statement keeps its plan on a pooled connection: PostgreSQL plans a prepared statement anew for its first
 * five executions, then may switch to one generic plan; the committee condition, one indexed IN, must not make that
 * plan worse. Each of the views' main aggregates, prepared once on one connection and run twenty times with a
 * commune's committees, plans the same way the first time and the last (the kinds of scan and join, and each table
 * read through the same index).
 */
@ProvinceDatabaseTest
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
class ScopedPlansTest {
    private static final int EXECUTIONS = 20;
    /** A plan's nodes without their figures: "Index Scan using member_committee on member m", "Hash Join", … */
    private static final Pattern NODE = Pattern.compile("(?:->\\s*)?([A-Z][A-Za-z ]+?(?: using \\w+)?(?: on \\w+(?: \\w+)?)?)\\s+\\(cost");

    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;

    private static final List<String> AGGREGATES = List.of(
            "select r.level, count(*) from member_rating r where r.committee_id in (%s) and r.rating_year = 2024"
                    + " group by r.level",
            "select m.cell_id, count(*) from member m where m.committee_id in (%s) and m.left_date is null group by m.cell_id",
            "select c.kind, count(*) from cell_meeting c where c.committee_id in (%s) and c.meeting_date >= date '2025-01-01'"
                    + " group by c.kind",
            "select r.level, count(*) from member_rating r join member m on m.id = r.member_id"
                    + " where r.committee_id in (%s) and m.committee_id in (%s) and r.rating_year = 2024 group by r.level");

    @Test
    void each_scoped_aggregate_plans_the_same_on_its_twentieth_execution_as_on_its_first() {
        List<Long> commune = directory.covered(directory.byCode("mau-12").orElseThrow().id());
        assertThat(commune).hasSizeGreaterThan(1);
        for (String aggregate : AGGREGATES) {
            List<List<String>> plans = jdbc.execute((ConnectionCallback<List<List<String>>>) connection -> {
                String marks = commune.stream().map(id -> "?").collect(Collectors.joining(", "));
                String sql = aggregate.replace("%s", marks);
                int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
                List<List<String>> seen = new ArrayList<>();
                try (var statement = connection.createStatement()) {
                    statement.execute("prepare scoped as " + numbered(sql));
                    for (int run = 1; run <= EXECUTIONS; run++) {
                        StringBuilder execute = new StringBuilder("explain execute scoped(");
                        for (int p = 0; p < parameters; p++) {
                            execute.append(p == 0 ? "" : ", ").append(commune.get(p % commune.size()));
                        }
                        List<String> plan = new ArrayList<>();
                        try (var rows = statement.executeQuery(execute.append(")").toString())) {
                            while (rows.next()) {
                                plan.add(rows.getString(1));
                            }
                        }
                        seen.add(nodes(plan));
                    }
                    statement.execute("deallocate scoped");
                }
                return seen;
            });
            assertThat(plans.getLast()).as(aggregate).isEqualTo(plans.getFirst());
        }
    }

    /** "?" parameters as PostgreSQL's own "$1", "$2", … */
    private static String numbered(String sql) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        return numbered.toString();
    }

    private static List<String> nodes(List<String> plan) {
        List<String> nodes = new ArrayList<>();
        for (String line : plan) {
            Matcher node = NODE.matcher(line.trim());
            if (node.find()) {
                nodes.add(node.group(1).trim());
            }
        }
        return nodes;
    }
}

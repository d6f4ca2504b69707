package vn.dangbo.dashboard.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee column of the tables whose rows hang on another party record: a row belongs to the committee of what
 * it hangs on (a cell's most specific committee: the former commune it came from, else its own; a member's, a term's,
 * a hamlet's). The services and the import write it with the row; the demo load fills it afterwards; a member who
 * moves to a cell of another committee takes what hangs on them along. The import's SQL uses the static forms.
 */
@Service
@Transactional
public class CommitteeColumns {
    /** A cell's most specific committee, as SQL over the cell {@code c} ({@link Cell#committeeOfRecords()} in Java). */
    private static final String CELL_COMMITTEE = "coalesce(c.former_committee_id, c.committee_id)";
    /** Per derived table: the column naming what its rows hang on, and how that record's committee is read by id. */
    private static final Map<String, Parent> PARENTS = parents();
    private final JdbcTemplate jdbc;

    CommitteeColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a derived table's rows hang on: the column, and the committee of the row it names, as SQL with one "?". */
    private record Parent(String column, String committeeById) {
        String expected() {
            return "(" + committeeById.replace("?", "t." + column) + ")";
        }
    }

    private static Map<String, Parent> parents() {
        Map<String, Parent> parents = new LinkedHashMap<>();
        Parent cell = new Parent("cell_id", "select " + CELL_COMMITTEE + " from cell c where c.id = ?");
        Parent member = new Parent("member_id", "select m.committee_id from member m where m.id = ?");
        Parent term = new Parent("term_id", "select x.committee_id from term x where x.id = ?");
        for (String table : List.of("member", "cell_rating", "cell_meeting", "candidate")) {
            parents.put(table, cell);
        }
        for (String table : List.of("member_rating", "training", "party_badge", "discipline", "party_card")) {
            parents.put(table, member);
        }
        parents.put("term_target", term);
        parents.put("recruitment_target", term);
        parents.put("hamlet_status", new Parent("hamlet_id", "select h.committee_id from hamlet h where h.id = ?"));
        return Collections.unmodifiableMap(parents);
    }

    /** The tables whose committee column is filled from what their rows hang on, parents first. */
    public static List<String> derivedTables() {
        return List.copyOf(PARENTS.keySet());
    }

    /** The column of a derived table that names what its rows hang on; null for a table that names its committee. */
    public static @Nullable String parentColumn(String table) {
        Parent parent = PARENTS.get(table);
        return parent == null ? null : parent.column();
    }

    private static Parent parent(String table) {
        Parent parent = PARENTS.get(table);
        if (parent == null) {
            throw new IllegalArgumentException("not a derived table: " + table);
        }
        return parent;
    }

    /** The committee a row of a derived table is written with, from the id of what it hangs on. */
    public static @Nullable Long committeeOf(JdbcTemplate jdbc, String table, long parentId) {
        return jdbc.queryForList(parent(table).committeeById(), Long.class, parentId).stream().findFirst().orElse(null);
    }

    /** Fills the column of rows written without it (a demo load's): found through its index. */
    public static void fillNew(JdbcTemplate jdbc) {
        PARENTS.forEach((table, parent) ->
                jdbc.update("update " + table + " t set committee_id = " + parent.expected() + " where t.committee_id is null"));
    }

    /** A member moved: the member and every row that hangs on them take the member's cell's committee. */
    public static void followMember(JdbcTemplate jdbc, long memberId) {
        jdbc.update("update member t set committee_id = " + parent("member").expected() + " where t.id = ?", memberId);
        PARENTS.forEach((table, parent) -> {
            if (parent.column().equals("member_id")) {
                jdbc.update("update " + table + " t set committee_id = " + parent.expected() + " where t.member_id = ?",
                        memberId);
            }
        });
    }

    /** A row of a derived table moved to another parent: it takes that one's committee. */
    public static void followParent(JdbcTemplate jdbc, String table, long rowId) {
        jdbc.update("update " + table + " t set committee_id = " + parent(table).expected() + " where t.id = ?", rowId);
    }

    /** {@link #followMember(JdbcTemplate, long)}, for a service that moved a member. */
    public void followMember(long memberId) {
        followMember(jdbc, memberId);
    }

    /** The committee a cell's row is written with (a rating, a meeting). */
    @Transactional(readOnly = true)
    public @Nullable Long ofCell(long cellId) {
        return committeeOf(jdbc, "cell_rating", cellId);
    }

    /** The committee a member's row is written with (a rating). */
    @Transactional(readOnly = true)
    public @Nullable Long ofMember(long memberId) {
        return committeeOf(jdbc, "member_rating", memberId);
    }

    /** Per derived table, the rows whose committee column disagrees with what they hang on (none, always). */
    @Transactional(readOnly = true)
    public Map<String, Integer> disagreements() {
        Map<String, Integer> found = new LinkedHashMap<>();
        PARENTS.forEach((table, parent) -> found.put(table, jdbc.queryForObject("select count(*) from " + table
                + " t where t.committee_id is null or t.committee_id <> " + parent.expected(), Integer.class)));
        return found;
    }
}

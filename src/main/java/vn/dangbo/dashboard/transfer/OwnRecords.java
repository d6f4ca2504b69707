package vn.dangbo.dashboard.transfer;

import java.util.Map;

/**
 * Which rows of a table are one committee's own, in plain SQL for the import and the export (which read and write
 * with JDBC): its cells and what hangs on them, its terms and their targets, its awards, hamlets and studies. A merged
 * commune's former communes keep their own records; a province's communes theirs. The id is a number, so the text
 * holds nothing from outside.
 */
final class OwnRecords {
    private static final String BY_CELL = "exists (select 1 from cell c where c.id = %s.cell_id and c.committee_id = %d)";
    private static final String BY_MEMBER = "exists (select 1 from member m join cell c on c.id = m.cell_id"
            + " where m.id = %s.member_id and c.committee_id = %d)";
    private static final String BY_TERM = "exists (select 1 from term x where x.id = %s.term_id and x.committee_id = %d)";
    private static final String BY_COMMITTEE = "%s.committee_id = %d";
    // Correlated look-ups by primary key: both databases answer them row by row through an index.
    private static final Map<String, String> BY_TABLE = Map.ofEntries(
            Map.entry("party_committee", "%s.id = %d"),
            Map.entry("cell", BY_COMMITTEE),
            Map.entry("term", BY_COMMITTEE),
            Map.entry("study_campaign", BY_COMMITTEE),
            Map.entry("award", BY_COMMITTEE),
            Map.entry("hamlet", BY_COMMITTEE),
            Map.entry("commune_criteria", BY_COMMITTEE),
            Map.entry("member", BY_CELL),
            Map.entry("cell_rating", BY_CELL),
            Map.entry("cell_meeting", BY_CELL),
            Map.entry("candidate", BY_CELL),
            Map.entry("member_rating", BY_MEMBER),
            Map.entry("training", BY_MEMBER),
            Map.entry("party_badge", BY_MEMBER),
            Map.entry("discipline", BY_MEMBER),
            Map.entry("term_target", BY_TERM),
            Map.entry("recruitment_target", BY_TERM),
            Map.entry("hamlet_status", "exists (select 1 from hamlet h where h.id = %s.hamlet_id and h.committee_id = %d)"));

    private OwnRecords() {
    }

    /**
     * The condition that keeps a table's rows to the committee's own; {@code alias} names the table in the statement,
     * "" leaves its column unqualified (an update's or a delete's): no table the look-ups join has that column, so it
     * names the outer row.
     */
    static String of(String table, String alias, long committeeId) {
        String template = BY_TABLE.get(table);
        if (template == null) {
            throw new IllegalArgumentException("No committee for table " + table);
        }
        String qualified = alias.isEmpty() ? template.replaceFirst("%s\\.", "") : template.replaceFirst("%s", alias);
        return qualified.replace("%d", Long.toString(committeeId));
    }
}

package vn.dangbo.dashboard.transfer;

import java.util.Map;

/**
 * Which rows of a table are one committee's own, in plain SQL for the import and the export (which read and write
 * with JDBC): its cells and what hangs on them, its terms and their targets, its awards, hamlets and studies. A merged
 * commune's former communes keep their own records; a province's communes theirs. The id is a number, so the text
 * holds nothing from outside.
 */
final class OwnRecords {
    private static final String BY_CELL = "%s.cell_id in (select c.id from cell c where c.committee_id = %d)";
    private static final String BY_MEMBER = "%s.member_id in (select m.id from member m join cell c on c.id = m.cell_id"
            + " where c.committee_id = %d)";
    private static final String BY_TERM = "%s.term_id in (select x.id from term x where x.committee_id = %d)";
    private static final String BY_COMMITTEE = "%s.committee_id = %d";
    /*
     * The committee's own keys, read once (the committee is a constant here, so the subquery does not depend on the
     * row): both databases then find the rows through the index on the referring column. A look-up per row of the
     * table (EXISTS) read every rating of a province once for each of its 150 communes' exports on H2.
     */
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
            Map.entry("hamlet_status", "%s.hamlet_id in (select h.id from hamlet h where h.committee_id = %d)"));

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

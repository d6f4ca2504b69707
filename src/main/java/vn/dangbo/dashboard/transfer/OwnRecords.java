package vn.dangbo.dashboard.transfer;

import vn.dangbo.dashboard.organisation.CommitteeColumns;

/**
 * Which rows of a table are one committee's own, for the import and the export (which read and write with JDBC), by
 * the committee column every party table carries, as pages read them: a table that names its committee (terms,
 * cells, awards, hamlets, studies, criteria) or whose rows hang on a term or a hamlet, that committee; a table whose
 * rows hang on a cell or a member, the committee and the former communes merged into it (a merged commune's workbook
 * carries the cells it took over, whose records belong to the former communes they came from; a former commune's
 * carries none). The id is a number, so the text holds nothing from outside.
 */
final class OwnRecords {
    /** The committee itself and, unless it was merged away, the former communes merged into it. */
    private static final String OWNED = "(select p.id from party_committee p where (p.id = %d and p.merged_into_id is null)"
            + " or p.merged_into_id = %d)";

    private OwnRecords() {
    }

    /**
     * The condition that keeps a table's rows to the committee's own; {@code alias} names the table in the statement,
     * "" leaves its column unqualified (an update's or a delete's).
     */
    static String of(String table, String alias, long committeeId) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (table.equals("party_committee")) {
            return prefix + "id = " + committeeId;
        }
        String parent = CommitteeColumns.parentColumn(table);
        if (!"cell_id".equals(parent) && !"member_id".equals(parent)) {
            return prefix + "committee_id = " + committeeId;
        }
        return prefix + "committee_id in " + OWNED.replace("%d", Long.toString(committeeId));
    }
}

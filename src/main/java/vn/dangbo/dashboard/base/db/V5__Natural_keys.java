package vn.dangbo.dashboard.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * A unique key on the natural key of every record table that lacked one, so that no import, form or two clerks at
 * once can double a row. A database that already holds doubled rows is not migrated: {@link NaturalKeysCheck} stops
 * start-up before any migration and lists every doubled key, for the office to remove the extra rows first.
 */
@Component
class V5__Natural_keys extends BaseJavaMigration {
    /** Table, constraint name, and the columns of its natural key, as the import sheets key them. */
    static final List<String[]> KEYS = List.of(
            new String[] {"candidate", "candidate_unique", "full_name, cell_id"},
            new String[] {"cell_meeting", "cell_meeting_unique", "cell_id, meeting_date, kind"},
            new String[] {"study_campaign", "study_campaign_unique", "committee_id, resolution, study_year"},
            new String[] {"training", "training_unique", "member_id, programme, start_year"},
            new String[] {"term_target", "term_target_unique", "term_id, position"},
            new String[] {"award", "award_unique", "committee_id, award_year, title"},
            new String[] {"hamlet", "hamlet_unique", "committee_id, name"});

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String[] key : KEYS) {
                statement.execute("alter table " + key[0] + " add constraint " + key[1] + " unique (" + key[2] + ")");
            }
            // A whole-term target has no year: one such row per term, too (nulls are otherwise all distinct).
            statement.execute("alter table recruitment_target drop constraint recruitment_target_unique");
            statement.execute("alter table recruitment_target add constraint recruitment_target_unique "
                    + "unique nulls not distinct (term_id, target_year)");
        }
    }

    /** Every key that more than one row holds, e.g. "award (1, 2021, Cờ thi đua): 2 rows". */
    static List<String> doubledKeys(Connection connection) throws SQLException {
        List<String> doubled = new ArrayList<>();
        for (String[] key : KEYS) {
            doubled.addAll(doubled(connection, key[0], key[2]));
        }
        doubled.addAll(doubled(connection, "recruitment_target", "term_id, coalesce(target_year, 0)"));
        return doubled;
    }

    private static List<String> doubled(Connection connection, String table, String columns) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + columns + ", count(*) from " + table
                     + " group by " + columns + " having count(*) > 1")) {
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder key = new StringBuilder(table).append(" (");
                for (int c = 1; c < width; c++) {
                    key.append(c > 1 ? ", " : "").append(rows.getString(c));
                }
                found.add(key.append("): ").append(rows.getLong(width)).append(" rows").toString());
            }
        }
        return found;
    }
}

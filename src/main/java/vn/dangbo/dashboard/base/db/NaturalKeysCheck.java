package vn.dangbo.dashboard.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Before the natural keys are added ({@link V5__Natural_keys}), looks for rows already doubled on them. Any found stop
 * start-up before a migration runs — so nothing is recorded as failed and nothing changes — with every doubled key
 * named ({@link DuplicateRecords}). Once they are removed, the next start adds the keys.
 */
@Component
class NaturalKeysCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (!needsTheKeys(connection)) {
                return;
            }
            List<String> doubled = V5__Natural_keys.doubledKeys(connection);
            if (!doubled.isEmpty()) {
                throw new DuplicateRecords(doubled);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for doubled records", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "natural-keys-check";
    }

    /** Whether the database has the record tables (version 1) but not yet the keys (version 5). */
    private static boolean needsTheKeys(Connection connection) throws SQLException {
        try (ResultSet history = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!history.next()) {
                return false;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet versions = statement.executeQuery("select max(case when \"version\" = '1' then 1 else 0 end), "
                     + "max(case when \"version\" = '5' then 1 else 0 end) from \"flyway_schema_history\"")) {
            return versions.next() && versions.getInt(1) == 1 && versions.getInt(2) == 0;
        }
    }
}

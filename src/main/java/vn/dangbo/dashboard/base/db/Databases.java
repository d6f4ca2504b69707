package vn.dangbo.dashboard.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/** Which database the application runs on, for the few things only PostgreSQL does (notifications, statistics). */
public final class Databases {

    private Databases() {
    }

    /** Whether the data source is PostgreSQL (its driver's connection behind the pool's). */
    public static boolean isPostgres(@Nullable DataSource dataSource) {
        if (dataSource == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}

package vn.dangbo.dashboard.base.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangbo.dashboard.base.db.Databases;

/**
 * Carries changes between the servers of one PostgreSQL database (several instances behind a load balancer): each
 * change is announced with {@code NOTIFY} inside the transaction that makes it (so PostgreSQL delivers it only if that
 * transaction commits), and every instance {@code LISTEN}s on one connection of its own and tells its open views what
 * another instance changed. On H2 (one embedded database, one server) it does nothing.
 */
@Component
class PostgresChangeRelay implements SmartLifecycle {
    static final String CHANNEL = "dangbo_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);
    private static final int WAIT_MILLIS = 250;
    /** Names this server in its announcements, so that it does not tell its own views twice. */
    private final String origin = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LiveUpdates updates;
    private final boolean postgres;
    private volatile boolean running;
    private @Nullable Thread listener;

    PostgresChangeRelay(DataSource dataSource, JdbcTemplate jdbc, LiveUpdates updates) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.updates = updates;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Announces a change to the other servers, within its transaction (delivered on commit, dropped on rollback). */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void announce(DataChanged change) {
        if (postgres) {
            jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload(origin, change));
        }
    }

    /** origin, topics and what changed, one to a line (a NOTIFY payload holds under 8,000 bytes). */
    static String payload(String origin, DataChanged change) {
        String what = change.what().replaceAll("[\\r\\n]", " ");
        return origin + "\n" + change.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(","))
                + "\n" + (what.length() > 200 ? what.substring(0, 200) : what);
    }

    /** The change a payload announces, or null when it came from {@code self} or is not one of ours. */
    static @Nullable DataChanged received(String self, String payload) {
        String[] lines = payload.split("\n", 3);
        if (lines.length < 3 || lines[0].equals(self)) {
            return null;
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String name : lines[1].split(",")) {
            Arrays.stream(Topic.values()).filter(t -> t.name().equals(name)).forEach(topics::add);
        }
        return topics.isEmpty() ? null : new DataChanged(lines[2], null, topics);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                log.info("Listening for changes made on other servers (PostgreSQL channel {})", CHANNEL);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            DataChanged change = received(origin, notification.getParameter());
                            if (change != null) {
                                updates.tell(change);
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Lost the PostgreSQL connection that listens for other servers' changes; again in 1 s", lost);
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (!postgres || running) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("dangbo-change-relay").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(2 * WAIT_MILLIS + 1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

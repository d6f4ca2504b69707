package vn.dangbo.dashboard.demo;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.organisation.CommitteeColumns;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.users.UserService;

/**
 * Loads the seed commune (Đảng bộ xã Hải Nam) on first start into an empty embedded database. It never loads twice,
 * never into a database holding any data, and never into PostgreSQL unless told to.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final List<String> TABLES = List.of("party_committee", "term", "cell", "member", "member_rating",
            "cell_rating", "cell_meeting", "candidate", "training", "term_target", "award", "hamlet", "app_user");

    /** The advisory lock the demo loads hold on PostgreSQL (any number no other code uses). */
    private static final long DEMO_LOAD_LOCK = 20_250_701L;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final UserService users;
    private final CommitteeDirectory directory;
    private final boolean enabled;
    private final boolean embeddedOnly;
    private final boolean province;
    private final ProvinceShape provinceShape;

    DemoDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction, UserService users, CommitteeDirectory directory,
                   @Value("${dangbo.demo-data.enabled:true}") boolean enabled,
                   @Value("${dangbo.demo-data.embedded-only:true}") boolean embeddedOnly,
                   @Value("${dangbo.demo-data.province:false}") boolean province,
                   @Value("${dangbo.demo-data.province-size:demo}") String provinceSize) {
        this.province = province;
        this.provinceShape = ProvinceShape.named(provinceSize);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.users = users;
        this.directory = directory;
        this.enabled = enabled;
        this.embeddedOnly = embeddedOnly;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The deployment's own start-up work: every committee is in scope (no scope would read nothing).
        CommitteeScope.run(CommitteeScope.ALL, () -> {
            loadIfEmpty();
            if (province) {
                loadProvince();
            }
        });
    }

    /**
     * Loads the synthetic province beside whatever the database holds, unless it is there already (asked for with
     * {@code dangbo.demo-data.province=true}; the same rule on PostgreSQL as the commune's).
     */
    boolean loadProvince() {
        if (embeddedOnly && !embedded()) {
            log.info("Tỉnh mẫu không được nạp: cơ sở dữ liệu không phải H2 nhúng (dangbo.demo-data.embedded-only).");
            return false;
        }
        Boolean loaded = transaction.execute(status -> {
            waitForOtherServers();
            if (DemoSql.number(jdbc, "select count(*) from party_committee where code = ?",
                    ProvinceDemo.PROVINCE_CODE) > 0) {
                return false;
            }
            long province = new ProvinceDemo(jdbc, provinceShape).write();
            CommitteeColumns.fillNew(jdbc);
            directory.refresh();
            ProvinceAccounts.create(users, jdbc, province);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Đã nạp tỉnh mẫu (giả lập): {}.", ProvinceDemo.PROVINCE);
        }
        return Boolean.TRUE.equals(loaded);
    }

    /** Loads the demo data if it may; tells whether it did. */
    boolean loadIfEmpty() {
        if (!enabled) {
            return false;
        }
        if (embeddedOnly && !embedded()) {
            log.info("Dữ liệu mẫu không được nạp: cơ sở dữ liệu không phải H2 nhúng (dangbo.demo-data.embedded-only).");
            return false;
        }
        Boolean loaded = transaction.execute(status -> {
            waitForOtherServers();
            if (holdsData()) {
                return false;
            }
            long committee = new DemoDataWriter(jdbc).write();
            CommitteeColumns.fillNew(jdbc);
            // The new committee in the tree before its accounts are made within its scope (read again after commit too).
            directory.refresh();
            CommitteeScope.run(committee, () -> DemoAccounts.create(users));
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Đã nạp dữ liệu mẫu: {}.", DemoCommune.COMMITTEE);
        }
        return Boolean.TRUE.equals(loaded);
    }

    /**
     * Servers started together on one PostgreSQL database load one after the other (a transaction-scoped advisory
     * lock), so that the second finds the data there instead of writing it twice. Flyway locks its migrations the same
     * way.
     */
    private void waitForOtherServers() {
        if (url().startsWith("jdbc:postgresql:")) {
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, DEMO_LOAD_LOCK);
        }
    }

    private boolean holdsData() {
        return TABLES.stream().anyMatch(table ->
                Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from " + table + ")", Boolean.class)));
    }

    private boolean embedded() {
        return url().startsWith("jdbc:h2:");
    }

    private String url() {
        String url = jdbc.execute((java.sql.Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getURL();
        });
        return url == null ? "" : url;
    }
}

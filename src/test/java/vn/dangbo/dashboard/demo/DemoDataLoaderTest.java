package vn.dangbo.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.users.UserService;

@SeedDatabaseTest
class DemoDataLoaderTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DemoDataLoader loader;
    @Autowired UserService users;
    @Autowired vn.dangbo.dashboard.organisation.CommitteeDirectory directory;

    @Test
    void the_demo_data_are_never_loaded_twice() {
        long members = count("member");
        long ratings = count("member_rating");

        assertThat(loader.loadIfEmpty()).isFalse();

        assertThat(count("member")).isEqualTo(members);
        assertThat(count("member_rating")).isEqualTo(ratings);
        assertThat(count("party_committee")).isEqualTo(1);
    }

    @Test
    void the_demo_data_are_never_loaded_into_a_database_holding_other_data() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from hamlet_status");
            jdbc.update("delete from hamlet");
            assertThat(new DemoDataLoader(jdbc, transaction, users, directory, true, true, false, "demo").loadIfEmpty()).isFalse();
            assertThat(count("hamlet")).isZero();
            status.setRollbackOnly();
        });
        assertThat(count("hamlet")).isEqualTo(20);
    }

    @Test
    void the_demo_data_are_not_loaded_when_turned_off() {
        assertThat(new DemoDataLoader(jdbc, transaction, users, directory, false, true, false, "demo").loadIfEmpty()).isFalse();
    }

    @Test
    void the_demo_data_load_into_an_empty_database_and_only_once() {
        transaction.executeWithoutResult(status -> {
            for (String table : new String[] {"app_user", "presentation_choice", "party_card", "temporary_transfer", "committee_rating", "inspection", "conclusion", "hamlet_status", "hamlet", "award", "term_target", "training",
                "study_campaign", "cell_meeting", "candidate", "recruitment_target", "cell_rating", "member_rating",
                "member", "cell", "term", "party_committee"}) {
                jdbc.update("delete from " + table);
            }
            // Not only into the embedded database: the test suite also runs against PostgreSQL.
            DemoDataLoader fresh = new DemoDataLoader(jdbc, transaction, users, directory, true, false, false, "demo");
            assertThat(fresh.loadIfEmpty()).isTrue();
            assertThat(count("member")).isEqualTo(537);
            assertThat(count("app_user")).isEqualTo(5);
            assertThat(fresh.loadIfEmpty()).isFalse();
            status.setRollbackOnly();
        });
    }

    @Test
    void the_demo_members_are_the_same_on_every_start() {
        assertThat(DemoPopulation.generate(new Random(DemoCommune.RANDOM_SEED)))
                .isEqualTo(DemoPopulation.generate(new Random(DemoCommune.RANDOM_SEED)));
    }

    @Test
    void every_cell_rated_outstanding_has_all_members_completing_and_at_least_80_percent_good() {
        var breaches = jdbc.queryForList("""
                select cr.cell_id, cr.rating_year from cell_rating cr
                join member m on m.cell_id = cr.cell_id
                join member_rating mr on mr.member_id = m.id and mr.rating_year = cr.rating_year and mr.level is not null
                where cr.level = 'OUTSTANDING'
                group by cr.cell_id, cr.rating_year
                having sum(case when mr.level = 'FAILED' then 1 else 0 end) > 0
                    or 5 * sum(case when mr.level in ('OUTSTANDING', 'GOOD') then 1 else 0 end) < 4 * count(*)
                """);
        assertThat(breaches).isEmpty();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}

package vn.dangbo.dashboard.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** Members at the start + every way in − every way out = members at the end, for every term. */
@SeedDatabaseTest
class MembershipMovementTest {
    @Autowired MemberService members;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from member where code like 'TEST-M%'");
    }

    private TermPeriod demoTerm() {
        return organisation.terms().getLast();
    }

    private void member(String code, String admitted, String transferredIn, String left, String reason) {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date, exempt,
                    direct_worker, political_theory, transferred_in_date, left_date, left_reason)
                select ?, 'Đảng viên thử', 'FEMALE', 1970, id, 'FULL', cast(? as date), false, false, 'NONE', cast(? as date),
                    cast(? as date), ? from cell where code = 'X01'""", code, admitted, transferredIn, left, reason);
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
    }

    @Test
    void the_demo_terms_membership_adds_up_and_ends_with_the_members_at_its_end() {
        TermPeriod term = demoTerm();
        MembershipMovement movement = members.movement(term);

        assertThat(movement.addsUp()).isTrue();
        assertThat(movement.years()).extracting(MembershipMovement.Year::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(term.startYear(), term.endYear()).boxed().toList());
        assertThat(movement.totals().get(Movement.ADMITTED)).isEqualTo(jdbc.queryForObject(
                "select count(*) from member where transferred_in_date is null and admission_date between ? and ?", Long.class,
                java.time.LocalDate.of(term.startYear(), 1, 1), java.time.LocalDate.of(term.endYear(), 12, 31)));
    }

    @Test
    void each_way_in_and_out_is_counted_in_its_year_and_the_balance_still_adds_up() {
        TermPeriod term = demoTerm();
        MembershipMovement before = members.movement(term);
        int y = term.startYear() + 1;
        member("TEST-M1", "1990-01-01", y + "-03-01", null, null);
        member("TEST-M2", "1990-01-01", null, y + "-04-01", "DIED");
        member("TEST-M3", "1990-01-01", null, y + "-05-01", "TRANSFERRED_OUT");
        member("TEST-M4", "1990-01-01", null, y + "-06-01", "REMOVED");
        member("TEST-M5", y + "-02-01", null, y + "-09-01", "EXPELLED");
        member("TEST-M6", "1990-01-01", y + "-02-01", y + "-10-01", "DISMISSED");

        MembershipMovement after = members.movement(term);

        MembershipMovement.Year year = after.years().get(1);
        MembershipMovement.Year was = before.years().get(1);
        assertThat(year.count(Movement.TRANSFERRED_IN) - was.count(Movement.TRANSFERRED_IN)).isEqualTo(2);
        assertThat(year.count(Movement.ADMITTED) - was.count(Movement.ADMITTED)).isEqualTo(1);
        for (Movement out : java.util.List.of(Movement.DIED, Movement.TRANSFERRED_OUT, Movement.REMOVED, Movement.EXPELLED,
                Movement.DISMISSED)) {
            assertThat(year.count(out) - was.count(out)).as(out.name()).isEqualTo(1);
        }
        assertThat(after.atStart() - before.atStart()).as("in before the term: M2, M3, M4").isEqualTo(3);
        assertThat(after.atEnd() - before.atEnd()).as("still in at the end: M1").isEqualTo(1);
        assertThat(after.addsUp()).isTrue();
    }
}

package vn.dangbo.dashboard.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;

/** The due list for a year, with members built for it around the rounds' days. */
@SeedDatabaseTest
class BadgeServiceTest {
    @Autowired BadgeService badges;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void membersAroundTheRounds() {
        member("TEST-B1", "1995-04-20", null);
        member("TEST-B2", "1996-03-01", null);
        member("TEST-B3", "1985-01-10", null);
        member("TEST-B4", "1994-12-01", null);
        member("TEST-B5", "1995-05-01", "2024-08-01");
        member("TEST-B6", "1955-11-20", null);
        jdbc.update("insert into party_badge (member_id, badge_years, awarded_on) select id, 40, date '2025-02-03' "
                + "from member where code = 'TEST-B3'");
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from party_badge where member_id in (select id from member where code like 'TEST-B%')");
        jdbc.update("delete from member where code like 'TEST-B%'");
    }

    private void member(String code, String admitted, String left) {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date, exempt,
                    direct_worker, political_theory, left_date, left_reason)
                select ?, ?, 'MALE', 1960, id, 'FULL', cast(? as date), false, false, 'NONE', cast(? as date), ?
                from cell where code = 'X01'""", code, "Đảng viên " + code, admitted, left, left == null ? null : "DIED");
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
    }

    private List<DueBadge> ours(int year) {
        return badges.dueIn(year).stream().filter(d -> d.memberCode().startsWith("TEST-B")).toList();
    }

    private DueBadge of(String code, int year) {
        return ours(year).stream().filter(d -> d.memberCode().equals(code)).findFirst().orElse(null);
    }

    @Test
    void a_member_who_reaches_30_years_on_20_april_is_due_at_the_round_of_19_may() {
        DueBadge due = of("TEST-B1", 2025);

        assertThat(due.badgeYears()).isEqualTo(30);
        assertThat(due.reaches()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(due.round()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(due.early()).isFalse();
        assertThat(due.partyAgeAtRound()).isEqualTo(30);
    }

    @Test
    void a_member_who_reaches_it_after_the_last_round_is_listed_early_at_the_first_round_within_12_months() {
        DueBadge early = of("TEST-B2", 2025);

        assertThat(early.badgeYears()).isEqualTo(30);
        assertThat(early.early()).isTrue();
        assertThat(early.round()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(of("TEST-B2", 2026).early()).as("due in its own year").isFalse();
        assertThat(of("TEST-B2", 2026).round()).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void a_member_who_reaches_it_after_the_previous_years_last_round_is_due_at_3_february() {
        assertThat(of("TEST-B4", 2025).round()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(of("TEST-B4", 2024)).as("not in the year before, early or not").satisfiesAnyOf(
                d -> assertThat(d).isNull(), d -> assertThat(d.early()).isTrue());
    }

    @Test
    void a_seventy_year_badge_may_come_24_months_early_for_illness() {
        DueBadge seventy = of("TEST-B6", 2024);

        assertThat(seventy.badgeYears()).isEqualTo(70);
        assertThat(seventy.reaches()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(seventy.early()).isTrue();
        assertThat(seventy.round()).isEqualTo(LocalDate.of(2024, 2, 3));
    }

    @Test
    void a_badge_already_held_and_a_member_who_has_left_are_not_listed() {
        assertThat(of("TEST-B3", 2025)).isNull();
        assertThat(of("TEST-B5", 2025)).isNull();
        assertThat(ours(2025)).as("by round, the due before the early").extracting(DueBadge::memberCode)
                .containsExactly("TEST-B4", "TEST-B6", "TEST-B1", "TEST-B2");
    }

    @Test
    void the_overviews_counts_are_the_due_lists_counts_in_every_year_even_at_the_windows_edges() {
        member("TEST-B7", "1995-11-07", null);
        member("TEST-B8", "1995-11-08", null);
        member("TEST-B9", "1996-02-29", null);
        member("TEST-BA", "1954-11-07", null);
        member("TEST-BB", "1955-11-08", null);
        for (int year = 2015; year <= 2030; year++) {
            List<DueBadge> due = badges.dueIn(year);
            long early = due.stream().filter(DueBadge::early).count();

            assertThat(badges.summary(year)).as("year %d", year)
                    .isEqualTo(new BadgeSummary(year, due.size() - early, early));
        }
        assertThat(badges.summary(2025).due() + badges.summary(2025).early()).as("the seed's own members are counted too")
                .isGreaterThan(ours(2025).size());
    }
}

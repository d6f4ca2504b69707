package vn.dangbo.dashboard.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * Each attention rule on a commune built for it, checked for September 2026 (on 1/10/2026): every rule fires on the
 * case it is for and not on its neighbour one day, one member or one percent away; the seed commune beside it is
 * never read.
 */
@SeedDatabaseTest
class AttentionServiceTest {
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    @Autowired AttentionService attention;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    private long committee;

    @BeforeEach
    void buildTheCommune() {
        jdbc.update("insert into party_committee (code, name, org_level) values ('cy-test', 'Đảng bộ xã Chú Ý', 'COMMUNE')");
        committee = jdbc.queryForObject("select id from party_committee where code = 'cy-test'", Long.class);
        for (String[] cell : new String[][] {{"CY-A", "Chi bộ Đủ"}, {"CY-B", "Chi bộ Thiếu"}, {"CY-C", "Chi bộ Thấp"},
                {"CY-D", "Chi bộ Bỏ trống"}}) {
            jdbc.update("insert into cell (committee_id, code, name, kind) values (?, ?, ?, 'HAMLET')", committee, cell[0], cell[1]);
        }
        directory.refresh();
    }

    @AfterEach
    void removeIt() {
        for (String table : List.of("member_rating", "discipline", "party_badge")) {
            jdbc.update("delete from " + table + " where member_id in (select id from member where code like 'CY%')");
        }
        jdbc.update("delete from member where code like 'CY%'");
        for (String table : List.of("cell_meeting", "candidate", "cell_rating")) {
            jdbc.update("delete from " + table + " where cell_id in (select id from cell where code like 'CY-%')");
        }
        jdbc.update("delete from cell where code like 'CY-%'");
        jdbc.update("delete from party_committee where id = ?", committee);
        directory.refresh();
    }

    private Attention september() {
        return CommitteeScope.call(committee, () -> attention.attention(SEPTEMBER));
    }

    private List<String> subjects(AttentionRule rule) {
        return september().items(rule).stream().map(AttentionItem::subject).toList();
    }

    @Test
    void a_month_is_checked_on_the_day_after_it_and_the_current_month_today() {
        assertThat(september().asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(AttentionRules.asOf(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void a_cell_that_met_on_the_last_day_of_the_month_has_met_and_one_that_met_the_day_after_has_not() {
        meeting("CY-A", "2026-09-30", "REGULAR", 18, 21);
        meeting("CY-A", "2026-08-15", "REGULAR", 20, 21);
        meeting("CY-B", "2026-10-01", "REGULAR", 20, 20);
        meeting("CY-B", "2026-08-20", "REGULAR", 20, 20);
        meeting("CY-C", "2026-09-10", "REGULAR", 19, 20);
        meeting("CY-D", "2026-09-03", "REGULAR", 19, 20);

        assertThat(subjects(AttentionRule.NO_REGULAR_MEETING)).containsExactly("Chi bộ Thiếu");
    }

    @Test
    void attendance_at_exactly_the_standard_falls_below_it_and_one_more_member_present_meets_it() {
        meeting("CY-A", "2026-09-30", "REGULAR", 18, 21);
        meeting("CY-C", "2026-09-10", "REGULAR", 17, 20);

        Attention found = september();

        assertThat(found.items(AttentionRule.LOW_ATTENDANCE)).extracting(AttentionItem::subject).containsExactly("Chi bộ Thấp");
        assertThat(found.items(AttentionRule.LOW_ATTENDANCE).getFirst().detail().parameters()).startsWith(17L, 20L, 85.0);
    }

    @Test
    void a_cell_with_no_record_for_two_months_is_named_once_as_not_kept_not_also_as_not_meeting() {
        meeting("CY-A", "2026-08-01", "REGULAR", 20, 20);
        meeting("CY-B", "2026-07-31", "THEMATIC", 20, 20);

        Attention found = september();

        assertThat(found.items(AttentionRule.DATA_NOT_KEPT)).extracting(AttentionItem::subject)
                .containsExactly("Chi bộ Thiếu", "Chi bộ Thấp", "Chi bộ Bỏ trống");
        assertThat(found.items(AttentionRule.NO_REGULAR_MEETING)).extracting(AttentionItem::subject).containsExactly("Chi bộ Đủ");
    }

    @Test
    void the_quarters_thematic_meeting_is_checked_in_its_last_month_from_its_first_day() {
        meeting("CY-A", "2026-07-01", "THEMATIC", 20, 20);
        meeting("CY-B", "2026-06-30", "THEMATIC", 20, 20);
        meeting("CY-C", "2026-09-30", "THEMATIC", 20, 20);

        assertThat(subjects(AttentionRule.NO_THEMATIC_MEETING)).containsExactly("Chi bộ Thiếu", "Chi bộ Bỏ trống");
        assertThat(CommitteeScope.call(committee, () -> attention.attention(YearMonth.of(2026, 8)))
                .items(AttentionRule.NO_THEMATIC_MEETING)).as("not in the quarter's middle month").isEmpty();
    }

    @Test
    void probation_ending_on_the_sixtieth_day_is_listed_on_the_sixty_first_not_and_an_ended_one_is_overdue() {
        member("CY01", "PROBATIONARY", "2025-11-30", "CY-A");
        member("CY02", "PROBATIONARY", "2025-12-01", "CY-A");
        member("CY03", "PROBATIONARY", "2025-09-30", "CY-A");
        member("CY04", "PROBATIONARY", "2025-10-01", "CY-A");
        member("CY05", "FULL", "2025-09-01", "CY-A");

        Attention found = september();

        assertThat(found.items(AttentionRule.PROBATION_ENDING)).extracting(AttentionItem::memberCode)
                .containsExactlyInAnyOrder("CY01", "CY04");
        assertThat(found.items(AttentionRule.PROBATION_OVERDUE)).extracting(AttentionItem::memberCode).containsExactly("CY03");
        assertThat(found.items(AttentionRule.PROBATION_OVERDUE).getFirst().detail().parameters()).containsExactly("30/09/2026", 1L);
    }

    @Test
    void a_member_with_nothing_recorded_for_the_closed_year_is_unrated_and_one_admitted_after_it_is_not() {
        member("CY01", "FULL", "2010-01-01", "CY-A");
        member("CY02", "FULL", "2010-01-01", "CY-A");
        rating("CY02", 2025, null, "EXEMPT");
        member("CY03", "PROBATIONARY", "2026-02-01", "CY-A");
        member("CY04", "FULL", "2010-01-01", "CY-B");
        rating("CY04", 2025, "GOOD", null);

        Attention found = september();

        assertThat(found.items(AttentionRule.UNRATED)).extracting(AttentionItem::subject).containsExactly("Chi bộ Đủ");
        assertThat(found.items(AttentionRule.UNRATED).getFirst().detail().parameters()).containsExactly(1L, "2025");
        assertThat(AttentionRules.closedRatingYear(LocalDate.of(2026, 1, 31))).isEqualTo(2024);
        assertThat(AttentionRules.closedRatingYear(LocalDate.of(2026, 2, 1))).isEqualTo(2025);
    }

    @Test
    void a_member_disciplined_this_year_and_rated_good_is_listed_and_one_rated_failed_is_not() {
        member("CY01", "FULL", "2010-01-01", "CY-A");
        member("CY02", "FULL", "2010-01-01", "CY-A");
        for (String code : List.of("CY01", "CY02")) {
            jdbc.update("insert into discipline (member_id, decided_on, form, decided_by, committee_id) values (?, ?, 'REPRIMAND', 'Đảng ủy', ?)",
                    id(code), Date.valueOf("2026-03-03"), committee);
        }
        rating("CY01", 2026, "GOOD", null);
        rating("CY02", 2026, "FAILED", null);

        assertThat(september().items(AttentionRule.DISCIPLINED_RATED_ABOVE_FAILED)).extracting(AttentionItem::memberCode)
                .containsExactly("CY01");
    }

    @Test
    void the_outstanding_quota_is_broken_by_one_member_above_a_fifth_of_those_rated_good_not_at_a_fifth() {
        for (int i = 1; i <= 7; i++) {
            member("CY0" + i, "FULL", "2010-01-01", "CY-A");
            rating("CY0" + i, 2025, i <= 5 ? "GOOD" : i == 6 ? "OUTSTANDING" : "SATISFACTORY", null);
        }
        assertThat(september().items(AttentionRule.OUTSTANDING_QUOTA)).as("1 of 5").isEmpty();

        jdbc.update("update member_rating set level = 'OUTSTANDING' where member_id = ?", id("CY07"));

        assertThat(september().items(AttentionRule.OUTSTANDING_QUOTA)).extracting(AttentionItem::subject)
                .containsExactly("Đảng bộ xã Chú Ý");
    }

    @Test
    void a_cell_rated_outstanding_with_a_member_below_satisfactory_is_listed_and_one_with_all_good_is_not() {
        member("CY01", "FULL", "2010-01-01", "CY-A");
        rating("CY01", 2025, "GOOD", null);
        member("CY02", "FULL", "2010-01-01", "CY-C");
        rating("CY02", 2025, "GOOD", null);
        member("CY03", "FULL", "2010-01-01", "CY-C");
        rating("CY03", 2025, "FAILED", null);
        for (String cell : List.of("CY-A", "CY-C")) {
            jdbc.update("insert into cell_rating (cell_id, rating_year, level, committee_id) values (?, 2025, 'OUTSTANDING', ?)",
                    cellId(cell), committee);
        }

        assertThat(subjects(AttentionRule.OUTSTANDING_CELL)).containsExactly("Chi bộ Thấp");
    }

    @Test
    void a_member_reaching_thirty_years_on_the_next_rounds_day_is_due_and_one_a_day_later_is_not() {
        member("CY01", "FULL", "1996-11-07", "CY-A");
        member("CY02", "FULL", "1996-11-08", "CY-A");

        Attention found = september();

        assertThat(found.items(AttentionRule.BADGES_DUE)).extracting(AttentionItem::memberCode).containsExactly("CY01");
        assertThat(found.items(AttentionRule.BADGES_DUE).getFirst().detail().parameters()).containsExactly(30, "07/11/2026");
    }

    @Test
    void a_candidate_at_one_stage_for_a_year_and_a_day_is_stalled_and_one_for_exactly_a_year_is_not() {
        candidate("Người Chờ Lâu", "2025-09-30");
        candidate("Người Vừa Đủ Năm", "2025-10-01");

        assertThat(subjects(AttentionRule.CANDIDATE_STALLED)).containsExactly("Người Chờ Lâu (Chi bộ Đủ)");
    }

    @Test
    void a_commune_whose_records_are_in_order_has_nothing_that_needs_attention_and_every_rule_was_checked() {
        for (String cell : List.of("CY-A", "CY-B", "CY-C", "CY-D")) {
            meeting(cell, "2026-09-05", "REGULAR", 20, 20);
            meeting(cell, "2026-08-05", "THEMATIC", 20, 20);
        }
        member("CY01", "FULL", "2010-01-01", "CY-A");
        rating("CY01", 2025, "GOOD", null);

        Attention found = september();

        assertThat(found.isEmpty()).isTrue();
        assertThat(found.byRule().keySet()).containsExactly(AttentionRule.values());
    }

    @Test
    void the_seed_commune_beside_it_is_never_read() {
        Attention found = september();

        assertThat(found.byRule().values().stream().flatMap(List::stream).map(AttentionItem::cellCode))
                .isNotEmpty().allMatch(code -> code.startsWith("CY-"));
    }

    private void meeting(String cell, String day, String kind, int present, int required) {
        jdbc.update("insert into cell_meeting (cell_id, meeting_date, kind, present, required, committee_id) values (?, ?, ?, ?, ?, ?)",
                cellId(cell), Date.valueOf(day), kind, present, required, committee);
    }

    private void member(String code, String status, String admitted, String cell) {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date, political_theory,
                    committee_id, academic_title)
                values (?, ?, 'MALE', 1960, ?, ?, ?, 'NONE', ?, 'NONE')""",
                code, "Đảng viên " + code, cellId(cell), status, Date.valueOf(admitted), committee);
    }

    private void rating(String code, int year, String level, String reason) {
        jdbc.update("insert into member_rating (member_id, rating_year, level, not_rated_reason, exemplary, committee_id)"
                + " values (?, ?, ?, ?, false, ?)", id(code), year, level, reason, committee);
    }

    private void candidate(String name, String since) {
        jdbc.update("insert into candidate (full_name, cell_id, stage, stage_date, committee_id) values (?, ?, 'AWARENESS_COURSE', ?, ?)",
                name, cellId("CY-A"), Date.valueOf(since), committee);
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from member where code = ?", Long.class, code);
    }

    private long cellId(String code) {
        return jdbc.queryForObject("select id from cell where code = ?", Long.class, code);
    }
}

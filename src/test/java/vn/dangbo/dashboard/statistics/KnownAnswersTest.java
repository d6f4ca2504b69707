package vn.dangbo.dashboard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * The forms of a commune built for the test, whose every figure is known: eight members with the year's ways in and
 * out (admitted, transferred in from another commune of the province, restored; died, removed while probationary,
 * transferred out within the province), one who turned 31 on 31/12, one re-admitted with no ethnicity recorded, and
 * the year's cards, badges, temporary transfers and ratings. Read in the commune's own scope, beside the seed commune.
 */
@SeedDatabaseTest
class KnownAnswersTest {
    private static final int YEAR = 2025;
    @Autowired StatisticsService statistics;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    @Autowired vn.dangbo.dashboard.members.MemberService members;
    private long committee;
    private long cell;

    @BeforeEach
    void buildTheCommune() {
        jdbc.update("insert into party_committee (code, name, org_level) values ('tk-test', 'Đảng bộ xã Thử Nghiệm', 'COMMUNE')");
        committee = jdbc.queryForObject("select id from party_committee where code = 'tk-test'", Long.class);
        jdbc.update("insert into cell (committee_id, code, name, kind) values (?, 'TK-X1', 'Chi bộ xóm Thử', 'HAMLET')", committee);
        cell = jdbc.queryForObject("select id from cell where code = 'TK-X1'", Long.class);
        directory.refresh();
        member("TK01", "FEMALE", "1994-12-31", "FULL", "2010-04-04", null, null, null, null, null,
                "KINH", "CATHOLIC", "FARMER", false, false, false);
        member("TK02", "MALE", "2000-06-06", "PROBATIONARY", "2025-03-01", null, null, null, null, null,
                null, "NONE", null, true, true, false);
        member("TK03", "MALE", "1970-01-01", "FULL", "2005-05-05", "2025-05-10", "IN_PROVINCE", null, null, null,
                "TAY", "NONE", "RETIRED", false, false, true);
        member("TK04", "MALE", "1960-02-02", "FULL", "2000-02-02", null, null, null, "2025-06-01", "TRANSFERRED_OUT",
                "KINH", "NONE", "FARMER", false, false, false);
        jdbc.update("update member set transferred_out_scope = 'IN_PROVINCE' where code = 'TK04'");
        member("TK05", "FEMALE", "1955-03-03", "FULL", "1990-03-03", null, null, "2025-02-02", null, null,
                "KINH", "NONE", null, false, false, false);
        member("TK06", "MALE", "1940-04-04", "FULL", "1970-01-01", null, null, null, "2025-08-08", "DIED",
                "KINH", "NONE", "RETIRED", false, false, false);
        member("TK07", "MALE", "2001-07-07", "PROBATIONARY", "2024-12-01", null, null, null, "2025-09-09", "REMOVED",
                "KINH", "NONE", "OTHER", false, false, false);
        member("TK08", "FEMALE", "1999-08-08", "FULL", "2024-05-05", null, null, null, null, null,
                "KINH", "NONE", null, false, false, false);
        event("insert into party_card (member_id, issued_on, kind, committee_id) values (?, ?, 'ISSUED', ?)", "TK01", "2025-03-03");
        event("insert into party_card (member_id, issued_on, kind, committee_id) values (?, ?, 'REISSUED_LOST', ?)", "TK08", "2025-04-04");
        event("insert into party_badge (member_id, awarded_on, badge_years, committee_id) values (?, ?, 30, ?)", "TK05", "2025-09-02");
        jdbc.update("insert into temporary_transfer (committee_id, full_name, transfer_date, direction) values (?, 'Người Đi', ?, 'SENT')",
                committee, Date.valueOf("2025-07-07"));
        jdbc.update("insert into temporary_transfer (committee_id, full_name, transfer_date, direction) values (?, 'Người Đến', ?, 'RECEIVED')",
                committee, Date.valueOf("2024-07-07"));
        jdbc.update("insert into committee_rating (committee_id, rating_year, level, exemplary) values (?, 2025, 'OUTSTANDING', true)", committee);
        jdbc.update("insert into cell_rating (cell_id, rating_year, level, committee_id) values (?, 2025, 'GOOD', ?)", cell, committee);
        rating("TK01", "'OUTSTANDING'", null, true);
        rating("TK08", "'GOOD'", null, false);
        rating("TK03", "null", "EXEMPT", false);
    }

    @AfterEach
    void removeIt() {
        for (String table : List.of("party_card", "party_badge", "member_rating")) {
            jdbc.update("delete from " + table + " where member_id in (select id from member where code like 'TK%')");
        }
        jdbc.update("delete from temporary_transfer where committee_id = ?", committee);
        jdbc.update("delete from committee_rating where committee_id = ?", committee);
        jdbc.update("delete from cell_rating where cell_id = ?", cell);
        jdbc.update("delete from member where code like 'TK%'");
        jdbc.update("delete from cell where id = ?", cell);
        jdbc.update("delete from party_committee where id = ?", committee);
        directory.refresh();
    }

    private FilledForm form(StatisticForm form) {
        return CommitteeScope.call(committee, () -> statistics.fill(form, YEAR));
    }

    @Test
    void form_1_counts_the_years_ways_in_and_out_and_d_is_a_plus_b_minus_c() {
        FilledForm one = form(StatisticForm.F1);

        assertThat(column(one, 0, "stat.f1.brought-forward", "stat.f1.increase", "stat.f1.admitted", "stat.f1.transferred-in",
                "stat.f1.from-other-province", "stat.f1.from-in-province", "stat.f1.restored", "stat.f1.decrease",
                "stat.f1.died", "stat.f1.expelled", "stat.f1.removed", "stat.f1.removed-probationary",
                "stat.f1.left-on-request", "stat.f1.transferred-out", "stat.f1.to-other-province", "stat.f1.to-in-province",
                "stat.f1.at-end")).containsExactly(5L, 3L, 1L, 1L, 0L, 1L, 1L, 3L, 1L, 0L, 1L, 1L, 0L, 1L, 0L, 1L, 5L);
        assertThat(column(one, 1, "stat.f1.brought-forward", "stat.f1.increase", "stat.f1.admitted", "stat.f1.decrease",
                "stat.f1.at-end")).containsExactly(3L, 2L, 2L, 0L, 5L);
        assertThat(one.line("stat.f1.increase").figures().get(2).doubleValue()).isEqualTo(150.0);
        assertThat(one.problems()).isEmpty();
        assertThat(CommitteeScope.call(committee, () -> members.membersOn(LocalDate.of(YEAR + 1, 1, 1))))
                .as("the report and the membership page count the year's end as row D does").isEqualTo(5);
        assertThat(CommitteeScope.call(committee, () -> members.membersOn(LocalDate.of(YEAR, 1, 1))))
                .as("and its start as row A: the member restored in the year not yet on the list").isEqualTo(5);
        assertThat(CommitteeScope.call(committee, () -> members.movement(new vn.dangbo.dashboard.organisation.TermPeriod(0, 2025, 2030))
                .years().getFirst().count(vn.dangbo.dashboard.members.Movement.RESTORED))).isEqualTo(1);
    }

    @Test
    void form_3_profiles_the_membership_at_the_years_end_with_the_undeclared_counted_in_sight() {
        FilledForm three = form(StatisticForm.F3);

        assertThat(column(three, 0, "stat.f3.total", "stat.women", "stat.probationary", "stat.minority", "stat.religious",
                "stat.youth-union")).containsExactly(5L, 3L, 1L, 1L, 1L, 1L);
        assertThat(column(three, 0, "stat.age.18-30", "stat.age.31-35", "stat.age.51-55", "stat.age.over-60"))
                .as("the member born on 31/12/1994 is 31 in 2025").containsExactly(2L, 1L, 1L, 1L);
        assertThat(three.line("stat.age.mean").figures().getFirst().doubleValue()).isEqualTo(41.4);
        assertThat(column(three, 0, "occupation.FARMER", "stat.f3.retired", "stat.f3.retired-exempt"))
                .containsExactly(1L, 1L, 1L);
        assertThat(undeclared(three, "stat.occupation")).isEqualTo(3);
        assertThat(three.count("stat.f3.since-1975", 0)).isEqualTo(5);
        assertThat(three.problems()).isEmpty();
    }

    @Test
    void forms_2_and_2b_count_the_years_new_members_the_readmitted_one_and_its_unknown_ethnicity() {
        FilledForm two = form(StatisticForm.F2);
        FilledForm twoB = form(StatisticForm.F2B);

        assertThat(column(two, 0, "stat.f2.total", "stat.f2.readmitted", "stat.youth-union", "stat.age.18-30",
                "stat.f2.grassroots-committees", "stat.f2.committees-admitting")).containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(two.count("stat.f2.total", 1)).isEqualTo(2);
        assertThat(undeclared(twoB, "stat.profile.ethnicity")).isEqualTo(1);
        assertThat(twoB.problems()).isEmpty();
    }

    @Test
    void form_4_counts_each_group_with_its_women_and_share_and_its_total_is_form_1s_d() {
        FilledForm four = form(StatisticForm.F4);
        FilledForm.Line kinh = four.lines().stream().filter(l -> l.label().equals(new Message("stat.named", "Kinh")))
                .findFirst().orElseThrow();
        FilledForm.Line tay = four.lines().stream().filter(l -> l.label().equals(new Message("stat.named", "Tày")))
                .findFirst().orElseThrow();

        assertThat(kinh.figures()).containsExactly(3L, 3L, 60.0);
        assertThat(tay.figures().subList(0, 2)).containsExactly(1L, 0L);
        assertThat(four.count("stat.profile.total", 0)).isEqualTo(5);
        assertThat(four.count("stat.religion.CATHOLIC", 0)).isEqualTo(1);
        assertThat(statistics.acrossForms(Map.of(StatisticForm.F1, form(StatisticForm.F1), StatisticForm.F4, four))).isEmpty();
    }

    @Test
    void forms_5_6_and_7_count_the_organisation_its_ratings_and_the_years_party_work() {
        FilledForm five = form(StatisticForm.F5);
        FilledForm six = form(StatisticForm.F6);
        FilledForm seven = form(StatisticForm.F7);

        assertThat(five.line("stat.f5.communes").figures()).containsExactly(1L, 1L, 0L, 0L, 1L, 5L);
        assertThat(five.line("stat.f5.wards").figures()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(column(six, 0, "stat.f6.committees", "stat.f6.exemplary", "stat.f6.cells", "stat.f6.members-listed",
                "stat.f6.exempt", "stat.f6.not-rated-members")).containsExactly(1L, 1L, 1L, 5L, 1L, 2L);
        assertThat(column(seven, 0, "stat.f7.card.ISSUED", "stat.f7.card.REISSUED_LOST", "stat.f7.badges-total",
                "stat.f7.temporary-sent", "stat.f7.temporary-received", "stat.f7.official-out", "stat.f7.official-in"))
                .containsExactly(1L, 1L, 1L, 1L, 0L, 1L, 1L);
        assertThat(seven.count("stat.f7.temporary-received", 1)).isEqualTo(1);
    }

    @Test
    void every_figure_opens_the_members_behind_it_and_none_of_another_commune() {
        FilledForm one = form(StatisticForm.F1);
        int restored = one.line("stat.f1.restored").index();
        int atEnd = one.line("stat.f1.at-end").index();

        assertThat(CommitteeScope.call(committee, () -> statistics.behind(StatisticForm.F1, restored, 0, YEAR)))
                .extracting(Behind::code).containsExactly("TK05");
        assertThat(CommitteeScope.call(committee, () -> statistics.behind(StatisticForm.F1, atEnd, 0, YEAR)))
                .extracting(Behind::code).containsExactlyInAnyOrder("TK01", "TK02", "TK03", "TK05", "TK08");
        assertThat(one.line("stat.f1.restored").opens().getFirst()).isTrue();
        assertThat(one.line("stat.f1.expelled").opens().getFirst()).as("a 0 opens nothing").isFalse();
        assertThat(CommitteeScope.call(CommitteeScope.NOTHING, () -> statistics.fill(StatisticForm.F1, YEAR).count("stat.f1.at-end", 0)))
                .as("no scope reads nothing").isZero();
    }

    @Test
    void a_member_too_young_to_be_counted_in_any_age_band_breaks_the_form_and_it_says_where() {
        member("TK09", "MALE", "2012-01-01", "PROBATIONARY", "2025-01-05", null, null, null, null, null,
                "KINH", "NONE", null, false, false, false);

        FilledForm three = form(StatisticForm.F3);

        assertThat(three.problems()).extracting(Message::key).contains("stat.check.breakdown");
        assertThat(three.problems().getFirst().vietnamese()).contains("Biểu số 3-BTCTW").contains("6");
    }

    private List<Long> column(FilledForm form, int column, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> form.count(k, column)).toList();
    }

    /** The "chưa khai báo" row under a breakdown's heading. */
    private long undeclared(FilledForm form, String headingKey) {
        boolean under = false;
        for (FilledForm.Line line : form.lines()) {
            if (line.label().key().equals(headingKey)) {
                under = true;
            } else if (under && line.label().key().equals("stat.not-declared")) {
                return line.figures().getFirst().longValue();
            }
        }
        throw new AssertionError("no undeclared row under " + headingKey);
    }

    private void member(String code, String gender, String born, String status, String admitted, String transferredIn,
                        String inScope, String restored, String left, String reason, String ethnicity, String religion,
                        String occupation, boolean youth, boolean readmitted, boolean exempt) {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, birth_date, cell_id, status, admission_date,
                    transferred_in_date, transferred_in_scope, restored_date, left_date, left_reason, ethnicity, religion,
                    occupation, youth_union, readmitted, exempt, political_theory, committee_id, academic_title)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', ?, 'NONE')""",
                code, "Đảng viên " + code, gender, LocalDate.parse(born).getYear(), Date.valueOf(born), cell, status,
                Date.valueOf(admitted), date(transferredIn), inScope, date(restored), date(left), reason, ethnicity, religion,
                occupation, youth, readmitted, exempt, committee);
    }

    private void event(String sql, String code, String day) {
        jdbc.update(sql, id(code), Date.valueOf(day), committee);
    }

    private void rating(String code, String level, String reason, boolean exemplary) {
        jdbc.update("insert into member_rating (member_id, rating_year, level, not_rated_reason, exemplary, committee_id)"
                + " values (?, 2025, " + level + ", ?, ?, ?)", id(code), reason, exemplary, committee);
    }

    private long id(String code) {
        return jdbc.queryForObject("select id from member where code = ?", Long.class, code);
    }

    private static Date date(String text) {
        return text == null ? null : Date.valueOf(text);
    }
}

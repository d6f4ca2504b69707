package vn.dangbo.dashboard.ratings;

import vn.dangbo.dashboard.base.i18n.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;

/** The office records a year's rating for a member; party rules are checked first. */
@SeedDatabaseTest
class RecordRatingTest {
    @Autowired RatingService ratings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestRatings() {
        jdbc.update("delete from member_rating where rating_year >= 2020");
        jdbc.update("delete from cell_rating where rating_year >= 2020");
    }

    private String memberAdmittedIn(int year, String half) {
        return jdbc.queryForObject("select min(code) from member where extract(year from admission_date) = ? and "
                + (half.equals("second") ? "extract(month from admission_date) > 6" : "extract(month from admission_date) <= 6"),
                String.class, year);
    }

    @Test
    void a_member_admitted_under_six_months_before_the_rating_cannot_be_rated() {
        String newcomer = memberAdmittedIn(2020, "first");
        // Admitted in the first half of 2020: rated for 2020, but a 2019 rating would predate the admission.
        assertThatThrownBy(() -> ratings.recordMemberRating(newcomer, 2019, RatingLevel.GOOD, null, null))
                .isInstanceOf(RatingException.class).hasMessageContaining("chưa được kết nạp");
        String lateIn2019 = memberAdmittedIn(2019, "second");
        assertThatThrownBy(() -> ratings.recordMemberRating(lateIn2019, 2019, RatingLevel.GOOD, null, null))
                .hasMessageContaining("chưa đủ 6 tháng đến kỳ xếp loại năm 2019");
    }

    @Test
    void a_rating_is_saved_with_its_score_and_a_reason_instead_of_a_level_is_allowed() {
        String member = memberAdmittedIn(2016, "first");
        assertThat(ratings.recordMemberRating(member, 2020, RatingLevel.GOOD, new BigDecimal("82"), null)).isEmpty();
        assertThat(jdbc.queryForObject("select score from member_rating m join member d on d.id = m.member_id "
                + "where d.code = ? and rating_year = 2020", Integer.class, member)).isEqualTo(82);
        ratings.recordMemberRating(member, 2020, null, null, NotRatedReason.SUSPENDED);
        assertThat(jdbc.queryForObject("select not_rated_reason from member_rating m join member d on d.id = m.member_id "
                + "where d.code = ? and rating_year = 2020", String.class, member)).isEqualTo("SUSPENDED");
    }

    @Test
    void a_member_is_marked_exemplary_only_with_an_outstanding_rating() {
        String member = memberAdmittedIn(2016, "first");
        assertThatThrownBy(() -> ratings.recordMemberRating(member, 2020, RatingLevel.GOOD, null, null, true))
                .isInstanceOf(RatingException.class).hasMessage("Chỉ chọn tiêu biểu trong số được xếp loại Hoàn thành xuất sắc nhiệm vụ (HTXS).");
        ratings.recordMemberRating(member, 2020, RatingLevel.OUTSTANDING, null, null, true);
        assertThat(jdbc.queryForObject("select exemplary from member_rating m join member d on d.id = m.member_id "
                + "where d.code = ? and rating_year = 2020", Boolean.class, member)).isTrue();
    }

    @Test
    void a_member_disciplined_during_the_year_and_rated_htt_is_warned_about_and_kept() {
        String member = memberAdmittedIn(2016, "first");
        jdbc.update("insert into discipline (member_id, decided_on, form, decided_by) select id, date '2020-05-04', 'REPRIMAND', "
                + "'Chi bộ' from member where code = ?", member);
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        try {
            assertThat(ratings.recordMemberRating(member, 2020, RatingLevel.GOOD, null, null)).extracting(Message::vietnamese)
                    .containsExactly("Đảng viên bị kỷ luật (khiển trách) trong năm 2020 thì xếp loại Không hoàn thành nhiệm vụ; "
                            + "đã lưu mức khác, cần xem lại.");
            assertThat(ratings.recordMemberRating(member, 2020, RatingLevel.FAILED, null, null)).isEmpty();
        } finally {
            jdbc.update("delete from discipline");
        }
    }

    @Test
    void from_2025_the_score_decides_the_level() {
        String member = memberAdmittedIn(2016, "first");
        assertThatThrownBy(() -> ratings.recordMemberRating(member, 2025, RatingLevel.OUTSTANDING, new BigDecimal("85"), null))
                .hasMessage("Từ năm 2025 (Quy định 366-QĐ/TW) điểm quyết định mức: 85 điểm là HTT, không phải HTXS.");
        assertThat(ratings.recordMemberRating(member, 2025, RatingLevel.OUTSTANDING, new BigDecimal("90"), null)).isEmpty();
    }

    @Test
    void a_level_and_a_reason_together_or_neither_is_refused() {
        String member = memberAdmittedIn(2016, "first");
        assertThatThrownBy(() -> ratings.recordMemberRating(member, 2020, RatingLevel.GOOD, null, NotRatedReason.EXEMPT))
                .hasMessage("Cần đúng một trong hai: mức xếp loại, hoặc lý do không xếp loại.");
        assertThatThrownBy(() -> ratings.recordMemberRating(member, 2020, null, null, null))
                .hasMessage("Cần đúng một trong hai: mức xếp loại, hoặc lý do không xếp loại.");
    }

    @Test
    void breaking_the_2019_quota_further_is_warned_about_but_saved() {
        String member = jdbc.queryForObject("select min(d.code) from member d join member_rating m on m.member_id = d.id "
                + "where m.rating_year = 2019 and m.level = 'GOOD'", String.class);
        try {
            assertThat(ratings.recordMemberRating(member, 2019, RatingLevel.OUTSTANDING, null, null))
                    .singleElement().extracting(Message::vietnamese).asString().startsWith("Năm 2019: 90 đảng viên HTXS vượt 20% số HTT (391).");
        } finally {
            ratings.recordMemberRating(member, 2019, RatingLevel.GOOD, null, null);
        }
        assertThat(ratings.memberDistribution(2019).count(RatingLevel.OUTSTANDING)).isEqualTo(89);
    }

    @Test
    void a_cell_rated_outstanding_without_its_members_allowing_it_is_warned_about() {
        String member = jdbc.queryForObject("select min(d.code) from member d join member_rating m on m.member_id = d.id "
                + "join cell c on c.id = d.cell_id where m.rating_year = 2019 and m.level = 'GOOD' and c.code = 'X08'", String.class);
        String before = jdbc.queryForObject("select r.level from cell_rating r join cell c on c.id = r.cell_id "
                + "where c.code = 'X08' and r.rating_year = 2019", String.class);
        ratings.changeMemberRating(member, 2019, RatingLevel.FAILED);
        try {
            assertThat(ratings.recordCellRating("X08", 2019, RatingLevel.OUTSTANDING, null, null))
                    .singleElement().extracting(Message::vietnamese).asString().contains("được xếp HTXS nhưng mới có").contains("(cần 100% và ít nhất 80%)");
        } finally {
            ratings.changeMemberRating(member, 2019, RatingLevel.GOOD);
            ratings.recordCellRating("X08", 2019, RatingLevel.valueOf(before), null, null);
        }
        assertThat(ratings.cellDistribution(2019).count(RatingLevel.OUTSTANDING)).isEqualTo(4);
    }

    @Test
    void a_cells_rating_for_a_new_year_is_added() {
        assertThat(ratings.recordCellRating("X07", 2020, RatingLevel.GOOD, new BigDecimal("80"), null)).isEmpty();
        assertThat(ratings.cellDistribution(2020).count(RatingLevel.GOOD)).isEqualTo(1);
        assertThatThrownBy(() -> ratings.recordCellRating("ZZ", 2020, RatingLevel.GOOD, null, null))
                .hasMessage("Không có chi bộ mã ZZ.");
    }
}

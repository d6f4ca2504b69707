package vn.dangbo.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.i18n.Templates;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

/** The demo term's report says, in the party's wording, every figure of the Hải Nam article that the data hold. */
@SeedDatabaseTest
class TermReportTest {
    @Autowired ReportService reports;
    @Autowired OrganisationService organisation;
    @Autowired RatingService ratings;
    @Autowired Templates templates;
    @Autowired JdbcTemplate jdbc;

    private TermPeriod term() {
        return organisation.currentTerm().orElseThrow();
    }

    private List<String> sentences(ReportPeriod period, String section) {
        ReportText text = new ReportText(templates, AppLocales.VIETNAMESE);
        return reports.compose(period).section(section).orElseThrow().sentences().stream().map(text::plain).toList();
    }

    private List<String> termSentences(String section) {
        return sentences(ReportPeriod.ofTerm(term()), section);
    }

    @Test
    void the_members_cells_and_hamlet_cells_are_one_sentence() {
        assertThat(termSentences("organisation"))
                .contains("Hiện nay, Đảng bộ có 521 đảng viên, sinh hoạt tại 25 chi bộ (trong đó có 20 chi bộ xóm).");
    }

    @Test
    void the_socio_economic_targets_are_eleven_of_eleven() {
        assertThat(termSentences("targets"))
                .contains("Nhiệm kỳ 2015–2020, Đảng bộ lãnh đạo hoàn thành thắng lợi 11/11 chỉ tiêu kinh tế – xã hội đã đề ra.");
    }

    @Test
    void the_study_of_resolutions_reached_85_to_90_percent() {
        assertThat(termSentences("education")).singleElement().asString()
                .endsWith("tỷ lệ đảng viên tham gia học tập đạt từ 85% đến 90%.");
    }

    @Test
    void thirty_admitted_against_twenty_five_is_120_percent_and_20_percent_above() {
        assertThat(termSentences("recruitment")).contains(
                "Trong nhiệm kỳ đã kết nạp 30 đảng viên mới, đạt 120% chỉ tiêu Nghị quyết Đại hội đề ra (25 đảng viên), vượt 20%.",
                "13/20 chi bộ xóm kết nạp 16 đảng viên mới là người lao động trực tiếp.");
    }

    @Test
    void the_cadres_sent_to_training_are_counted_by_programme() {
        assertThat(termSentences("training")).containsExactly("Trong nhiệm kỳ, Đảng ủy đã cử 15 đồng chí đi đào tạo: "
                + "4 đồng chí học đại học; 3 đồng chí học trung cấp chuyên môn; 8 đồng chí học trung cấp lý luận chính trị.");
    }

    @Test
    void the_2019_ratings_of_cells_and_members_are_the_article_s() {
        assertThat(termSentences("ratings")).contains(
                "Năm 2019, 25/25 chi bộ (100%) hoàn thành nhiệm vụ trở lên, trong đó 4/25 chi bộ hoàn thành xuất sắc nhiệm vụ.",
                "Cụ thể: hoàn thành xuất sắc nhiệm vụ 89 đồng chí (17,8%); hoàn thành tốt nhiệm vụ 392 đồng chí (78,4%); "
                        + "hoàn thành nhiệm vụ 19 đồng chí (3,8%).",
                "Trong số đảng viên được xếp loại, hoàn thành tốt nhiệm vụ trở lên 481 đồng chí (96,2%), "
                        + "trong đó hoàn thành xuất sắc nhiệm vụ 89 đồng chí (17,8%).",
                "Không có đảng viên không hoàn thành nhiệm vụ.");
    }

    @Test
    void the_unrated_members_are_counted_apart_and_the_quota_breach_is_said() {
        List<String> ratingSentences = termSentences("ratings");
        assertThat(ratingSentences).anySatisfy(s -> assertThat(s)
                .startsWith("Năm 2019, có 500/521 đảng viên được đánh giá, xếp loại chất lượng; 21 đảng viên không đánh giá, xếp loại ("));
        assertThat(ratingSentences).anySatisfy(s -> assertThat(s).startsWith(
                "Số đảng viên hoàn thành xuất sắc nhiệm vụ (89) bằng 22,7% số đảng viên hoàn thành tốt nhiệm vụ (392)"));
    }

    @Test
    void the_meeting_day_and_new_rural_hamlets_are_said() {
        assertThat(termSentences("meetings")).contains("Các chi bộ duy trì nền nếp sinh hoạt định kỳ vào ngày 3 hằng tháng.");
        assertThat(termSentences("new-rural")).containsExactly("Năm 2019, cả 20 xóm đạt chuẩn nông thôn mới nâng cao.",
                "Có 3 xóm đạt chuẩn nông thôn mới kiểu mẫu.");
    }

    @Test
    void the_awards_are_said_with_their_year_and_giver() {
        assertThat(termSentences("awards")).anySatisfy(s -> assertThat(s)
                .startsWith("Năm 2018, được").contains("Anh hùng Lực lượng vũ trang nhân dân"));
    }

    @Test
    @Transactional
    void a_changed_rating_changes_the_sentence() {
        String member = jdbc.queryForObject("select min(d.code) from member_rating r join member d on d.id = r.member_id "
                + "where r.rating_year = 2019 and r.level = 'OUTSTANDING'", String.class);
        ratings.changeMemberRating(member, 2019, RatingLevel.GOOD);
        assertThat(termSentences("ratings")).contains("Cụ thể: hoàn thành xuất sắc nhiệm vụ 88 đồng chí (17,6%); "
                + "hoàn thành tốt nhiệm vụ 393 đồng chí (78,6%); hoàn thành nhiệm vụ 19 đồng chí (3,8%).");
    }

    @Test
    @Transactional
    void a_year_without_meetings_has_no_sentence_about_meetings() {
        assertThat(reports.compose(ReportPeriod.ofYear(term(), 2018)).section("meetings")).isPresent();
        jdbc.update("delete from cell_meeting where extract(year from meeting_date) = 2018");
        Report report = reports.compose(ReportPeriod.ofYear(term(), 2018));
        assertThat(report.section("meetings")).isEmpty();
        ReportText text = new ReportText(templates, AppLocales.VIETNAMESE);
        assertThat(report.sections().stream().flatMap(s -> s.sentences().stream()).map(text::plain))
                .noneMatch(s -> s.contains("sinh hoạt thường kỳ") || s.contains("sinh hoạt định kỳ"));
    }

    @Test
    void a_year_report_compares_with_the_year_before() {
        List<String> ratingSentences = sentences(ReportPeriod.ofYear(term(), 2019), "ratings");
        assertThat(ratingSentences).anySatisfy(s -> assertThat(s)
                .matches("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên (tăng|giảm) [0-9]+,[0-9] điểm phần trăm so với năm 2018 \\([0-9,]+%\\)\\.|"
                        + "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên bằng năm 2018 \\([0-9,]+%\\)\\."));
        assertThat(sentences(ReportPeriod.ofYear(term(), 2019), "organisation")).anySatisfy(s -> assertThat(s)
                .startsWith("Đến ngày 31/12/2019, Đảng bộ có"));
    }

    @Test
    void no_sentence_says_zero() {
        ReportText text = new ReportText(templates, AppLocales.VIETNAMESE);
        for (ReportPeriod period : List.of(ReportPeriod.ofTerm(term()), ReportPeriod.ofYear(term(), 2015), ReportPeriod.ofYear(term(), 2020))) {
            reports.compose(period).sections().forEach(section -> section.sentences().forEach(sentence ->
                    assertThat(text.plain(sentence)).as(section.key()).doesNotContainPattern("(^|[^0-9,.])0 (đảng viên|đồng chí|chi bộ)")));
        }
    }

    @Test
    void the_english_report_is_complete_and_plural_aware() {
        ReportText text = new ReportText(templates, AppLocales.ENGLISH);
        List<String> english = reports.compose(ReportPeriod.ofTerm(term())).sections().stream()
                .flatMap(s -> s.sentences().stream()).map(text::plain).toList();
        assertThat(english).contains("Today, the party organisation has 521 members in 25 cells (20 of them hamlet cells).",
                "During the term 30 new members were admitted: 120% of the congress target of 25, 20% above it.");
        assertThat(english).noneMatch(s -> s.contains("!report") || s.contains("{"));
    }
}

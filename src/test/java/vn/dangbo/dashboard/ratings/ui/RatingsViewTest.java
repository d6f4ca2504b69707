package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;

class RatingsViewTest extends UiTest {
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static ApexChart chart(String id) {
        return _get(ApexChart.class, spec -> spec.withId(id));
    }

    @Test
    void without_parameters_the_view_shows_the_latest_rated_year_of_the_current_term() {
        open("ratings");
        assertThat(text("card-year")).startsWith("Đảng viên năm 2019");
        assertThat(_get(Select.class, spec -> spec.withId("period-year")).getValue()).isEqualTo(2019);
    }

    @Test
    void the_year_reads_as_the_party_reports_it_on_both_bases() {
        open("ratings?year=2019");
        assertThat(text("summary-rated")).isEqualTo("Trên số được xếp loại (500): HTT trở lên 96,2%, trong đó HTXS 17,8%");
        assertThat(text("summary-headcount")).isEqualTo("Trên tổng số đảng viên (521): HTT trở lên 92,3%, trong đó HTXS 17,1%");
        assertThat(text("not-rated")).isEqualTo("Không xếp loại: 21 đảng viên (miễn sinh hoạt 15, kết nạp chưa đủ 6 tháng 6)");
    }

    @Test
    void the_2019_quota_breach_is_flagged_and_explained() {
        open("ratings?term=2015-2020&year=2019");
        assertThat(text("quota")).startsWith("Vượt tỷ lệ: số đảng viên HTXS (89) lớn hơn 20% số đảng viên HTT (392); tỷ lệ là 22,7%.");
        assertThat(text("quota-years")).isEqualTo("Các năm vượt tỷ lệ trong nhiệm kỳ: 2019");
    }

    @Test
    void every_outstanding_cell_of_2019_is_checked_against_its_members() {
        open("ratings?year=2019");
        String checks = text("card-checks");
        assertThat(checks.split("Chi bộ HTXS", -1)).hasSize(5);
        assertThat(checks).contains("đủ điều kiện").doesNotContain("chưa đủ điều kiện");
    }

    @Test
    void each_year_names_the_rules_it_was_rated_under() {
        open("ratings?year=2019");
        assertThat(text("rule-set")).contains("Quy định 132-QĐ/TW", "Hướng dẫn 21-HD/BTCTW");
        open("ratings?year=2016");
        assertThat(text("rule-set")).contains("Hướng dẫn 27-HD/BTCTW", "quy đổi");
    }

    @Test
    void before_2018_the_trend_marks_the_years_whose_levels_were_mapped() {
        open("ratings");
        assertThat(chart("chart-trend").getOptions().xaxis().categories())
                .containsExactly("2015*", "2016*", "2017*", "2018", "2019");
        assertThat(text("trend-mapped")).contains("quy đổi");
    }

    @Test
    void the_change_from_the_year_before_is_given_in_points() {
        open("ratings?year=2019");
        assertThat(text("change-OUTSTANDING")).startsWith("HTXS: 17,8% (năm 2018: ").contains("điểm %");
    }

    @Test
    void a_year_outside_the_term_shows_a_message_and_the_latest_year() {
        open("ratings?year=2030");
        assertThat(text("card-year")).startsWith("Đảng viên năm 2019");
        assertThat(_get(Component.class, spec -> spec.withClasses("page-notice")).getElement().getTextRecursively())
                .isEqualTo("Năm \"2030\" không thuộc nhiệm kỳ 2015–2020. Đang hiển thị năm 2019.");
    }

    @Test
    void an_unknown_term_shows_a_message_and_the_current_term() {
        open("ratings?term=1990-1995&year=abc");
        assertThat(_get(Component.class, spec -> spec.withText(
                "Không có nhiệm kỳ \"1990-1995\" trong dữ liệu. Đang hiển thị nhiệm kỳ 2015–2020."))).isNotNull();
    }

    @Test
    void the_url_restores_the_year_chosen() {
        open("ratings?term=2015-2020&year=2017");
        assertThat(text("card-year")).startsWith("Đảng viên năm 2017");
        assertThat(_get(Select.class, spec -> spec.withId("period-year")).getValue()).isEqualTo(2017);
    }

    @Test
    void choosing_a_year_writes_it_to_the_url() {
        open("ratings");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("period-year"));
        year.setValue(2018);
        assertThat(location()).isEqualTo("ratings?term=2015-2020&year=2018");
        assertThat(text("card-year")).startsWith("Đảng viên năm 2018");
    }

    @Test
    void clicking_a_level_of_the_year_lists_its_members() {
        open("ratings?year=2019");
        clickDataPoint(chart("chart-year"), 0, 0, "HTXS");
        assertThat(location()).isEqualTo("ratings/members?level=OUTSTANDING&term=2015-2020&year=2019");
        assertThat(text("member-count")).isEqualTo("89 đảng viên");
    }

    @Test
    void clicking_a_column_of_the_trend_lists_that_years_members_at_that_level() {
        open("ratings?year=2019");
        clickDataPoint(chart("chart-trend"), 2, 3, "2018");
        assertThat(location()).isEqualTo("ratings/members?level=SATISFACTORY&term=2015-2020&year=2018");
    }

    @Test
    void a_chart_opens_on_its_own_filling_the_screen() {
        open("ratings?year=2019");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("card-year-enlarge")));

        ApexChart enlarged = chart("chart-year-enlarged");
        assertThat(enlarged.getOptions().series()).isEqualTo(chart("chart-year").getOptions().series());
        assertThat(enlarged.getOptions().chart().height()).isEqualTo("100%");
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class).getHeaderTitle()).isEqualTo("Đảng viên năm 2019");
    }

    @Test
    void a_member_disciplined_in_the_year_yet_rated_htt_is_flagged_with_the_rule_and_the_cell() {
        var rated = jdbc.queryForMap("select m.code, m.full_name from member m join member_rating r on r.member_id = m.id "
                + "where r.rating_year = 2019 and r.level = 'GOOD' order by m.code limit 1");
        jdbc.update("insert into discipline (member_id, decided_on, form, decided_by) select id, date '2019-08-19', 'WARNING', "
                + "'Đảng ủy xã' from member where code = ?", rated.get("code"));
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        try {
            signInAs("danguy");
            open("ratings?year=2019");

            assertThat(_get(Component.class, spec -> spec.withId("disciplined-" + rated.get("code"))).getElement().getTextRecursively())
                    .startsWith(rated.get("full_name") + " (").endsWith("): kỷ luật cảnh cáo, xếp loại HTT");
            assertThat(_get(Component.class, spec -> spec.withId("disciplined-rule")).getElement().getText())
                    .contains("xếp loại Không hoàn thành nhiệm vụ");
        } finally {
            jdbc.update("delete from discipline");
        }
    }
}

package vn.dangbo.dashboard.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;

/** The overview as the committee sees it with the seed commune loaded: every figure of the article, in vi-VN. */
class OverviewViewTest extends UiTest {

    @BeforeEach
    void openOverview() {
        UI.getCurrent().navigate("");
    }

    private static Tile tile(String id) {
        return _get(Tile.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static List<Object> series(String chartId) {
        return List.copyOf(_get(ApexChart.class, spec -> spec.withId(chartId)).getOptions().series());
    }

    @Test
    void the_overview_is_the_start_page() {
        _get(OverviewView.class);
    }

    @Test
    void the_members_tile_shows_521_with_the_probationary_and_exempt() {
        assertThat(tile("tile-members").getValue()).isEqualTo("521");
        assertThat(tile("tile-members").getDetail()).isEqualTo("Dự bị 11 · Miễn sinh hoạt 15");
    }

    @Test
    void the_cells_tile_shows_25_cells_with_20_hamlet_cells() {
        assertThat(tile("tile-cells").getValue()).isEqualTo("25");
        assertThat(tile("tile-cells").getDetail()).isEqualTo("Trong đó 20 chi bộ xóm");
    }

    @Test
    void the_targets_tile_shows_11_of_11_achieved() {
        assertThat(tile("tile-targets").getValue()).isEqualTo("11/11");
        assertThat(tile("tile-targets").getDetail()).contains("100%");
    }

    @Test
    void the_admissions_tile_shows_30_of_25_which_is_120_percent() {
        assertThat(tile("tile-admissions").getValue()).isEqualTo("30/25");
        assertThat(tile("tile-admissions").getDetail()).isEqualTo("120% chỉ tiêu đại hội (vượt 20%)");
    }

    @Test
    void the_direct_workers_tile_shows_16_in_13_of_20_hamlet_cells() {
        assertThat(tile("tile-direct-workers").getValue()).isEqualTo("16");
        assertThat(tile("tile-direct-workers").getDetail()).isEqualTo("ở 13/20 chi bộ xóm");
    }

    @Test
    void the_study_tile_shows_85_to_90_percent() {
        assertThat(tile("tile-study").getValue()).isEqualTo("85–90%");
    }

    @Test
    void the_meeting_day_tile_shows_the_3rd() {
        assertThat(tile("tile-meeting-day").getValue()).isEqualTo("Mồng 3");
    }

    @Test
    void the_new_rural_tile_shows_all_20_hamlets_advanced_and_3_model_in_2019() {
        assertThat(tile("tile-new-rural").getValue()).isEqualTo("20/20");
        assertThat(tile("tile-new-rural").getDetail()).isEqualTo("năm 2019; 3 xóm đạt kiểu mẫu");
    }

    @Test
    void the_member_ratings_of_2019_read_as_the_party_reports_them() {
        assertThat(text("card-member-ratings")).contains("Xếp loại đảng viên năm 2019");
        assertThat(text("member-ratings-summary"))
                .isEqualTo("HTT trở lên 96,2%, trong đó HTXS 17,8% (trên 500 đảng viên được xếp loại)");
        assertThat(text("member-ratings-headcount"))
                .isEqualTo("Tổng số đảng viên năm 2019: 521 = 500 được xếp loại + 21 không xếp loại");
    }

    @Test
    void the_member_ratings_table_gives_17_8_78_4_3_8_and_0_percent_of_those_rated() {
        String table = text("member-ratings-table");
        assertThat(table).contains("89", "17,8%", "392", "78,4%", "19", "3,8%", "0,0%");
    }

    @Test
    void the_unrated_members_are_shown_by_reason() {
        assertThat(text("member-ratings-not-rated"))
                .isEqualTo("Không xếp loại: 21 đảng viên (miễn sinh hoạt 15, kết nạp chưa đủ 6 tháng 6)");
    }

    @Test
    void the_2019_quota_breach_is_flagged() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("member-ratings-quota")).getText())
                .isEqualTo("Vượt tỷ lệ: số đảng viên HTXS (89) vượt 20% số HTT (392), bằng 22,7%");
    }

    @Test
    void the_member_ratings_donut_holds_the_counts_per_level() {
        assertThat(series("chart-member-ratings")).containsExactly(89L, 392L, 19L, 0L);
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-member-ratings")).getOptions();
        assertThat(options.labels()).containsExactly("HTXS", "HTT", "HTNV", "KHTNV");
    }

    @Test
    void the_cell_ratings_show_25_of_25_completed_and_4_outstanding() {
        assertThat(text("cell-ratings-summary"))
                .isEqualTo("25/25 chi bộ hoàn thành nhiệm vụ trở lên (100%), trong đó 4/25 hoàn thành xuất sắc (16%)");
        ChartOptions.Series cells = (ChartOptions.Series) series("chart-cell-ratings").getFirst();
        assertThat(cells.data().getFirst()).isEqualTo(4L);
        assertThat(cells.data().stream().mapToLong(n -> n.longValue()).sum()).isEqualTo(25);
    }

    @Test
    void the_admissions_chart_has_a_column_per_year_against_the_yearly_target() {
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-admissions-by-year")).getOptions();
        assertThat(options.xaxis().categories()).containsExactly("2015", "2016", "2017", "2018", "2019", "2020");
        ChartOptions.Series admitted = (ChartOptions.Series) options.series().get(0);
        ChartOptions.Series target = (ChartOptions.Series) options.series().get(1);
        assertThat(admitted.name()).isEqualTo("Kết nạp");
        assertThat(admitted.data().stream().mapToLong(Number::longValue).sum()).isEqualTo(30);
        assertThat(target.data().stream().mapToLong(Number::longValue).sum()).isEqualTo(25);
    }

    @Test
    void the_trainings_show_4_university_3_vocational_and_8_political_theory() {
        ChartOptions.Series people = (ChartOptions.Series) series("chart-trainings").getFirst();
        assertThat(people.data().stream().map(Number::longValue).toList()).containsExactly(4L, 3L, 8L);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("trainings-list")).getElement().getTextRecursively())
                .contains("Đại học: 4", "Trung cấp chuyên môn: 3", "Trung cấp lý luận chính trị: 8");
    }

    @Test
    void the_awards_list_the_provincial_banners_and_the_hero_title() {
        assertThat(text("card-awards")).contains("Đảng bộ trong sạch, vững mạnh tiêu biểu",
                "Đơn vị dẫn đầu phong trào thi đua", "2018: Danh hiệu \"Anh hùng Lực lượng vũ trang nhân dân\"");
    }

    @Test
    void the_header_names_the_committee_and_the_term() {
        assertThat(_get(Span.class, spec -> spec.withClasses("header-committee")).getText())
                .isEqualTo("Đảng bộ xã Hải Nam");
        assertThat(_get(Span.class, spec -> spec.withClasses("header-term")).getText())
                .isEqualTo("Nhiệm kỳ 2015–2020");
    }

    @Test
    void the_charts_speak_vietnamese_in_their_toolbar_and_number_format() {
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-member-ratings"));
        assertThat(chart.getElement().getPropertyRaw("options").toString())
                .contains("\"exportToPNG\":\"Tải ảnh PNG\"", "\"exportToCSV\":\"Tải dữ liệu CSV\"", "\"defaultLocale\":\"vi\"");
        assertThat(chart.getElement().getPropertyRaw("format").toString()).contains("\"locale\":\"vi-VN\"");
    }

    @Test
    void the_overview_figures_and_the_targets_download_as_a_workbook() {
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-overview-xlsx")).getText())
                .isEqualTo("Tải Excel (.xlsx)");
        vn.dangbo.dashboard.base.table.Table figures = _get(OverviewTiles.class).table("Tổng quan");

        assertThat(figures.headers()).containsExactly("Chỉ số", "Giá trị", "Chi tiết", "So với kỳ trước");
        assertThat(figures.rows()).contains(List.of(tile("tile-members").getLabel(), 521L, tile("tile-members").getDetail(),
                        tile("tile-members").getChange()),
                List.of(tile("tile-cells").getLabel(), 25L, tile("tile-cells").getDetail(), ""),
                List.of(tile("tile-admissions").getLabel(), tile("tile-admissions").getValue(), tile("tile-admissions").getDetail(), ""));
        assertThat(tile("tile-members").getChange()).startsWith("So với cùng ngày năm trước: ");
        assertThat(figures.rows()).hasSize((int) _get(OverviewTiles.class).getChildren().count());
    }
}

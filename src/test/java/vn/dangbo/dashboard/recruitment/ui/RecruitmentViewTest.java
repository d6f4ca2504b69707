package vn.dangbo.dashboard.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;

class RecruitmentViewTest extends UiTest {
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static Tile tile(String id) {
        return _get(Tile.class, spec -> spec.withId(id));
    }

    private static List<?> series(String id) {
        return _get(ApexChart.class, spec -> spec.withId(id)).getOptions().series();
    }

    @Test
    void the_term_admitted_30_against_a_target_of_25() {
        open("recruitment?term=2015-2020");
        assertThat(tile("tile-progress").getValue()).isEqualTo("30/25");
        assertThat(tile("tile-progress").getDetail()).isEqualTo("120% chỉ tiêu nhiệm kỳ");
    }

    @Test
    void sixteen_direct_workers_were_admitted_in_13_of_20_hamlet_cells() {
        open("recruitment");
        assertThat(tile("tile-direct").getValue()).isEqualTo("16");
        assertThat(tile("tile-direct").getDetail()).isEqualTo("được kết nạp, ở 13/20 chi bộ xóm");
    }

    @Test
    void the_cumulative_line_reaches_30_against_the_flat_term_target_of_25() {
        open("recruitment");
        ChartOptions.Series cumulative = (ChartOptions.Series) series("chart-cumulative").get(0);
        ChartOptions.Series target = (ChartOptions.Series) series("chart-cumulative").get(1);
        assertThat(cumulative.data().getLast().longValue()).isEqualTo(30);
        assertThat(target.data()).allMatch(v -> v.longValue() == 25);
    }

    @Test
    void the_cells_that_admitted_nobody_are_named_and_counted() {
        open("recruitment");
        Component nobody = _get(Component.class, spec -> spec.withId("cells-without-admissions"));
        java.util.List<com.vaadin.flow.component.html.Anchor> links = nobody.getChildren()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(com.vaadin.flow.component.html.Anchor.class::cast).toList();
        long named = links.size();
        assertThat(tile("tile-cells-without").getValue()).isEqualTo(String.valueOf(named));
        assertThat(links).allMatch(link -> link.getHref().startsWith("cells/X"));
        ChartOptions.Series admitting = (ChartOptions.Series) series("chart-by-cell").getFirst();
        assertThat(admitting.data().size() + named).isEqualTo(25);
        assertThat(admitting.data().stream().mapToLong(Number::longValue).sum()).isEqualTo(30);
    }

    @Test
    void a_years_bar_opens_the_members_admitted_that_year_with_their_cells_as_links() {
        open("recruitment");
        var chart = _get(vn.dangbo.dashboard.chart.ApexChart.class, spec -> spec.withId("chart-by-year"));
        String firstYear = chart.getOptions().xaxis().categories().getFirst();
        clickDataPoint(chart, 0, 0, firstYear);

        assertThat(location()).startsWith("recruitment/members?term=").endsWith("&year=" + firstYear);
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("admitted-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .isEqualTo(jdbc.queryForObject("select count(*) from member where extract(year from admission_date) = ?",
                        Integer.class, Integer.valueOf(firstYear)));
    }

    @Test
    void a_stage_of_the_pipeline_opens_the_candidates_at_it() {
        open("recruitment");
        var chart = _get(vn.dangbo.dashboard.chart.ApexChart.class, spec -> spec.withId("chart-pipeline"));
        clickDataPoint(chart, 0, 0, chart.getOptions().xaxis().categories().getFirst());

        assertThat(location()).isEqualTo("recruitment/candidates?stage=IDENTIFIED");
        var grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("candidates-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .isEqualTo(jdbc.queryForObject("select count(*) from candidate where stage = 'IDENTIFIED'", Integer.class));
    }

    @Test
    void the_pipeline_shows_every_stage_in_order() {
        open("recruitment");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-pipeline"));
        assertThat(chart.getOptions().xaxis().categories()).containsExactly("Quần chúng ưu tú",
                "Đã học lớp nhận thức về Đảng", "Đang làm hồ sơ", "Đã có người giới thiệu", "Chờ quyết định kết nạp");
    }

    @Test
    void clicking_a_cells_bar_opens_the_cell() {
        open("recruitment");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-by-cell")), 0, 0, "Chi bộ Cơ quan");
        assertThat(location()).startsWith("cells/").contains("term=2015-2020");
    }

    @Test
    void clicking_a_cells_name_beside_its_bar_opens_the_same_cell_as_the_bar() {
        open("recruitment");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-by-cell"));
        String secondCell = chart.getOptions().xaxis().categories().get(1);
        clickDataPoint(chart, 0, 1, secondCell);
        String barOpened = location();

        open("recruitment");
        clickLabel(_get(ApexChart.class, spec -> spec.withId("chart-by-cell")), secondCell, 0);

        assertThat(barOpened).startsWith("cells/");
        assertThat(location()).isEqualTo(barOpened);
    }

    @Test
    void with_no_probation_ending_soon_the_view_says_so_with_the_dates() {
        open("recruitment");
        assertThat(_get(Component.class, spec -> spec.withId("probation-none")).getElement().getTextRecursively())
                .startsWith("Không có đảng viên dự bị nào hết thời gian dự bị từ ");
    }
}

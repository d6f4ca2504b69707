package vn.dangbo.dashboard.cells.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.organisation.CellKind;
import vn.dangbo.dashboard.ratings.RatingLevel;

class CellsViewTest extends UiTest {
    @org.springframework.beans.factory.annotation.Autowired org.springframework.context.ApplicationEventPublisher events;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static Grid<CellRow> grid() {
        return _get(Grid.class, spec -> spec.withId("cells-grid"));
    }

    private static List<CellRow> rows() {
        List<CellRow> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid()); i++) {
            rows.add(_get(grid(), i));
        }
        return rows;
    }

    @Test
    void all_25_cells_stand_side_by_side_the_hamlet_cells_first() {
        open("cells?year=2019");
        List<CellRow> rows = rows();
        assertThat(rows).hasSize(25);
        assertThat(rows.subList(0, 20)).allMatch(r -> r.kind() == CellKind.HAMLET);
        assertThat(rows.getFirst().name()).isEqualTo("Chi bộ xóm 1");
    }

    @Test
    void the_2019_column_shows_4_outstanding_cells_and_every_cell_completing() {
        open("cells?year=2019");
        assertThat(rows().stream().filter(r -> r.rating() == RatingLevel.OUTSTANDING)).hasSize(4);
        assertThat(rows()).allMatch(r -> r.rating() != null && r.rating().completed());
    }

    @Test
    void every_cell_held_12_regular_and_4_thematic_meetings_in_2019() {
        open("cells?year=2019");
        assertThat(rows()).allMatch(r -> r.regularMeetings() == 12 && r.thematicMeetings() == 4);
    }

    @Test
    void the_admissions_column_adds_up_to_the_term_total_of_30() {
        open("cells");
        assertThat(rows().stream().mapToLong(CellRow::admissions).sum()).isEqualTo(30);
        assertThat(rows().stream().mapToLong(CellRow::members).sum()).isEqualTo(521);
    }

    @Test
    void the_url_restores_the_year_in_the_table_heading() {
        open("cells?term=2015-2020&year=2017");
        assertThat(vn.dangbo.dashboard.base.ui.Grids.headerText(grid().getColumns().get(3))).isEqualTo("Xếp loại 2017");
    }

    @Test
    void clicking_a_row_opens_the_cell_with_the_year_carried_over() {
        open("cells?year=2017");
        _clickItem(grid(), 0, 1, false);
        assertThat(location()).isEqualTo("cells/X01?term=2015-2020&year=2017");
    }

    @Test
    void clicking_a_heatmap_square_opens_that_cell_in_that_year() {
        open("cells?year=2019");
        ApexChart heatmap = _get(ApexChart.class, spec -> spec.withId("chart-heatmap"));
        List<?> series = heatmap.getOptions().series();
        // The heatmap draws its rows bottom-up: the last series is the first cell.
        ChartOptions.HeatmapSeries top = (ChartOptions.HeatmapSeries) series.getLast();
        assertThat(top.name()).isEqualTo("Chi bộ xóm 1");

        clickDataPoint(heatmap, series.size() - 1, 1, "2016");

        assertThat(location()).isEqualTo("cells/X01?term=2015-2020&year=2016");
    }

    @Test
    void clicking_a_cells_name_beside_the_heatmap_opens_that_cell_in_the_year_shown() {
        open("cells?year=2019");

        clickLabel(_get(ApexChart.class, spec -> spec.withId("chart-heatmap")), "Chi bộ xóm 2", 0);

        assertThat(location()).isEqualTo("cells/X02?term=2015-2020&year=2019");
    }

    @Test
    void a_label_that_names_no_cell_on_the_heatmap_opens_nothing() {
        open("cells?year=2019");

        clickLabel(_get(ApexChart.class, spec -> spec.withId("chart-heatmap")), "<b>Chi bộ giả</b>", 0);

        assertThat(location()).isEqualTo("cells?year=2019");
    }

    @Test
    void the_heatmap_and_the_table_agree_on_each_cells_rating() {
        open("cells?year=2019");
        ApexChart heatmap = _get(ApexChart.class, spec -> spec.withId("chart-heatmap"));
        for (Object row : heatmap.getOptions().series()) {
            ChartOptions.HeatmapSeries cell = (ChartOptions.HeatmapSeries) row;
            CellRow tableRow = rows().stream().filter(r -> r.name().equals(cell.name())).findFirst().orElseThrow();
            Number value2019 = cell.data().stream().filter(p -> p.x().equals("2019")).findFirst().orElseThrow().y();
            assertThat(value2019.intValue()).as(cell.name()).isEqualTo(CellsPanels.heatValue(tableRow.rating()));
        }
    }

    @Test
    void every_colour_is_explained_in_a_legend() {
        open("cells");
        assertThat(_get(Component.class, spec -> spec.withId("legend")).getElement().getTextRecursively())
                .contains("HTXS", "HTT", "HTNV", "KHTNV", "chưa xếp loại", "85%");
    }

    @Test
    void the_attendance_chart_draws_the_85_percent_standard() {
        open("cells?year=2019");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-attendance"));
        ChartOptions.Series standard = (ChartOptions.Series) chart.getOptions().series().get(1);
        assertThat(standard.name()).isEqualTo("Chuẩn 85%");
        assertThat(standard.data()).hasSize(12).allMatch(v -> v.doubleValue() == 85.0);
    }

    @Test
    void past_thirty_cells_the_heatmap_shows_those_a_meeting_discusses_first_and_says_so() {
        for (int i = 1; i <= 10; i++) {
            jdbc.update("insert into cell (committee_id, code, name, kind) values ((select min(id) from party_committee), ?, ?, 'HAMLET')",
                    "TEST-C" + i, "TEST chi bộ mới " + i);
        }
        try {
            open("cells?year=2019");
            ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-heatmap")).getOptions();
            List<String> rows = options.series().stream().map(s -> ((ChartOptions.HeatmapSeries) s).name()).toList();
            assertThat(rows).hasSize(30);
            for (int i = 1; i <= 10; i++) {
                assertThat(rows).as("an unrated cell").contains("TEST chi bộ mới " + i);
            }
            assertThat(_get(Component.class, spec -> spec.withId("heatmap-shown")).getElement().getText())
                    .startsWith("Hiện 30 trong 35 chi bộ");
        } finally {
            jdbc.update("delete from cell where code like 'TEST-C%'");
        }
    }

    @Test
    void the_tables_sorting_is_kept_in_the_address_and_restored_from_it() {
        open("cells?year=2019&sort=-members");
        Grid<CellRow> grid = _get(Grid.class, spec -> spec.withId("cells-grid"));
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            members.add(_get(grid, i).members());
        }
        assertThat(members).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("admissions"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        events.publishEvent(new vn.dangbo.dashboard.base.live.DataChanged("member", new vn.dangbo.dashboard.base.i18n.Message("audit.details.text", "TEST a redraw"), vn.dangbo.dashboard.base.live.Topic.MEMBERS));
        receivePush(com.vaadin.flow.component.UI.getCurrent());

        Grid<CellRow> redrawn = _get(Grid.class, spec -> spec.withId("cells-grid"));
        assertThat(redrawn).as("drawn again").isNotSameAs(grid);
        List<Long> admissions = new ArrayList<>();
        for (int i = 0; i < _size(redrawn); i++) {
            admissions.add(_get(redrawn, i).admissions());
        }
        assertThat(admissions).as("still sorted as the user chose").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}

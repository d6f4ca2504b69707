package vn.dangbo.dashboard.members.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.members.MembershipMovement;
import vn.dangbo.dashboard.organisation.OrganisationService;

class MembershipViewTest extends UiTest {
    @Autowired MemberService members;
    @Autowired OrganisationService organisation;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static List<? extends Number> series(int index) {
        return ((ChartOptions.Series) _get(ApexChart.class, spec -> spec.withId("chart-movement")).getOptions().series().get(index))
                .data();
    }

    @Test
    void the_waterfall_steps_from_the_members_at_the_start_to_those_at_the_end() {
        signInAs("danguy");
        open("membership?term=2015-2020");
        MembershipMovement movement = members.movement(organisation.term("2015-2020").orElseThrow());

        assertThat(_get(H2.class).getText()).isEqualTo("Biến động đảng viên nhiệm kỳ 2015–2020");
        assertThat(_get(Tile.class, spec -> spec.withId("tile-movement-end")).getFigure()).isEqualTo(movement.atEnd());
        List<? extends Number> base = series(0);
        List<? extends Number> totals = series(1);
        List<? extends Number> ups = series(2);
        List<? extends Number> downs = series(3);
        assertThat(totals.getFirst().longValue()).isEqualTo(movement.atStart());
        assertThat(totals.getLast().longValue()).isEqualTo(movement.atEnd());
        long level = movement.atStart();
        for (int step = 1; step < base.size() - 1; step++) {
            if (ups.get(step) != null) {
                assertThat(base.get(step).longValue()).as("a rise starts at the level reached").isEqualTo(level);
                level += ups.get(step).longValue();
            } else {
                level -= downs.get(step).longValue();
                assertThat(base.get(step).longValue()).as("a fall ends at the level left").isEqualTo(level);
            }
        }
        assertThat(level).as("the steps arrive at the end").isEqualTo(movement.atEnd());
        assertThat(_get(Component.class, spec -> spec.withId("movement-balance")).getElement().getText())
                .startsWith("Đầu nhiệm kỳ " + movement.atStart() + " + ").endsWith("= " + movement.atEnd() + " đảng viên cuối nhiệm kỳ.")
                .contains(" cho ra khỏi Đảng ");
    }

    @Test
    void the_disciplinary_decisions_are_counted_by_year_and_form() {
        jdbc.update("insert into discipline (member_id, decided_on, form, decided_by) select id, date '2018-04-02', 'WARNING', "
                + "'Đảng ủy xã' from member where code = (select min(code) from member where full_membership_date < date '2018-01-01')");
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        try {
            signInAs("danguy");
            open("membership?term=2015-2020");
            com.vaadin.flow.component.grid.Grid<Integer> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                    spec -> spec.withId("discipline-grid"));

            assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
            assertThat(vn.dangbo.dashboard.base.ui.Grids.headerText(grid.getColumnByKey("WARNING"))).isEqualTo("Cảnh cáo");
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "WARNING")).isEqualTo("1");
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 0, "EXPULSION")).isEqualTo("0");
        } finally {
            jdbc.update("delete from discipline");
        }
    }

    @Test
    void the_members_figure_on_the_overview_opens_the_movement() {
        signInAs("danguy");
        open("");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Tile.class, spec -> spec.withId("tile-members")));

        assertThat(location()).startsWith("membership?term=");
    }
}

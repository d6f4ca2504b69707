package vn.dangbo.dashboard.badges.ui;

import vn.dangbo.dashboard.base.Today;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.badges.BadgeService;
import vn.dangbo.dashboard.badges.DueBadge;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;

class BadgesViewTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired BadgeService badges;

    @BeforeEach
    void aMemberDueAt19May2025() {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date, exempt,
                    direct_worker, political_theory)
                select 'TEST-V1', '<b>Đảng viên</b> thử', 'MALE', 1960, id, 'FULL', date '1995-04-20', false, false, 'NONE'
                from cell where code = 'X01'""");
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        signInAs("danguy");
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from party_badge where member_id in (select id from member where code like 'TEST-V%')");
        jdbc.update("delete from member where code like 'TEST-V%'");
    }

    @Test
    void the_year_in_the_address_shows_its_due_list_with_the_rounds_and_the_figures() {
        open("badges?year=2025");
        assertThat(_get(H2.class).getText()).isEqualTo("Huy hiệu Đảng năm 2025");
        Grid<DueBadge> grid = _get(Grid.class, spec -> spec.withId("badges-due-grid"));
        DueBadge ours = java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .filter(d -> d.memberCode().equals("TEST-V1")).findFirst().orElseThrow();

        assertThat(ours.round()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, _indexOf(grid, ours), "round")).isEqualTo("19/5");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, _indexOf(grid, ours), "name"))
                .as("a name is text, never markup").isEqualTo("<b>Đảng viên</b> thử");
        long due = badges.dueIn(2025).stream().filter(d -> !d.early()).count();
        assertThat(_get(Tile.class, spec -> spec.withId("tile-badges-due")).getValue()).isEqualTo(String.valueOf(due));
    }

    @Test
    void the_address_can_show_only_the_due_or_only_those_who_may_come_early() {
        open("badges?year=2025&show=early");
        Grid<DueBadge> early = _get(Grid.class, spec -> spec.withId("badges-due-grid"));
        assertThat(java.util.stream.IntStream.range(0, _size(early)).mapToObj(i -> _get(early, i))).isNotEmpty()
                .allMatch(DueBadge::early);

        open("badges?year=2025&show=due");
        Grid<DueBadge> due = _get(Grid.class, spec -> spec.withId("badges-due-grid"));
        assertThat(java.util.stream.IntStream.range(0, _size(due)).mapToObj(i -> _get(due, i))).isNotEmpty()
                .noneMatch(DueBadge::early);
        assertThat(_size(due)).isEqualTo(badges.dueIn(2025).stream().filter(d -> !d.early()).count());
    }

    @Test
    void the_chart_counts_each_badge_by_round_as_the_list_does() {
        open("badges?year=2025");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-badges-due"));
        long charted = chart.getOptions().series().stream().mapToLong(s -> ((vn.dangbo.dashboard.chart.ChartOptions.Series) s)
                .data().stream().mapToLong(Number::longValue).sum()).sum();

        assertThat(charted).isEqualTo(badges.dueIn(2025).size());
        assertThat(((vn.dangbo.dashboard.chart.ChartOptions.Series) chart.getOptions().series().get(1)).name()).isEqualTo("19/5");
    }

    @Test
    void a_year_with_nothing_presented_says_so_and_a_wrong_year_falls_back_to_this_one() {
        open("badges?year=2025");
        assertThat(_get(Component.class, spec -> spec.withId("badges-awarded-none")).getElement().getText())
                .startsWith("Chưa ghi nhận huy hiệu nào trao trong năm 2025");

        open("badges?year=abc");
        assertThat(_get(H2.class).getText()).isEqualTo("Huy hiệu Đảng năm " + Today.inVietnam().getYear());
    }

    private static <T> int _indexOf(Grid<T> grid, T item) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).equals(item)) {
                return i;
            }
        }
        return -1;
    }
}

package vn.dangbo.dashboard.cells.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.members.MemberService;

class CellViewTest extends UiTest {
    @Autowired MemberService members;

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_cell_page_names_the_cell_and_leads_back_up() {
        open("cells/X01?year=2019");
        assertThat(_get(H2.class).getText()).isEqualTo("Chi bộ xóm 1");
        assertThat(text("breadcrumb")).isEqualTo("Tổng quan/Chi bộ/Chi bộ xóm 1");
        assertThat(_get(Select.class, spec -> spec.withId("period-year")).getValue()).isEqualTo(2019);
    }

    @Test
    void the_member_list_holds_every_current_member_with_a_column_per_year() {
        open("cells/X01?year=2019");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("cell-members-grid"));
        assertThat(_size(grid)).isEqualTo(members.currentMembersOf("X01").size());
        assertThat(grid.getColumns()).hasSize(2 + 6);
    }

    @Test
    void the_member_list_opens_sorted_as_its_address_says_and_writes_a_new_sorting_there() {
        open("cells/X01?year=2019&sort=-name");
        @SuppressWarnings("unchecked")
        Grid<vn.dangbo.dashboard.members.CellMember> grid = _get(Grid.class, spec -> spec.withId("cell-members-grid"));
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            names.add(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).fullName());
        }
        assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("2019"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));

        assertThat(addressWrittenInPlace()).startsWith("cells/X01?").contains("year=2019", "sort=2019").doesNotContain("-name");
    }

    @Test
    void the_meetings_of_the_year_are_twelve_regular_and_four_thematic() {
        open("cells/X01?year=2019");
        assertThat(text("cell-meetings-summary")).startsWith("12 buổi thường kỳ, 4 buổi chuyên đề;");
    }

    @Test
    void the_cells_own_rating_is_named() {
        open("cells/CQ?year=2019");
        assertThat(text("cell-own-rating")).isEqualTo("Chi bộ được xếp loại: HTXS – Hoàn thành xuất sắc nhiệm vụ");
    }

    @Test
    void clicking_a_level_lists_the_cells_members_at_that_level() {
        open("cells/X01?year=2019");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-cell-rating")), 0, 1, "HTT");
        assertThat(location()).isEqualTo("ratings/members?cell=X01&level=GOOD&term=2015-2020&year=2019");
    }

    @Test
    void an_unknown_cell_code_is_explained_in_vietnamese() {
        open("cells/ZZ9?year=2019");
        assertThat(text("page-error")).isEqualTo("Không có chi bộ mã \"ZZ9\". Hãy chọn một chi bộ trong danh sách.");
    }
}

package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;

class RatingMembersViewTest extends UiTest {
    @Autowired RatingService ratings;
    @Autowired OrganisationService organisation;

    @Test
    void the_list_holds_every_member_at_the_level_that_year() {
        open("ratings/members?year=2019&level=GOOD");
        assertThat(_get(H2.class).getText()).isEqualTo("Đảng viên HTT năm 2019");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("members-grid")))).isEqualTo(392);
    }

    @Test
    void drilled_into_a_cell_the_list_holds_that_cells_members_only() {
        long expected = ratings.memberTrendInCell(organisation.currentTerm().orElseThrow(), "X03").stream()
                .filter(d -> d.year() == 2019).findFirst().orElseThrow().count(RatingLevel.GOOD);

        open("ratings/members?year=2019&level=GOOD&cell=X03");

        assertThat(_get(H2.class).getText()).isEqualTo("Đảng viên HTT năm 2019 – Chi bộ xóm 3");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("members-grid")))).isEqualTo((int) expected);
        assertThat(_get(Component.class, spec -> spec.withId("breadcrumb")).getElement().getTextRecursively())
                .contains("Chi bộ xóm 3");
    }

    @Test
    void an_unknown_level_is_explained_in_vietnamese() {
        open("ratings/members?year=2019&level=GIOI");
        assertThat(_get(Component.class, spec -> spec.withId("page-error")).getElement().getTextRecursively())
                .isEqualTo("Mức xếp loại \"GIOI\" không có. Các mức: HTXS, HTT, HTNV, KHTNV.");
    }

    @Test
    void for_the_office_a_row_opens_the_members_record_and_the_cell_is_a_link() {
        signInAs("vanphong");
        open("ratings/members?year=2019&level=GOOD&cell=X01");
        com.vaadin.flow.component.grid.Grid<vn.dangbo.dashboard.ratings.RatedMember> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("members-grid"));
        var first = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);

        assertThat(location()).isEqualTo("members?cell=X01&code=" + first.code());
    }

    @Test
    void for_the_committee_rows_open_nothing_and_do_not_look_clickable() {
        open("ratings/members?year=2019&level=GOOD&cell=X01");
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("members-grid"));
        assertThat(grid.hasClassName("clickable")).isFalse();
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        assertThat(location()).startsWith("ratings/members");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withText("Chi bộ xóm 1"))).isNotEmpty();
    }

    @Test
    void the_list_opens_sorted_as_its_address_says() {
        open("ratings/members?year=2019&level=GOOD&sort=-code");
        com.vaadin.flow.component.grid.Grid<vn.dangbo.dashboard.ratings.RatedMember> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("members-grid"));
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            codes.add(com.github.mvysny.kaributesting.v10.GridKt._get(grid, i).code());
        }
        assertThat(codes).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}

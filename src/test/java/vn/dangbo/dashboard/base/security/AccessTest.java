package vn.dangbo.dashboard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.RouteTable;
import vn.dangbo.dashboard.UiTest;

/** Every role against every route: what opens, what is refused, and what an anonymous visitor gets. */
class AccessTest extends UiTest {
    /** Demo accounts, one per role. */
    private static final Map<String, String> ACCOUNTS = Map.of("ADMIN", "quantri", "CLERK", "vanphong",
            "COMMITTEE", "danguy", "CELL_SECRETARY", "bithu.xom1", "PRESENTER", "trinhchieu");

    static Stream<Arguments> everyRoleAndRoute() {
        return ACCOUNTS.keySet().stream().sorted().flatMap(role -> RouteTable.ROUTES.stream()
                .map(route -> Arguments.of(role, route[0], route[1], ((Set<?>) route[2]).contains(role))));
    }


    @ParameterizedTest(name = "{0} opening {1}: allowed = {3}")
    @MethodSource("everyRoleAndRoute")
    void each_role_opens_only_the_routes_its_work_needs(String role, String route, String view, boolean allowed) {
        signInAs(ACCOUNTS.get(role));
        open(route);
        if (allowed) {
            assertThat(shownView()).isEqualTo(view);
            assertThat(pageText()).doesNotContain("Không có quyền xem trang này", "Bạn chỉ được xem chi bộ của mình");
        } else {
            assertThat(shownView()).isEqualTo("AccessDeniedView");
            assertThat(pageText()).contains("Không có quyền xem trang này");
        }
    }

    @Test
    void a_cell_secretary_editing_the_address_to_another_cell_sees_nothing_of_it() {
        signInAs("bithu.xom1");
        open("cells/X02?year=2019");
        assertThat(pageText()).contains("Bạn chỉ được xem chi bộ của mình; không mở được chi bộ \"X02\".")
                .doesNotContain("Chi bộ xóm 2");
        open("ratings/members?year=2019&level=GOOD&cell=X02");
        assertThat(pageText()).contains("Bạn chỉ được xem chi bộ của mình").doesNotContain("Chi bộ xóm 2");
        open("ratings/members?year=2019&level=GOOD");
        assertThat(pageText()).as("without a cell: their own").contains("Chi bộ xóm 1").doesNotContain("Bạn chỉ được xem chi bộ của mình");
    }

    @Test
    void a_refusal_names_the_role_and_the_page_in_words_and_leads_where_the_person_may_go() {
        signInAs("trinhchieu");
        open("ratings?year=2019");
        assertThat(shownView()).isEqualTo("AccessDeniedView");
        assertThat(pageText()).contains("Tài khoản Máy trình chiếu không được mở trang «Xếp loại chất lượng».")
                .doesNotContain("/ratings");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("error-back")).getHref()).isEqualTo("present");
        signInAs("bithu.xom1");
        open("users");
        assertThat(pageText()).contains("Tài khoản Bí thư chi bộ không được mở trang «Người dùng».", "Về trang chi bộ của bạn");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("error-back")).getHref()).isEqualTo("cells/X01");
    }

    @Test
    void the_start_page_takes_a_cell_secretary_to_their_cell_and_the_hall_pc_to_the_slides() {
        signInAs("bithu.xom1");
        open("");
        assertThat(shownView()).isEqualTo("CellView");
        assertThat(location()).startsWith("cells/X01");
        signInAs("trinhchieu");
        open("");
        assertThat(shownView()).isEqualTo("PresentView");
    }

    @Test
    void no_link_a_cell_secretary_sees_in_a_breadcrumb_leads_to_a_refusal() {
        signInAs("bithu.xom1");
        List<String> hrefs = new java.util.ArrayList<>();
        for (String page : List.of("cells/X01?year=2019", "ratings/members?year=2019&level=GOOD&cell=X01", "ratings?year=2019",
                "recruitment")) {
            open(page);
            com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class).stream()
                    .map(com.vaadin.flow.component.html.Anchor::getHref).filter(href -> !href.startsWith("http"))
                    .forEach(hrefs::add);
        }
        assertThat(hrefs).isNotEmpty();
        for (String href : hrefs) {
            open(href);
            assertThat(shownView()).as(href).isNotEqualTo("AccessDeniedView");
            assertThat(pageText()).as(href).doesNotContain("Không có quyền xem trang này", "Bạn chỉ được xem chi bộ của mình");
        }
    }

    @Test
    void the_sign_in_page_sends_someone_signed_in_on_to_their_start_page() {
        open("login");
        assertThat(shownView()).isEqualTo("OverviewView");
        signInAs("bithu.xom1");
        open("login");
        assertThat(shownView()).isEqualTo("CellView");
    }

    @Test
    void no_view_shows_data_to_someone_who_has_not_signed_in() {
        signOut();
        for (String route : List.of("", "ratings", "recruitment", "cells", "cells/X01", "ratings/members?year=2019&level=GOOD",
                "present/1", "presentation", "import", "users", "audit")) {
            open(route);
            assertThat(shownView()).as(route).isEqualTo("LoginView");
            assertThat(pageText()).as(route).doesNotContain("521", "Chi bộ xóm", "HTXS");
        }
    }
}

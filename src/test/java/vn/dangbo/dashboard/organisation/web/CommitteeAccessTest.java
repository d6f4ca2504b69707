package vn.dangbo.dashboard.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.RouteTable;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.users.UserService;

/**
 * Every role, granted on a commune or on the province, at every route: its own committee's pages as its role allows,
 * and nothing at all under a committee outside its grant.
 */
@ProvinceDatabaseTest
class CommitteeAccessTest extends UiTest {
    /** Role → an account granted on commune Mẫu 01 (the province's accounts for PROVINCE). */
    private static final Map<String, String> ACCOUNTS = Map.of("ADMIN", "quantri.mau01", "CLERK", "vanphong.mau01",
            "COMMITTEE", "danguy.mau01", "CELL_SECRETARY", "bithu.mau01", "PRESENTER", "trinhchieu.mau01",
            "PROVINCE", "bantochuc.tinh");

    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;

    /** The province demo has one account per commune role; the other roles' are added here once. */
    @BeforeEach
    void everyRoleHasAnAccountOnTheCommune() {
        if (users.find("quantri.mau01").isPresent()) {
            return;
        }
        long commune = directory.byCode("mau-01").orElseThrow().id();
        String cell = jdbc.queryForObject("select min(code) from cell where committee_id = ?", String.class, commune);
        CommitteeScope.run(commune, () -> {
            users.createDemoAccount("quantri.mau01", "Quản trị xã (thử)", Role.ADMIN, null, "demo-hainam");
            users.createDemoAccount("bithu.mau01", "Bí thư chi bộ (thử)", Role.CELL_SECRETARY, cell, "demo-hainam");
            users.createDemoAccount("trinhchieu.mau01", "Trình chiếu (thử)", Role.PRESENTER, null, "demo-hainam");
        });
    }

    static Stream<Arguments> everyRoleAndRoute() {
        return ACCOUNTS.keySet().stream().sorted().flatMap(role -> RouteTable.ROUTES.stream()
                .map(route -> Arguments.of(role, route[0], route[1], ((Set<?>) route[2]).contains(role))));
    }


    @ParameterizedTest(name = "{0} opening {1} under its own commune: allowed = {3}")
    @MethodSource("everyRoleAndRoute")
    void each_role_opens_its_own_communes_routes_as_its_role_allows(String role, String route, String view, boolean allowed) {
        signInAs(ACCOUNTS.get(role), "mau-01");
        open(route);

        assertThat(shownView()).isEqualTo(allowed ? view : "AccessDeniedView");
    }

    @ParameterizedTest(name = "{0} opening {1} under another committee: refused")
    @MethodSource("everyRoleAndRoute")
    void no_role_sees_anything_of_a_committee_outside_its_grant(String role, String route, String view, boolean allowed) {
        signInAs(ACCOUNTS.get(role), role.equals("PROVINCE") ? "hai-nam" : "mau-02");
        open(route);

        assertThat(shownView()).isEqualTo("CommitteeRefusedView");
        String refused = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement().getTextRecursively();
        String refusedName = directory.byCode(role.equals("PROVINCE") ? "hai-nam" : "mau-02").orElseThrow().name();
        assertThat(refused).isEqualTo("Không có quyền xem trang này"
                + "Tài khoản của bạn không được xem số liệu ở địa chỉ này. Nếu cần, hãy liên hệ quản trị viên.Về đảng bộ của bạn");
        assertThat(pageText()).doesNotContain(refusedName);
        assertThat(pageText()).contains("Chưa có Đảng bộ").doesNotContain("Nhiệm kỳ 20");
    }

    @Test
    void the_province_board_opens_every_commune_of_its_province_but_changes_nothing() {
        for (String commune : new String[] {"mau-01", "mau-07", "mau-12"}) {
            signInAs("bantochuc.tinh", commune);
            open("ratings?year=2024");
            assertThat(shownView()).isEqualTo("RatingsView");
            for (String change : new String[] {"import", "members", "targets", "records/khen-thuong", "meetings", "users",
                "presentation"}) {
                open(change);
                assertThat(shownView()).as(change).isEqualTo("AccessDeniedView");
            }
        }
    }

    @Test
    void an_account_created_on_a_communes_page_is_granted_that_commune_and_listed_only_within_it() {
        long commune = directory.byCode("mau-03").orElseThrow().id();
        if (users.find("thu.mau03").isEmpty()) {
            CommitteeScope.run(commune, () ->
                    users.create("thu.mau03", "Văn phòng xã Mẫu 03 (thử)", Role.CLERK, null, "Mat-khau-thu-2026!"));
        }
        assertThat(users.find("thu.mau03").orElseThrow().committeeId()).isEqualTo(commune);
        assertThat(CommitteeScope.call(commune, users::accounts)).extracting(vn.dangbo.dashboard.users.UserAccount::username).contains("thu.mau03")
                .doesNotContain("vanphong.mau01", "bantochuc.tinh");
        assertThat(CommitteeScope.call(directory.byCode("tinh-mau").orElseThrow().id(), users::accounts))
                .extracting(vn.dangbo.dashboard.users.UserAccount::username).contains("thu.mau03", "vanphong.mau01", "bantochuc.tinh")
                .doesNotContain("danguy", "admin");
        assertThat(CommitteeScope.call(directory.byCode("mau-01").orElseThrow().id(), users::accounts))
                .extracting(vn.dangbo.dashboard.users.UserAccount::username).doesNotContain("thu.mau03");
    }
}

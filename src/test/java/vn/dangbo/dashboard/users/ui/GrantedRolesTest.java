package vn.dangbo.dashboard.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.users.UserException;
import vn.dangbo.dashboard.users.UserService;

/** An account created on a commune's page is never wider than the commune: the province board's role is not offered. */
@ProvinceDatabaseTest
class GrantedRolesTest extends UiTest {
    @Autowired UserService users;
    @Autowired CommitteeDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheAccountsTried() {
        jdbc.update("delete from app_user where username like 'thu.vaitro%'");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> offeredRoles() {
        ComboBox<Role> role = _get(ComboBox.class, spec -> spec.withId("new-role"));
        return ComboBoxKt.getSuggestions(role);
    }

    @Test
    void a_communes_administrator_is_not_offered_the_province_boards_role() {
        signInAs("quantri.tinh", "mau-03");
        open("users");

        assertThat(offeredRoles()).contains("Quản trị", "Văn phòng", "Bí thư chi bộ")
                .doesNotContain("Ban Tổ chức Tỉnh ủy (chỉ xem)");
    }

    @Test
    void the_provinces_administrator_is_offered_it_on_the_provinces_page() {
        signInAs("quantri.tinh", "tinh-mau");
        open("users");

        assertThat(offeredRoles()).contains("Ban Tổ chức Tỉnh ủy (chỉ xem)");
    }

    @Test
    void the_service_refuses_the_province_boards_role_on_a_communes_page_whoever_asks() {
        long commune = directory.byCode("mau-03").orElseThrow().id();

        assertThatThrownBy(() -> CommitteeScope.run(commune, () -> users.create("thu.vaitro", "Thử vai trò", Role.PROVINCE,
                null, "Mat-khau-thu-2026-dai")))
                .isInstanceOfSatisfying(UserException.class,
                        refused -> assertThat(refused.key()).isEqualTo("users.error.role-not-grantable"));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'thu.vaitro'", Integer.class)).isZero();
    }
}

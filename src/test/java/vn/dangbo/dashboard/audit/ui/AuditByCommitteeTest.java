package vn.dangbo.dashboard.audit.ui;

import vn.dangbo.dashboard.base.i18n.Message;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.audit.AuditLine;
import vn.dangbo.dashboard.audit.AuditService;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.users.UserService;

/** Each commune's administrator reads its own audit lines and none of another's; the province's reads them all. */
@ProvinceDatabaseTest
class AuditByCommitteeTest extends UiTest {
    @Autowired AuditService audit;
    @Autowired UserService users;
    @Autowired CommitteeDirectory directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void twoCommunesWithAnAdministratorEachAndAChangeEach() {
        for (String commune : List.of("mau-01", "mau-03")) {
            long id = directory.byCode(commune).orElseThrow().id();
            String suffix = commune.replace("-", "");
            CommitteeScope.run(id, () -> {
                users.createDemoAccount("kiemtra." + suffix, "Quản trị thử " + commune, Role.ADMIN, null, "Mat-khau-thu-2026");
                audit.record("kiemtra." + suffix, "DATA_MEMBER", new Message("audit.details.text", "TEST thay đổi của " + commune));
            });
        }
        CommitteeScope.run(directory.byCode("tinh-mau").orElseThrow().id(),
                () -> audit.record("quantri.tinh", "DATA_RECORDS", new Message("audit.details.text", "TEST thay đổi của tỉnh")));
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("vanphong.mau01", null, List.of())));
    }

    @AfterEach
    void removeTheTestAccountsAndLines() {
        jdbc.update("delete from audit_event where username like 'kiemtra.%' or details like 'TEST%'"
                + " or (username = 'vanphong.mau01' and action = 'SIGN_IN')");
        jdbc.update("delete from app_user where username like 'kiemtra.%'");
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownLines() {
        Grid<AuditLine> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            shown.add(String.join(" | ", GridKt._getFormattedRow(grid, row)));
        }
        return shown;
    }

    @Test
    void a_communes_administrator_reads_only_that_communes_changes_and_sign_ins() {
        signInAs("kiemtra.mau03", "mau-03");
        open("audit");

        assertThat(shownLines()).anyMatch(line -> line.contains("TEST thay đổi của mau-03"))
                .noneMatch(line -> line.contains("mau-01") || line.contains("của tỉnh") || line.contains("vanphong.mau01")
                        || line.contains("quantri.tinh | Đăng nhập"));

        signInAs("kiemtra.mau01", "mau-01");
        open("audit");

        assertThat(shownLines()).anyMatch(line -> line.contains("TEST thay đổi của mau-01"))
                .anyMatch(line -> line.contains("vanphong.mau01") && line.contains("Đăng nhập"))
                .noneMatch(line -> line.contains("mau-03") || line.contains("của tỉnh")
                        || line.contains("quantri.tinh | Đăng nhập"));
    }

    @Test
    void a_communes_administrator_cannot_widen_the_log_by_naming_another_commune_in_the_address() {
        signInAs("kiemtra.mau03", "mau-03");
        open("audit?committee=mau-01");

        assertThat(shownLines()).noneMatch(line -> line.contains("mau-01"));
    }

    @Test
    void the_provinces_administrator_reads_every_communes_lines_and_can_narrow_to_one() {
        signInAs("quantri.tinh", "tinh-mau");
        open("audit");

        assertThat(shownLines()).anyMatch(line -> line.contains("TEST thay đổi của mau-01") && line.contains("Mẫu 01"))
                .anyMatch(line -> line.contains("TEST thay đổi của mau-03"))
                .anyMatch(line -> line.contains("TEST thay đổi của tỉnh"));

        open("audit?committee=mau-03");

        assertThat(shownLines()).anyMatch(line -> line.contains("TEST thay đổi của mau-03"))
                .noneMatch(line -> line.contains("mau-01") || line.contains("của tỉnh"));
    }
}

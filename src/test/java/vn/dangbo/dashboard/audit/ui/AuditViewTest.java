package vn.dangbo.dashboard.audit.ui;

import vn.dangbo.dashboard.base.i18n.Message;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.audit.AuditLine;
import vn.dangbo.dashboard.audit.AuditService;

class AuditViewTest extends UiTest {
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestLines() {
        jdbc.update("delete from audit_event where username like 'khach.%'");
    }

    private static List<String> shownDetails() {
        return shownColumn(3);
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownColumn(int column) {
        Grid<AuditLine> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            shown.add(GridKt._getFormattedRow(grid, row).get(column));
        }
        return shown;
    }

    @Test
    void a_flood_of_guessed_names_shows_as_one_line_saying_how_many() {
        for (int i = 0; i < 300; i++) {
            audit.recordSignInFailure("khach." + i, java.util.Optional.empty(), false, "10.0.0.7", new Message("audit.reason.bad-credentials"));
        }
        signInAs("quantri");
        open("audit?action=SIGN_IN_FAILED_UNKNOWN&user=khach.");

        assertThat(shownDetails()).containsExactly(
                "300 lần đăng nhập sai bằng tên không có tài khoản (lần gần nhất: 10.0.0.7 · sai tên đăng nhập hoặc mật khẩu)");
        assertThat(shownColumn(2)).containsExactly("Đăng nhập sai (tên không có tài khoản)");
        assertThat(_get(TextField.class, spec -> spec.withId("audit-user")).getValue()).isEqualTo("khach.");
    }

    @Test
    void a_line_is_written_in_the_readers_language_and_names_no_exception() {
        audit.recordSignInFailure("khach.en", java.util.Optional.empty(), true, "10.0.0.8",
                new Message("audit.reason.locked"));
        audit.record("khach.en", "DATA_MEMBER", new Message("audit.details.member.moved", "<b>HN9</b>", "Chi bộ: 1 → 2"));
        signInAs("quantri");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
        open("audit?user=khach.en");

        assertThat(shownDetails()).containsExactly("moved <b>HN9</b>: Chi bộ: 1 → 2",
                "10.0.0.8 · account temporarily locked");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("vi"));
        open("audit?user=khach.en&action=SIGN_IN_FAILED");

        assertThat(shownDetails()).containsExactly("10.0.0.8 · tài khoản đang tạm khóa");
    }

    @Test
    void older_lines_come_a_page_at_a_time() {
        for (int i = 0; i < AuditView.LINES_PER_PAGE + 20; i++) {
            audit.record("khach.page", "DATA_MEMBER", new Message("audit.details.text", "dòng " + i));
        }
        signInAs("quantri");
        open("audit?user=khach.page");
        assertThat(shownDetails()).hasSize(AuditView.LINES_PER_PAGE).startsWith("dòng 119");

        _click(_get(Button.class, spec -> spec.withId("audit-older")));

        assertThat(shownDetails()).hasSize(AuditView.LINES_PER_PAGE + 20).endsWith("dòng 0");
        _assertNone(Button.class, spec -> spec.withId("audit-older"));
    }
}

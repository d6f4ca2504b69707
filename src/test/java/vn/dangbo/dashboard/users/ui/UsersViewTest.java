package vn.dangbo.dashboard.users.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.users.UserAccount;
import vn.dangbo.dashboard.users.UserService;

class UsersViewTest extends UiTest {
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheNewUser() {
        jdbc.update("delete from app_user where username = 'vanphong2'");
    }

    private void createClerk(String password) {
        createClerk(password, null);
    }

    @SuppressWarnings("unchecked")
    private void createClerk(String password, java.util.Locale locale) {
        signInAs("quantri");
        if (locale != null) {
            UI.getCurrent().setLocale(locale);
        }
        open("users");
        _get(TextField.class, spec -> spec.withId("new-username")).setValue("vanphong2");
        _get(TextField.class, spec -> spec.withId("new-name")).setValue("Nguyễn Thị Văn Phòng");
        ((ComboBox<Role>) _get(ComboBox.class, spec -> spec.withId("new-role"))).setValue(Role.CLERK);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue(password);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
    }

    @Test
    void the_administrator_creates_a_user_who_must_change_the_password() {
        int before = users.accounts().size();
        createClerk("mot-lan-2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                .isEqualTo("Đã thêm vanphong2; người dùng phải đổi mật khẩu khi đăng nhập lần đầu.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("users-grid")))).isEqualTo(before + 1);

        signInAs("vanphong2");
        open("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void a_short_password_is_refused_with_the_reason() {
        createClerk("ngan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                .isEqualTo("Mật khẩu cần ít nhất 12 ký tự (có thể là một câu dài dễ nhớ).");
        assertThat(users.find("vanphong2")).isEmpty();
    }

    @Test
    void in_english_a_short_password_is_refused_in_english() {
        createClerk("ngan", java.util.Locale.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                .isEqualTo("A password needs at least 12 characters (a long sentence you remember is fine).");
    }

    @SuppressWarnings("unchecked")
    private static Button action(String username, String id) {
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        for (int row = 0; row < _size(grid); row++) {
            if (GridKt._get(grid, row).username().equals(username)) {
                return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                        .filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + username);
    }

    @Test
    void a_disabled_user_is_shown_as_disabled_and_can_be_enabled_again() {
        signInAs("quantri");
        open("users");
        _click(action("trinhchieu", "disable-trinhchieu"));
        assertThat(users.find("trinhchieu").orElseThrow().enabled()).isFalse();
        _click(action("trinhchieu", "enable-trinhchieu"));
        assertThat(users.find("trinhchieu").orElseThrow().enabled()).isTrue();
    }

    @Test
    void a_reset_password_is_shown_once_and_must_be_changed() {
        signInAs("quantri");
        open("users");
        try {
            _click(action("trinhchieu", "reset-trinhchieu"));
            assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                    .startsWith("Mật khẩu một lần mới của trinhchieu: ");
            assertThat(users.find("trinhchieu").orElseThrow().mustChangePassword()).isTrue();
        } finally {
            // Back to the demo password, which every demo account shares.
            jdbc.update("update app_user set must_change_password = false, password_hash = "
                    + "(select password_hash from app_user where username = 'danguy') where username = 'trinhchieu'");
        }
    }

    @Test
    void the_administrator_unlocks_an_account_locked_by_failed_sign_ins() {
        for (int i = 0; i < 5; i++) {
            users.recordFailedSignIn("danguy");
        }
        signInAs("quantri");
        open("users");

        _click(action("danguy", "unlock-danguy"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                .isEqualTo("Đã mở khóa đăng nhập cho danguy.");
        assertThat(users.accounts()).filteredOn(a -> a.username().equals("danguy")).singleElement()
                .satisfies(a -> assertThat(a.lockedUntil()).isNull());
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("unlock-danguy"));
    }
}

package vn.dangbo.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.audit.AuditService;

/** Signing in as Spring Security does it on the login form: the users, the lockout and the audit log. */
@SeedDatabaseTest
class SignInTest {
    private static final String CLERK = "vanphong";
    private static final String PASSWORD = "demo-hainam";
    @Autowired UserService users;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;
    private ProviderManager signIn;

    @BeforeEach
    void theLoginForm() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    }

    @AfterEach
    void unlockTheClerk() {
        users.recordSignIn(CLERK);
        users.setEnabled(CLERK, true);
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void the_right_password_signs_in_with_the_accounts_role() {
        Authentication signedIn = attempt(CLERK, PASSWORD);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_CLERK").noneMatch(a -> a.startsWith("ROLE_") && !a.equals("ROLE_CLERK"));
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo(CLERK);
            assertThat(e.action()).isEqualTo("SIGN_IN");
        });
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(CLERK, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(audit.latest(10)).anySatisfy(e -> assertThat(e.action()).isEqualTo("ACCOUNT_LOCKED"))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("SIGN_IN_FAILED"));
    }

    @Test
    void a_successful_sign_in_forgives_earlier_mistakes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }
        attempt(CLERK, PASSWORD);
        assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt(CLERK, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        users.setEnabled(CLERK, false);
        assertThatThrownBy(() -> attempt(CLERK, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, CLERK);
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void a_new_user_gets_a_one_time_password_to_change_at_first_sign_in() {
        users.create("bithu.xom2", "Bí thư chi bộ xóm 2", Role.CELL_SECRETARY, "X02", "mot-lan-12345");
        try {
            SignedInUser created = users.loadUserByUsername("bithu.xom2");
            assertThat(created.mustChangePassword()).isTrue();
            assertThat(created.cellCode()).isEqualTo("X02");
            users.changeOwnPassword("bithu.xom2", "mot-lan-12345", "mat-khau-moi-2026");
            assertThat(users.loadUserByUsername("bithu.xom2").mustChangePassword()).isFalse();
        } finally {
            jdbc.update("delete from app_user where username = 'bithu.xom2'");
        }
    }

    @Test
    void broken_rules_are_explained_in_vietnamese() {
        assertThatThrownBy(() -> users.create("Ab", "Tên", Role.CLERK, null, "mat-khau-dai-du"))
                .hasMessage("Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch.");
        assertThatThrownBy(() -> users.create("vanphong", "Tên", Role.CLERK, null, "mat-khau-dai-du"))
                .hasMessage("Tên đăng nhập \"vanphong\" đã có.");
        assertThatThrownBy(() -> users.create("moi.nguoi", "Tên", Role.CLERK, null, "ngan"))
                .hasMessage("Mật khẩu cần ít nhất 10 ký tự.");
        assertThatThrownBy(() -> users.create("moi.nguoi", "Tên", Role.CELL_SECRETARY, "ZZ", "mat-khau-dai-du"))
                .hasMessage("Bí thư chi bộ cần một chi bộ có trong danh sách.");
    }
}

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
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.security.SignedInUser;

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
    void broken_rules_are_refused_with_the_message_key_of_the_rule() {
        assertThatThrownBy(() -> users.create("Ab", "Tên", Role.CLERK, null, "mat-khau-dai-du"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("users.error.username-shape"));
        assertThatThrownBy(() -> users.create("vanphong", "Tên", Role.CLERK, null, "mat-khau-dai-du"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("users.error.username-taken"))
                .satisfies(e -> assertThat(((UserException) e).parameters()).containsExactly("vanphong"));
        assertThatThrownBy(() -> users.create("moi.nguoi", "Tên", Role.CLERK, null, "ngan"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("password.error.too-short"))
                .satisfies(e -> assertThat(((UserException) e).parameters()).containsExactly(12));
        assertThatThrownBy(() -> users.create("moi.nguoi", "Tên", Role.CELL_SECRETARY, "ZZ", "mat-khau-dai-du"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("users.error.cell-required"));
        assertThat(users.find("moi.nguoi")).isEmpty();
    }

    @Test
    void failures_while_the_account_is_locked_do_not_extend_the_lock() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }
        java.sql.Timestamp lockedUntil = lockedUntil();
        java.time.Instant seen = java.time.Instant.now();
        while (!java.time.Instant.now().isAfter(seen.plusMillis(20))) {
            Thread.onSpinWait(); // until the clock has moved on: a lock extended now would end later
        }
        for (int i = 0; i < 7; i++) {
            assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(LockedException.class);
        }
        assertThat(lockedUntil()).isEqualTo(lockedUntil);
    }

    @Test
    void the_administrator_unlocks_a_locked_account_before_its_time() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(CLERK, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(users.accounts()).filteredOn(a -> a.username().equals(CLERK)).singleElement()
                .satisfies(a -> assertThat(a.lockedUntil()).isNotNull());
        users.unlock(CLERK);
        assertThat(attempt(CLERK, PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.latest(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("USER_UNLOCKED"));
    }

    @Test
    void a_failed_sign_in_with_a_very_long_username_is_audited_cut_to_the_column() {
        String typed = "x".repeat(5_000);
        assertThatThrownBy(() -> attempt(typed, "sai-mat-khau")).isInstanceOf(BadCredentialsException.class);
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditService.UNKNOWN_USER_FAILURE);
            assertThat(e.username()).hasSize(60).startsWith("xxxx").endsWith("…");
        });
    }

    private java.sql.Timestamp lockedUntil() {
        return jdbc.queryForObject("select locked_until from app_user where username = ?", java.sql.Timestamp.class, CLERK);
    }
}

package vn.dangbo.dashboard.users;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** The first administrator's password: the one given if it is strong enough, otherwise a one-time one (printed). */
class InitialAdministratorTest {
    private final UserService users = mock(UserService.class);

    private void startWith(String given) {
        MockEnvironment environment = new MockEnvironment();
        if (given != null) {
            environment.setProperty("DANGBO_ADMIN_PASSWORD", given);
        }
        when(users.hasUsers()).thenReturn(false);
        when(users.oneTimePassword()).thenReturn("motlan-Xk7q2mPz");
        new InitialAdministrator(users, environment).run(new DefaultApplicationArguments());
    }

    @Test
    void a_strong_password_given_beforehand_is_the_administrators() {
        startWith("lua-chin-vang-dong-que");
        verify(users).createInitialAdmin("lua-chin-vang-dong-que");
    }

    @Test
    void a_weak_password_given_beforehand_is_replaced_by_a_one_time_password() {
        startWith("admin12345678");
        verify(users).createInitialAdmin("motlan-Xk7q2mPz");
    }

    @Test
    void without_a_password_given_a_one_time_password_is_made() {
        startWith(null);
        verify(users).createInitialAdmin("motlan-Xk7q2mPz");
    }
}

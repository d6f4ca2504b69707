package vn.dangbo.dashboard.users;

import vn.dangbo.dashboard.organisation.CommitteeScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the very first start, with nobody to sign in, creates the administrator "admin" with a one-time password:
 * DANGBO_ADMIN_PASSWORD if set, otherwise a random one printed once in the log. It must be changed at first sign-in.
 * Runs after the demo data, whose accounts make it unnecessary.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private final UserService users;
    private final Environment environment;

    InitialAdministrator(UserService users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Start-up work: the deployment's accounts, whatever committee they are granted.
        CommitteeScope.run(CommitteeScope.ALL, this::createIfNone);
    }

    private void createIfNone() {
        if (users.hasUsers()) {
            return;
        }
        String given = environment.getProperty("DANGBO_ADMIN_PASSWORD");
        boolean usable = given != null && acceptable(given);
        if (given != null && !usable) {
            log.warn("DANGBO_ADMIN_PASSWORD không dùng được (cần ít nhất {} ký tự, không phổ biến, không chứa \"admin\"); "
                    + "dùng mật khẩu một lần in dưới đây. / DANGBO_ADMIN_PASSWORD is too weak; a one-time password is "
                    + "printed below instead.", PasswordPolicy.MIN_LENGTH);
        }
        String password = usable ? given : users.oneTimePassword();
        users.createInitialAdmin(password);
        if (!usable) {
            log.warn("""

                    ==========================================================================
                    Tài khoản quản trị đầu tiên / first administrator account
                      tên đăng nhập: admin
                      mật khẩu dùng một lần: {}
                    Đăng nhập và đổi mật khẩu ngay. Mật khẩu này chỉ in ra một lần.
                    ==========================================================================""", password);
        } else {
            log.info("Đã tạo tài khoản quản trị \"admin\" với mật khẩu trong DANGBO_ADMIN_PASSWORD.");
        }
    }

    private static boolean acceptable(String password) {
        try {
            PasswordPolicy.check("admin", password);
            return true;
        } catch (UserException weak) {
            return false;
        }
    }
}

package vn.dangbo.dashboard.users;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.security.Role;

/** A user as the administration view lists them; never the password. */
public record UserAccount(String username, String displayName, Role role, @Nullable String cellCode, boolean enabled,
                          boolean mustChangePassword, @Nullable Instant lockedUntil) {
}

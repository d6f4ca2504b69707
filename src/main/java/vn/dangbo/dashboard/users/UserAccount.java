package vn.dangbo.dashboard.users;

import java.time.Instant;
import vn.dangbo.dashboard.base.security.Role;

/** A user as the administration view lists them; never the password. */
public record UserAccount(String username, String displayName, Role role, String cellCode, boolean enabled,
                          boolean mustChangePassword, Instant lockedUntil) {
}

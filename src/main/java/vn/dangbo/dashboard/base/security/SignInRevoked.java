package vn.dangbo.dashboard.base.security;

/**
 * A user's sessions must end: the account was disabled, or its password was reset or changed. Published once the
 * change is committed; every session of that user ends, except the one that made the change.
 */
public record SignInRevoked(String username) {
}

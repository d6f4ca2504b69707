package vn.dangbo.dashboard.users;

import org.jspecify.annotations.Nullable;

/**
 * An account that has the monthly brief sent: to which address, for which committee (null: an account of the whole
 * deployment, which in a deployment of one committee is that committee's).
 */
public record BriefSubscriber(String username, String address, @Nullable Long committeeId) {
}

package vn.dangbo.dashboard.base.ui;

import org.jspecify.annotations.Nullable;

/**
 * An address under a committee the user's grant does not cover. Carries only the code of the user's own committee,
 * for the way back (null: the deployment's first page): the refusal names nothing of the committee refused.
 */
public class CommitteeRefused extends RuntimeException {
    private final @Nullable String homeCode;

    public CommitteeRefused(@Nullable String homeCode) {
        super("committee refused");
        this.homeCode = homeCode;
    }

    public @Nullable String homeCode() {
        return homeCode;
    }
}

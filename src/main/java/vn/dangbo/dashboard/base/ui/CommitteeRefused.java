package vn.dangbo.dashboard.base.ui;

/**
 * An address under a committee the user's grant does not cover. Carries the committee's name, for the refusal to
 * say, and the code of the user's own committee, for the way back (null: the deployment's first page).
 */
public class CommitteeRefused extends RuntimeException {
    private final String committeeName;
    private final String homeCode;

    public CommitteeRefused(String committeeName, String homeCode) {
        super("committee refused");
        this.committeeName = committeeName;
        this.homeCode = homeCode;
    }

    public String committeeName() {
        return committeeName;
    }

    public String homeCode() {
        return homeCode;
    }
}

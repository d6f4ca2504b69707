package vn.dangbo.dashboard.base.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Who is signed in, for views that show less to some roles. */
@Component
@ConditionalOnWebApplication
public class CurrentUser {
    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    /** The cell a cell secretary is limited to; empty for every other role. */
    public Optional<String> onlyCell() {
        return get().filter(u -> u.role() == Role.CELL_SECRETARY).map(SignedInUser::cellCode);
    }

    /** Whether the signed-in user may see this cell's data. */
    public boolean maySeeCell(String cellCode) {
        return onlyCell().map(own -> own.equals(cellCode)).orElse(true);
    }

    /** Whether the signed-in user keeps the records (the office and the administrator), so may open a member's. */
    public boolean keepsRecords() {
        return get().map(u -> u.role() == Role.ADMIN || u.role() == Role.CLERK).orElse(false);
    }

    /** Whether the signed-in user speaks for the committee's meeting (its members, the office, the administrator). */
    public boolean recordsConclusions() {
        return get().map(u -> u.role() == Role.ADMIN || u.role() == Role.CLERK || u.role() == Role.COMMITTEE).orElse(false);
    }

    /** Where the signed-in user's way back leads, and its words: the slides, their own cell, or the overview. */
    public Home home() {
        SignedInUser user = get().orElse(null);
        if (user != null && user.role() == Role.PRESENTER) {
            return new Home("present", "error.back-to-slides");
        }
        if (user != null && user.role() == Role.CELL_SECRETARY) {
            return new Home("cells/" + user.cellCode(), "error.back-to-own-cell");
        }
        return new Home("", "error.back-to-overview");
    }

    /** A page a user may always open, and the bundle key of the link that leads there. */
    public record Home(String path, String labelKey) {
    }

    public void signOut() {
        authentication.logout();
    }
}

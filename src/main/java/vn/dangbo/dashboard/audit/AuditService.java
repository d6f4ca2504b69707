package vn.dangbo.dashboard.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.live.DataChanged;

/**
 * The audit log: every sign-in, successful or not, and every change to data, with who and when. A data change is
 * recorded in the same transaction as the change itself, so neither exists without the other.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {
    public static final String SYSTEM = "hệ thống";
    /** The widths of the audit table's columns: what is longer is cut, never refused (a sign-in may send anything). */
    static final int USERNAME_LENGTH = 60;
    static final int DETAILS_LENGTH = 500;
    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action by a named user (sign-ins happen before anyone is signed in). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String details) {
        events.save(new AuditEvent(clock.instant(), cut(username, USERNAME_LENGTH), action, cut(details, DETAILS_LENGTH)));
    }

    /** A failed sign-in: whatever was typed as the username (cut to the column), the client's address, the reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignInFailure(String typedUsername, String client, String reason) {
        record(typedUsername == null || typedUsername.isBlank() ? "?" : typedUsername, "SIGN_IN_FAILED",
                client + " · " + reason);
    }

    /** Records an action by whoever is signed in in this thread. */
    @Transactional
    public void recordByCurrentUser(String action, String details) {
        events.save(new AuditEvent(clock.instant(), cut(currentUsername(), USERNAME_LENGTH), action,
                cut(details, DETAILS_LENGTH)));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    @EventListener
    @Transactional
    void onDataChanged(DataChanged change) {
        recordByCurrentUser("DATA_" + change.what().toUpperCase().replace('-', '_'), change.details());
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(int count) {
        return events.findAllByOrderByOccurredAtDescIdDesc(Limit.of(count)).stream().map(AuditEvent::toEntry).toList();
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}

package vn.dangbo.dashboard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    public static final String UNKNOWN_USER_FAILURE = "SIGN_IN_FAILED_UNKNOWN";
    /** The widths of the audit table's columns: what is longer is cut, never refused (a sign-in may send anything). */
    static final int USERNAME_LENGTH = 60;
    static final int DETAILS_LENGTH = 4000;
    /** Events read at a time while a page of lines is put together. */
    private static final int CHUNK = 500;
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

    /**
     * A failed sign-in: whatever was typed as the username (cut to the column), the client's address, the reason.
     * Failures for names that are no account are kept apart ({@value #UNKNOWN_USER_FAILURE}): a flood of guesses is
     * shown as one line.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignInFailure(String typedUsername, boolean accountExists, String client, String reason) {
        record(typedUsername == null || typedUsername.isBlank() ? "?" : typedUsername,
                accountExists ? "SIGN_IN_FAILED" : UNKNOWN_USER_FAILURE, client + " · " + reason);
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

    /**
     * A page of the audit log, newest first, from {@code olderThan} (null: the newest) on. A run of failed sign-ins
     * for names that are no account is one line however long it is, so a flood of guesses cannot bury the rest.
     */
    public AuditPage page(AuditFilter filter, Long olderThan, int lines) {
        String username = filter.username() == null || filter.username().isBlank() ? null
                : "%" + filter.username().trim().toLowerCase(Locale.ROOT) + "%";
        String action = filter.action() == null || filter.action().isBlank() ? null : filter.action();
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<AuditLine> page = new ArrayList<>();
        long before = olderThan == null ? Long.MAX_VALUE : olderThan;
        while (true) {
            List<AuditEvent> chunk = events.page(before, username, action, from, to, Limit.of(CHUNK));
            for (AuditEvent event : chunk) {
                AuditLine line = event.toLine();
                AuditLine last = page.isEmpty() ? null : page.getLast();
                if (last != null && UNKNOWN_USER_FAILURE.equals(last.action()) && UNKNOWN_USER_FAILURE.equals(line.action())) {
                    page.set(page.size() - 1, new AuditLine(last.occurredAt(), line.occurredAt(), last.username(),
                            last.action(), last.details(), last.count() + 1));
                } else if (page.size() == lines) {
                    return new AuditPage(page, before);
                } else {
                    page.add(line);
                }
                before = event.getId();
            }
            if (chunk.size() < CHUNK) {
                return new AuditPage(page, null);
            }
        }
    }

    /** Every action the log holds, for choosing one. */
    public List<String> actions() {
        return events.actions();
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}

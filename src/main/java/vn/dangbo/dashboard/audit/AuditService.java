package vn.dangbo.dashboard.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.organisation.CommitteeNode;

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
    private final AuditCommittees committees;
    private final Clock clock;

    AuditService(AuditEventRepository events, AuditCommittees committees, Clock clock) {
        this.events = events;
        this.committees = committees;
        this.clock = clock;
    }

    /** Records an action by a named user, in the committee of the page it was done on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, Message details) {
        recordIn(committees.ofWorkNow(), username, action, details);
    }

    /**
     * Records an action concerning one account, in the committee the account is granted (sign-ins happen before any
     * page names a committee); null: an account of the whole deployment, or no account.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordForAccount(@Nullable Long accountCommittee, String username, String action, @Nullable Message details) {
        recordIn(committees.orOnly(accountCommittee), username, action, details);
    }

    private void recordIn(@Nullable Long committee, String username, String action, @Nullable Message details) {
        String parameters = details == null ? null : cut(AuditDetails.parameters(details), DETAILS_LENGTH);
        events.save(new AuditEvent(committee, clock.instant(), cut(username, USERNAME_LENGTH), action,
                details == null ? null : details.key(), parameters));
    }

    /**
     * A failed sign-in: whatever was typed as the username (cut to the column), the client's address, the reason (a
     * message: never the exception's own name).
     * Failures for names that are no account are kept apart ({@value #UNKNOWN_USER_FAILURE}): a flood of guesses is
     * shown as one line.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignInFailure(String typedUsername, Optional<Long> accountCommittee, boolean accountExists,
                                    String client, Message reason) {
        recordForAccount(accountCommittee.orElse(null), typedUsername == null || typedUsername.isBlank() ? "?" : typedUsername,
                accountExists ? "SIGN_IN_FAILED" : UNKNOWN_USER_FAILURE, new Message("audit.details.sign-in-failed", client, reason));
    }

    /** Records an action by whoever is signed in in this thread. */
    @Transactional
    public void recordByCurrentUser(String action, @Nullable Message details) {
        recordIn(committees.ofWorkNow(), currentUsername(), action, details);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    @EventListener
    @Transactional
    void onDataChanged(DataChanged change) {
        recordByCurrentUser("DATA_" + change.what().toUpperCase().replace('-', '_'), change.details());
    }

    /** The latest entries of the page's committees, newest first. */
    public List<AuditEntry> latest(int count) {
        AuditCommittees.Reach reach = committees.readable(null);
        return events.latest(reach.everywhere(), reach.committees(), Limit.of(count))
                .stream().map(AuditEvent::toEntry).toList();
    }

    /**
     * A page of the audit log, newest first, from {@code olderThan} (null: the newest) on. A run of failed sign-ins
     * for names that are no account is one line however long it is, so a flood of guesses cannot bury the rest. Only
     * the events of the committees the page covers are read (narrowed to the filter's committee).
     */
    public AuditPage page(AuditFilter filter, @Nullable Long olderThan, int lines) {
        String username = filter.username() == null || filter.username().isBlank() ? null
                : "%" + filter.username().trim().toLowerCase(Locale.ROOT) + "%";
        String action = filter.action() == null || filter.action().isBlank() ? null : filter.action();
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        AuditCommittees.Reach reach = committees.readable(filter.committee());
        List<AuditLine> page = new ArrayList<>();
        long before = olderThan == null ? Long.MAX_VALUE : olderThan;
        while (true) {
            List<AuditEvent> chunk = events.page(before, reach.everywhere(), reach.committees(), username, action, from, to, Limit.of(CHUNK));
            for (AuditEvent event : chunk) {
                AuditLine line = event.toLine();
                AuditLine last = page.isEmpty() ? null : page.getLast();
                if (last != null && UNKNOWN_USER_FAILURE.equals(last.action()) && UNKNOWN_USER_FAILURE.equals(line.action())) {
                    page.set(page.size() - 1, new AuditLine(last.occurredAt(), line.occurredAt(), last.username(),
                            last.action(), last.details(), last.count() + 1, last.committeeId()));
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

    /** Every action the page's committees' log holds, for choosing one. */
    public List<String> actions() {
        AuditCommittees.Reach reach = committees.readable(null);
        return events.actions(reach.everywhere(), reach.committees());
    }

    /** The committees the page may narrow its log to (a province's communes), by code; none for a single committee. */
    public List<CommitteeNode> committees() {
        return committees.choices();
    }

    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}

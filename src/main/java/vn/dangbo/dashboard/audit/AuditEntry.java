package vn.dangbo.dashboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/** Who did what, when, and the committee it concerns (null: none); the details a message. */
public record AuditEntry(Instant occurredAt, String username, String action, Message message, @Nullable Long committeeId) {

    /** The details in Vietnamese, the application's own language (the log's, the command line's). */
    public String details() {
        return message.vietnamese();
    }
}

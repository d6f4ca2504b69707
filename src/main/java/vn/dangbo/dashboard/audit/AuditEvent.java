package vn.dangbo.dashboard.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/** One line of the audit log. */
@Entity
class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String username;
    private String action;
    /** The details' message key; null for a line kept before details had keys (its details are its text). */
    private @Nullable String detailKey;
    /** The details' parameters ({@link AuditDetails}). */
    private @Nullable String details;
    /** The committee the event concerns; null for one that could not be placed (seen only deployment-wide). */
    private @Nullable Long committeeId;

    protected AuditEvent() {
    }

    AuditEvent(@Nullable Long committeeId, Instant occurredAt, String username, String action, @Nullable String detailKey, @Nullable String details) {
        this.detailKey = detailKey;
        this.committeeId = committeeId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.details = details;
    }

    private Message details() {
        return AuditDetails.read(detailKey, details);
    }

    Long getId() {
        return id;
    }

    AuditLine toLine() {
        return new AuditLine(occurredAt, occurredAt, username, action, details(), 1, committeeId);
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, username, action, details(), committeeId);
    }
}

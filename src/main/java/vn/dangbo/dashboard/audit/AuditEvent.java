package vn.dangbo.dashboard.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the audit log. */
@Entity
class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String username;
    private String action;
    private String details;
    /** The committee the event concerns; null for one that could not be placed (seen only deployment-wide). */
    private Long committeeId;

    protected AuditEvent() {
    }

    AuditEvent(Long committeeId, Instant occurredAt, String username, String action, String details) {
        this.committeeId = committeeId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.details = details;
    }

    Long getId() {
        return id;
    }

    AuditLine toLine() {
        return new AuditLine(occurredAt, occurredAt, username, action, details, 1, committeeId);
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, username, action, details, committeeId);
    }
}

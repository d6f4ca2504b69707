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

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, String details) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.details = details == null || details.length() <= 500 ? details : details.substring(0, 500);
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, username, action, details);
    }
}

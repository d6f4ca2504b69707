package vn.dangbo.dashboard.audit;

import java.time.Instant;

/** Who did what, when. */
public record AuditEntry(Instant occurredAt, String username, String action, String details) {
}

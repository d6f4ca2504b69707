package vn.dangbo.dashboard.audit;

import java.time.Instant;

/** Who did what, when, and the committee it concerns (null: none). */
public record AuditEntry(Instant occurredAt, String username, String action, String details, Long committeeId) {
}

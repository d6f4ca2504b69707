package vn.dangbo.dashboard.audit;

import java.time.Instant;

/**
 * One line of the audit view: one event, or a run of failed sign-ins for names that are no account, shown together
 * ({@code count} of them from {@code firstAt} to {@code occurredAt}; {@code username} the last name typed), and the
 * committee it concerns (null: none).
 */
public record AuditLine(Instant occurredAt, Instant firstAt, String username, String action, String details, int count,
                        Long committeeId) {
}

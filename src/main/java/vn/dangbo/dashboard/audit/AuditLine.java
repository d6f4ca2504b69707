package vn.dangbo.dashboard.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * One line of the audit view: one event, or a run of failed sign-ins for names that are no account, shown together
 * ({@code count} of them from {@code firstAt} to {@code occurredAt}; {@code username} the last name typed), and the
 * committee it concerns (null: none). Its details are a message, shown in the reader's language.
 */
public record AuditLine(Instant occurredAt, Instant firstAt, String username, String action, Message details, int count,
                        @Nullable Long committeeId) {
}

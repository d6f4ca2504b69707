package vn.dangbo.dashboard.audit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * An audit line's details as they are kept: the message key in a column of its own, its parameters in the details
 * column, each a text, separated by a control character no form lets through (removed from the data if it came with
 * it). A parameter that is itself a message (a role's name, a reason) is kept by its key and rendered in the reader's
 * language too. A line kept before details had keys shows its text as it was written.
 */
final class AuditDetails {
    static final String AS_WRITTEN = "audit.details.text";
    private static final char SEPARATOR = '\u001F';
    private static final char NESTED = '\u0002';

    private AuditDetails() {
    }

    static String parameters(Message details) {
        return Arrays.stream(details.parameters())
                .map(p -> p instanceof Message nested ? NESTED + nested.key() : clean(String.valueOf(p)))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    static Message read(@Nullable String key, @Nullable String parameters) {
        if (key == null) {
            return new Message(AS_WRITTEN, parameters == null ? "" : parameters);
        }
        if (parameters == null || parameters.isEmpty()) {
            return new Message(key);
        }
        Object[] values = Arrays.stream(parameters.split(String.valueOf(SEPARATOR), -1))
                .map(p -> !p.isEmpty() && p.charAt(0) == NESTED ? new Message(p.substring(1)) : p)
                .toArray();
        return new Message(key, values);
    }

    private static String clean(String text) {
        return text.replace(SEPARATOR, ' ').replace(NESTED, ' ');
    }
}

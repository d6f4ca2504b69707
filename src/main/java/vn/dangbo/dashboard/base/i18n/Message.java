package vn.dangbo.dashboard.base.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.context.MessageSourceResolvable;

/**
 * A text for a person, as a message key and its parameters, rendered in the reader's language where it is shown
 * ({@code getTranslation(message.key(), message.parameters())}). A parameter may itself be a message (a column's
 * label, a level's name); it is rendered in the same language. {@link #vietnamese()} is the application's own
 * language, for the log and the command line.
 */
public record Message(String key, Object... parameters) implements MessageSourceResolvable {
    private static final Locale VIETNAMESE = Locale.of("vi");

    public Message {
        parameters = parameters.clone();
    }

    @Override
    public Object[] parameters() {
        return parameters.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return parameters();
    }

    /** The text in Vietnamese; the key itself when the bundle has no such key. */
    public String vietnamese() {
        try {
            String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString(key);
            Object[] rendered = Arrays.stream(parameters)
                    .map(p -> p instanceof Message message ? message.vietnamese() : p).toArray();
            return parameters.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(rendered);
        } catch (MissingResourceException noText) {
            return key;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message that && key.equals(that.key) && Arrays.equals(parameters, that.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(parameters);
    }
}

package vn.dangbo.dashboard.base.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule refused something a person asked for; nothing was changed. It carries a message key and its parameters,
 * which a view shows in the reader's language ({@code getTranslation(key(), parameters())}). {@link #getMessage()}
 * is the Vietnamese text, the application's own language, for the log and the command line.
 */
public class Refusal extends RuntimeException {
    private static final Locale VIETNAMESE = Locale.of("vi");
    private final String key;
    private final transient Object[] parameters;

    public Refusal(String key, Object... parameters) {
        super(key);
        this.key = key;
        this.parameters = parameters.clone();
    }

    public String key() {
        return key;
    }

    public Object[] parameters() {
        return parameters.clone();
    }

    @Override
    public String getMessage() {
        try {
            String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString(key);
            return new MessageFormat(pattern, VIETNAMESE).format(parameters);
        } catch (MissingResourceException noText) {
            return key;
        }
    }
}

package vn.dangbo.dashboard.base.i18n;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation's messages from the application's own bundles, in the form's language: a constraint's message
 * {@code "{member.code.required}"} is that key of messages.properties (Vietnamese) or messages_en.properties.
 * Named in META-INF/validation.xml, so the forms' binders use it too. Other messages go to Hibernate's own.
 */
public class BundleMessageInterpolator implements MessageInterpolator {
    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final MessageInterpolator others = new ResourceBundleMessageInterpolator();

    /** The message key a constraint's message names, or null when it names none. */
    public static @Nullable String keyOf(String template) {
        Matcher matcher = KEY.matcher(template);
        return matcher.matches() ? matcher.group(1) : null;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, AppLocales.VIETNAMESE);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        String key = keyOf(template);
        if (key != null) {
            try {
                return ResourceBundle.getBundle("messages", AppLocales.supported(locale), NO_FALLBACK).getString(key);
            } catch (MissingResourceException notOurs) {
                // a constraint's own message, such as Hibernate's
            }
        }
        return others.interpolate(template, context, locale);
    }
}

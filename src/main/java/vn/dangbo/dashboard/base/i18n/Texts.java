package vn.dangbo.dashboard.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/** The bundle's texts and the locale's number formats for classes that build views but are not components. */
public final class Texts {
    private final Locale locale;
    private final I18NProvider i18n;

    public Texts(Locale locale) {
        this.locale = locale;
        this.i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** A message in the reader's language, a message among its parameters in it too. */
    public String t(Message message) {
        Object[] parameters = java.util.Arrays.stream(message.parameters())
                .map(p -> p instanceof Message inner ? t(inner) : p).toArray();
        return t(message.key(), parameters);
    }

    public String n(long value) {
        return Formats.number(value, locale);
    }

    /** A share from 0 to 1 with one decimal: "12,5%". */
    public String pct(double share) {
        return Formats.percent(share, locale);
    }
}

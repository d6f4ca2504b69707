package vn.dangbo.dashboard.base.i18n;

import java.util.List;
import java.util.Locale;

/** Vietnamese first (vi-VN: decimal comma, dd/MM/yyyy), English second. */
public final class AppLocales {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private AppLocales() {
    }

    /** The supported locale for a language, Vietnamese for any other. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}

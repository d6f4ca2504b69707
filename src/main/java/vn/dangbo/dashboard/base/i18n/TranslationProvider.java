package vn.dangbo.dashboard.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Every label comes from messages.properties (Vietnamese) or messages_en.properties (English). */
@Component
class TranslationProvider implements I18NProvider {
    private final MessageSource messages;

    TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, AppLocales.supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}

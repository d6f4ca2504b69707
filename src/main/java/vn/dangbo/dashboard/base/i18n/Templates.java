package vn.dangbo.dashboard.base.i18n;

import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A bundle's message formatted into runs that say which parameter each stretch came from, so that a figure inside a
 * sentence can become a link while the sentence stays the translator's template (choice formats included: "{1,choice,
 * 1#member|1<members}"). The message is formatted with {@link MessageFormat} in the supported locale, as every other
 * label; a message without parameters is its text as written (apostrophes single).
 */
@Component
public class Templates {
    private final MessageSource messages;

    Templates(MessageSource messages) {
        this.messages = messages;
    }

    public List<TextRun> runs(String key, Locale locale, Object... params) {
        Locale supported = AppLocales.supported(locale);
        String pattern = messages.getMessage(key, null, null, supported);
        if (pattern == null) {
            return List.of(new TextRun("!" + key, TextRun.LITERAL));
        }
        if (params.length == 0) {
            return List.of(new TextRun(pattern, TextRun.LITERAL));
        }
        AttributedCharacterIterator text = new MessageFormat(pattern, supported).formatToCharacterIterator(params);
        List<TextRun> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c = text.first(); c != CharacterIterator.DONE; ) {
            Object argument = text.getAttribute(MessageFormat.Field.ARGUMENT);
            int end = text.getRunLimit(MessageFormat.Field.ARGUMENT);
            run.setLength(0);
            while (text.getIndex() < end) {
                run.append(c);
                c = text.next();
            }
            runs.add(new TextRun(run.toString(), argument instanceof Integer index ? index : TextRun.LITERAL));
        }
        return runs;
    }

    /** The runs as one string. */
    public String text(String key, Locale locale, Object... params) {
        StringBuilder text = new StringBuilder();
        runs(key, locale, params).forEach(run -> text.append(run.text()));
        return text.toString();
    }
}

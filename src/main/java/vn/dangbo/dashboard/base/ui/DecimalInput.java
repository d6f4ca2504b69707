package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;

/**
 * A number typed as the figures beside it are written: "5.350" and "48,5" in Vietnamese ("5,350" and "48.5" in
 * English), so that the input and the target it is compared with read alike. A number in the other notation ("3.1"
 * in Vietnamese, which would read as thirty-one) is no number here: the caller says how to write it.
 */
public class DecimalInput extends TextField {
    private final Locale locale;

    public DecimalInput(Locale locale) {
        this.locale = locale;
        setAllowedCharPattern("[0-9.,\\-]");
    }

    /** Shows a number as the locale writes it; null empties the field. */
    public void setDecimal(@Nullable BigDecimal number) {
        setValue(number == null ? "" : Formats.decimal(number, locale));
    }

    /** The number typed, if it is one written in the locale's way; empty for blank or anything else. */
    public Optional<BigDecimal> getDecimal() {
        return parse(getValue(), locale);
    }

    /** {@code text} as a number written in the locale's way; empty for anything else. */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        String typed = text == null ? "" : text.strip();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String group = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
        if (!typed.matches("-?(\\d{1,3}(" + group + "\\d{3})+|\\d+)(" + decimal + "\\d+)?")) {
            return Optional.empty();
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(typed, position);
        return parsed == null || position.getIndex() != typed.length() ? Optional.empty() : Optional.of((BigDecimal) parsed);
    }
}

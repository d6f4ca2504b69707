package vn.dangbo.dashboard.base.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers as the locale writes them: "12,5%" and "1.234" in Vietnamese, "12.5%" and "1,234" in English. */
public final class Formats {

    private Formats() {
    }

    /** A share from 0 to 1 as a percentage with at most one decimal: 0.125 → "12,5%", 1.2 → "120%". */
    public static String percent(double share, Locale locale) {
        return decimal(locale, "#,##0.#").format(share * 100) + "%";
    }

    /** The same with its decimal always written, for a column of figures read down: 1 → "100,0%". */
    public static String percentAligned(double share, Locale locale) {
        return decimal(locale, "#,##0.0").format(share * 100) + "%";
    }

    /** A share as a whole percentage, e.g. 0.853 → "85%". */
    public static String wholePercent(double share, Locale locale) {
        return decimal(locale, "#,##0").format(share * 100) + "%";
    }

    /** A figure with its unit: "%" follows it directly ("11,2%"), a word after a space ("48,5 triệu đồng"). */
    public static String withUnit(String figure, String unit) {
        if (unit == null || unit.isBlank()) {
            return figure;
        }
        return unit.trim().equals("%") ? figure + "%" : figure + " " + unit.trim();
    }

    public static String number(long value, Locale locale) {
        return decimal(locale, "#,##0").format(value);
    }

    /** A decimal number with at most two decimals, e.g. 48.5 → "48,5". */
    public static String decimal(Number value, Locale locale) {
        return decimal(locale, "#,##0.##").format(value);
    }

    /** A difference of two shares in percentage points with its sign, e.g. 0.019 → "+1,9". */
    public static String points(double difference, Locale locale) {
        return decimal(locale, "+#,##0.0;-#,##0.0").format(difference * 100);
    }

    /** A date as dd/MM/yyyy, the way both locales here write it. */
    public static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static NumberFormat decimal(Locale locale, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(AppLocales.supported(locale)));
    }
}

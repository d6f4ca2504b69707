package vn.dangbo.dashboard.base.table;

import java.util.regex.Pattern;

/**
 * Keeps text from the data from running as a formula when an exported file is opened in Excel (OWASP's "CSV
 * injection"): a text that starts with {@code = + - @}, a tab or a carriage return — after any apostrophes — is
 * written to CSV with an apostrophe before it, which Excel shows as text; numbers stay numbers. Reading a CSV takes
 * exactly that apostrophe off again, so an exported file imports back unchanged. (In a workbook such a text is a
 * text cell marked "quote prefixed", its value unchanged.)
 */
public final class SpreadsheetFormulas {
    private static final Pattern RISKY = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)*%?");

    private SpreadsheetFormulas() {
    }

    /** Whether Excel could read this text as a formula. */
    public static boolean risky(String text) {
        return text != null && RISKY.matcher(text).matches() && !NUMBER.matcher(text).matches();
    }

    /** The text as it is written into a CSV file. */
    public static String neutralise(String text) {
        return risky(text) ? "'" + text : text;
    }

    /** The text a CSV file's value stands for: {@link #neutralise} undone. */
    public static String restore(String value) {
        return value.startsWith("'") && risky(value.substring(1)) ? value.substring(1) : value;
    }
}

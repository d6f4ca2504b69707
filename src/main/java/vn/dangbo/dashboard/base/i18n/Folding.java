package vn.dangbo.dashboard.base.i18n;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a search compares it: without diacritics, "đ" as "d", in lower case — "Ngô Văn Tâm" is found by
 * "ngo van tam". {@link #ACCENTED} and {@link #PLAIN} let a database do the same with its {@code translate}
 * function on text it holds in lower case (PostgreSQL and H2 both have it).
 */
public final class Folding {
    /** Every lower-case Latin letter with a diacritic, Vietnamese's included. */
    public static final String ACCENTED;
    /** Each of {@link #ACCENTED}'s letters without it, in the same order. */
    public static final String PLAIN;

    static {
        StringBuilder accented = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (char c = '\u00C0'; c <= '\u1EF9'; c++) {
            String letter = String.valueOf(c);
            if (Character.isLowerCase(c)) {
                String folded = fold(letter);
                if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
                    accented.append(c);
                    plain.append(folded);
                }
            }
        }
        ACCENTED = accented.toString();
        PLAIN = plain.toString();
    }

    private Folding() {
    }

    /** The text without diacritics, "đ" as "d", in lower case; null as "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} contains {@code query}, both folded. */
    public static boolean contains(String text, String query) {
        return fold(text).contains(fold(query));
    }
}

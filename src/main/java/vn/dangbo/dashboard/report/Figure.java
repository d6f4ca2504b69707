package vn.dangbo.dashboard.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a report sentence: a figure from the data (with the view it came from), a year, a text from the
 * data (a name: shown as text, never as markup), a bundle word, a number that only chooses a plural form, or a
 * nested sentence or list of sentences (the template decides where they go; code never joins words).
 */
public record Figure(Kind kind, Object value, @Nullable Source source) {

    public enum Kind {
        /** A whole number: "1.234". */
        COUNT,
        /** A share from 0 to 1: "12,5%". */
        SHARE,
        /** A share as a whole percentage: "85%". */
        WHOLE_SHARE,
        /** A difference of shares, without its sign (the template says up or down): "2,1". */
        POINTS,
        /** An amount with its unit: "48,5 triệu đồng", "11,2%". */
        MEASURE,
        /** A year, without grouping: "2019". */
        YEAR,
        /** A text from the data. */
        TEXT,
        /** A bundle key, translated. */
        WORD,
        /** A number for a choice format ("{1,choice,1#member|1<members}"), not a figure of its own. */
        PLURAL,
        /** A sentence inside the sentence. */
        SENTENCE,
        /** Sentences inside the sentence, separated by the bundle's {@code report.list.separator}. */
        LIST
    }

    /** A number a table aligns to the right. */
    public boolean numeric() {
        return switch (kind) {
            case COUNT, SHARE, WHOLE_SHARE, POINTS, MEASURE, YEAR -> true;
            default -> false;
        };
    }

    public static Figure count(long value, @Nullable Source source) {
        return new Figure(Kind.COUNT, value, source);
    }

    public static Figure count(long value) {
        return count(value, null);
    }

    public static Figure share(double value, @Nullable Source source) {
        return new Figure(Kind.SHARE, value, source);
    }

    public static Figure wholeShare(double value, Source source) {
        return new Figure(Kind.WHOLE_SHARE, value, source);
    }

    public static Figure points(double difference) {
        return new Figure(Kind.POINTS, Math.abs(difference), null);
    }

    /** An amount and the unit it is counted in (null or blank: none). */
    public record Measure(java.math.BigDecimal amount, String unit) {
    }

    public static Figure measure(java.math.BigDecimal amount, String unit) {
        return new Figure(Kind.MEASURE, new Measure(amount, unit), null);
    }

    public static Figure year(int year) {
        return new Figure(Kind.YEAR, year, null);
    }

    public static Figure text(String text) {
        return new Figure(Kind.TEXT, text == null ? "" : text, null);
    }

    public static Figure text(String text, Source source) {
        return new Figure(Kind.TEXT, text == null ? "" : text, source);
    }

    public static Figure word(String key) {
        return new Figure(Kind.WORD, key, null);
    }

    public static Figure plural(long value) {
        return new Figure(Kind.PLURAL, value, null);
    }

    public static Figure sentence(Sentence sentence) {
        return new Figure(Kind.SENTENCE, sentence, null);
    }

    public static Figure list(List<Sentence> items) {
        return new Figure(Kind.LIST, List.copyOf(items), null);
    }
}

package vn.dangbo.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Templates;
import vn.dangbo.dashboard.base.i18n.TextRun;

/**
 * The report's sentences in one language: each sentence as pieces of text, those that are figures carrying the view
 * they came from (the screen links them; the document does not). Figures are formatted as the locale writes them.
 */
public final class ReportText {
    /** Where a nested sentence or list goes in its parent's formatted text, until it is replaced by its own pieces. */
    private static final String NESTED = "\uFFFC";
    private final Templates templates;
    private final Locale locale;

    /** A stretch of a sentence; {@code source} is the view a figure came from, null for the template's own words. */
    public record Piece(String text, @Nullable Source source) {
    }

    public ReportText(Templates templates, Locale locale) {
        this.templates = templates;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public List<Piece> pieces(Sentence sentence) {
        List<Figure> figures = sentence.figures();
        Object[] params = figures.stream().map(this::param).toArray();
        List<Piece> pieces = new ArrayList<>();
        for (TextRun run : templates.runs(sentence.key(), locale, params)) {
            Figure figure = run.literal() ? null : figures.get(run.argument());
            if (figure == null) {
                pieces.add(new Piece(run.text(), null));
            } else if (figure.kind() == Figure.Kind.SENTENCE) {
                pieces.addAll(pieces((Sentence) figure.value()));
            } else if (figure.kind() == Figure.Kind.LIST) {
                List<?> items = (List<?>) figure.value();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        pieces.add(new Piece(templates.text("report.list.separator", locale), null));
                    }
                    pieces.addAll(pieces((Sentence) items.get(i)));
                }
            } else {
                pieces.add(new Piece(run.text(), figure.kind() == Figure.Kind.PLURAL ? null : figure.source()));
            }
        }
        return pieces;
    }

    /** The sentence as plain text. */
    public String plain(Sentence sentence) {
        StringBuilder text = new StringBuilder();
        pieces(sentence).forEach(piece -> text.append(piece.text()));
        return text.toString();
    }

    /** A figure alone, as a table cell shows it (shares with their decimal, to be read down a column). */
    public String figure(Figure figure) {
        return switch (figure.kind()) {
            case SENTENCE -> plain((Sentence) figure.value());
            case SHARE -> Formats.percentAligned((Double) figure.value(), locale);
            default -> String.valueOf(param(figure));
        };
    }

    /** A label of the report's own: a bundle message with plain parameters. */
    public String label(String key, Object... params) {
        return templates.text(key, locale, params);
    }

    private Object param(Figure figure) {
        return switch (figure.kind()) {
            case COUNT -> Formats.number((Long) figure.value(), locale);
            case SHARE -> Formats.percent((Double) figure.value(), locale);
            case WHOLE_SHARE -> Formats.wholePercent((Double) figure.value(), locale);
            case POINTS -> Formats.decimal(BigDecimal.valueOf((Double) figure.value() * 100).setScale(1,
                    java.math.RoundingMode.HALF_UP), locale);
            case MEASURE -> measure((Figure.Measure) figure.value());
            case YEAR -> String.valueOf(figure.value());
            case TEXT -> figure.value();
            case WORD -> templates.text((String) figure.value(), locale);
            case PLURAL -> figure.value();
            case SENTENCE, LIST -> NESTED;
        };
    }

    private String measure(Figure.Measure measure) {
        return measure.amount() == null ? "—" : Formats.withUnit(Formats.decimal(measure.amount(), locale), measure.unit());
    }
}

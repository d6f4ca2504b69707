package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;

/**
 * A figure's change from the previous comparable period: an arrow and the difference, green when the change is good,
 * red when it is bad, grey when it is neither; the previous value in the tooltip and in the words a screen reader
 * reads. A link, when given, lists who the change concerns (who is new at a level).
 */
public final class Change {
    /** Which way a figure is better. */
    public enum Better {
        UP, DOWN, NEITHER
    }

    private Change() {
    }

    /** The way a figure is better from its sign: 1 a rise, -1 a fall, 0 neither. */
    public static Better of(int betterWhen) {
        return betterWhen > 0 ? Better.UP : betterWhen < 0 ? Better.DOWN : Better.NEITHER;
    }

    /**
     * @param previousText the previous value with its period, "Năm 2018: 80"
     * @param link         what the change concerns, or null
     */
    public static Span of(long now, long before, Better better, String previousText, @Nullable String link, Locale locale) {
        long difference = now - before;
        String arrow = difference > 0 ? "▲" : difference < 0 ? "▼" : "=";
        String figure = difference == 0 ? arrow + " 0"
                : arrow + " " + (difference > 0 ? "+" : "−") + Formats.number(Math.abs(difference), locale);
        Span change = new Span();
        if (link == null) {
            change.setText(figure);
        } else {
            change.add(new Anchor(link, figure));
        }
        change.addClassNames("change-figure", "change-" + tone(difference, better));
        change.getElement().setAttribute("title", previousText);
        change.getElement().setAttribute("aria-label", figure + " (" + previousText + ")");
        return change;
    }

    private static String tone(long difference, Better better) {
        if (difference == 0 || better == Better.NEITHER) {
            return "neutral";
        }
        return (difference > 0) == (better == Better.UP) ? "good" : "bad";
    }
}

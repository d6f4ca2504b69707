package vn.dangbo.dashboard.ratings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.ui.Change;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;

/**
 * A year's ratings as a small table: count, share of those rated, share of the headcount, per level. Given a link
 * per level, each level's name leads to the list of its members.
 */
public class RatingTable extends Div {

    public RatingTable(String id, RatingDistribution ratings, Locale locale) {
        this(id, ratings, locale, null);
    }

    /** A share of nothing is no figure at all: not "0,0%". */
    private static final String NO_DATA = "—";

    public RatingTable(String id, RatingDistribution ratings, Locale locale, @Nullable Function<RatingLevel, String> levelLink) {
        this(id, ratings, null, locale, levelLink, null);
    }

    /**
     * With the previous year ({@code previous}, or null), a column of each level's change from it: a rise in HTXS and
     * HTT is good, in KHTNV bad, in HTNV neither; the change links to those new at the level ({@code newLink}).
     */
    public RatingTable(String id, RatingDistribution ratings, @Nullable RatingDistribution previous, Locale locale,
                       @Nullable Function<RatingLevel, String> levelLink, @Nullable Function<RatingLevel, String> newLink) {
        setId(id);
        addClassName("rating-table");
        Div head = addRow("head", getTranslation("table.level"), getTranslation("table.count"),
                getTranslation("table.share-of-rated"), getTranslation("table.share-of-headcount"));
        if (previous != null) {
            head.add(new Span(getTranslation("table.change", String.valueOf(previous.year()))));
        }
        for (RatingLevel level : RatingLevel.values()) {
            long count = ratings.count(level);
            String name = getTranslation("rating.short." + level) + " – " + getTranslation("rating.level." + level);
            Div row = addRow(level.name(), Formats.number(count, locale),
                    ratings.rated() == 0 ? NO_DATA : Formats.percentAligned(ratings.shareOfRated(count), locale),
                    ratings.headcount() == 0 ? NO_DATA : Formats.percentAligned(ratings.shareOfHeadcount(count), locale));
            row.addComponentAsFirst(levelLink == null ? new Span(name) : new Anchor(levelLink.apply(level), name));
            if (previous != null) {
                row.add(Change.of(count, previous.count(level), better(level),
                        getTranslation("table.change.previous", String.valueOf(previous.year()),
                                Formats.number(previous.count(level), locale)),
                        newLink == null || count == 0 ? null : newLink.apply(level), locale));
            }
        }
    }

    /** Which way a level's count is better. */
    static Change.Better better(RatingLevel level) {
        return Change.of(level.betterWhen());
    }

    private Div addRow(String key, String... cells) {
        Div row = new Div();
        row.addClassName("rating-row");
        row.getElement().setAttribute("data-row", key);
        for (String cell : cells) {
            row.add(new Span(cell));
        }
        add(row);
        return row;
    }
}

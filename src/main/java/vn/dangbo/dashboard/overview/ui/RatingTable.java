package vn.dangbo.dashboard.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.ratings.RatingDistribution;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** A year's ratings as a small table: count, share of those rated, share of the headcount, per level. */
class RatingTable extends Div {

    RatingTable(String id, RatingDistribution ratings, Locale locale) {
        setId(id);
        addClassName("rating-table");
        addRow("head", getTranslation("table.level"), getTranslation("table.count"),
                getTranslation("table.share-of-rated"), getTranslation("table.share-of-headcount"));
        for (RatingLevel level : RatingLevel.values()) {
            long count = ratings.count(level);
            addRow(level.name(), getTranslation("rating.short." + level) + " – " + getTranslation("rating.level." + level),
                    Formats.number(count, locale), Formats.percent(ratings.shareOfRated(count), locale),
                    Formats.percent(ratings.shareOfHeadcount(count), locale));
        }
    }

    private void addRow(String key, String... cells) {
        Div row = new Div();
        row.addClassName("rating-row");
        row.getElement().setAttribute("data-row", key);
        for (String cell : cells) {
            row.add(new Span(cell));
        }
        add(row);
    }
}

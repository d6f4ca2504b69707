package vn.dangbo.dashboard.ratings.ui;

import vn.dangbo.dashboard.base.Today;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.ratings.NotRatedReason;
import vn.dangbo.dashboard.ratings.RatingException;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** Entering one year's rating of a member or a cell: a level (and score), or why there is none. */
public class RatingEntry extends Div {

    /** What saving does: records the rating and returns the warnings to show. */
    @FunctionalInterface
    public interface Save {
        List<Message> record(int year, RatingLevel level, BigDecimal score, NotRatedReason reason, boolean exemplary);
    }

    private final IntegerField year;

    /**
     * The year a rating entered now is most likely for: the year ending in December, when the year-end review is
     * held; the year before in the other months.
     */
    public static int yearToRate(java.time.LocalDate today) {
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    /** Opens on the year the page shows. */
    public RatingEntry showYear(int shown) {
        year.setValue(shown);
        return this;
    }

    /** @param savedText what is said after saving, for the year saved */
    public RatingEntry(String id, String title, IntFunction<String> savedText, Save save) {
        setId(id);
        addClassName("form-section");
        IntegerField year = new IntegerField(getTranslation("members.rating-year"));
        year.setId(id + "-year");
        year.setValue(yearToRate(Today.inVietnam()));
        this.year = year;
        Select<RatingLevel> level = new Select<>();
        level.setId(id + "-level");
        level.setLabel(getTranslation("members.rating-level"));
        level.setItems(RatingLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("rating.short." + l) + " – " + getTranslation("rating.level." + l));
        level.setEmptySelectionAllowed(true);
        BigDecimalField score = new BigDecimalField(getTranslation("members.rating-score"));
        score.setId(id + "-score");
        Select<NotRatedReason> reason = new Select<>();
        reason.setId(id + "-reason");
        reason.setLabel(getTranslation("members.rating-reason"));
        reason.setItems(NotRatedReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("rating.not-rated." + r));
        reason.setEmptySelectionAllowed(true);
        Checkbox exemplary = new Checkbox(getTranslation("members.rating-exemplary"));
        exemplary.setId(id + "-exemplary");
        exemplary.setEnabled(false);
        level.addValueChangeListener(e -> {
            exemplary.setEnabled(e.getValue() == RatingLevel.OUTSTANDING);
            if (e.getValue() != RatingLevel.OUTSTANDING) {
                exemplary.setValue(false);
            }
        });
        Paragraph message = new Paragraph();
        message.setId(id + "-message");
        Button button = new Button(getTranslation("members.rating-save"), e -> {
            if (year.getValue() == null) {
                message.setText(getTranslation("members.rating-year-required"));
                return;
            }
            try {
                List<Message> warnings = save.record(year.getValue(), level.getValue(), score.getValue(), reason.getValue(),
                        exemplary.getValue());
                StringBuilder text = new StringBuilder(savedText.apply(year.getValue()));
                warnings.forEach(w -> text.append(' ').append(getTranslation(w.key(), w.parameters())));
                message.setText(text.toString());
            } catch (RatingException refused) {
                message.setText(getTranslation(refused.key(), refused.parameters()));
            }
        });
        button.setId(id + "-save");
        add(new H3(title), year, level, score, exemplary, reason, button, message);
    }
}

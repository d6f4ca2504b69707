package vn.dangbo.dashboard.organisation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.ui.Paragraphs;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** The term and year selectors at the top of a dashboard, with any message about what the URL asked for. */
public class PeriodFilter extends Div {
    private final Div selectors;

    /**
     * @param onChange told the new term and year (null: the term's default year) when the user picks another
     * @param withYear whether the view has a year to choose
     */
    public PeriodFilter(List<TermPeriod> terms, PeriodSelection selection, boolean withYear,
                        BiConsumer<TermPeriod, Integer> onChange) {
        this(terms, selection.term(), withYear ? selection.year() : null, withYear, false, onChange);
        for (PeriodSelection.Message message : selection.messages()) {
            add(Paragraphs.notice(getTranslation(message.key(), message.params())));
        }
    }

    private PeriodFilter(List<TermPeriod> terms, TermPeriod shown, @Nullable Integer shownYear, boolean withYear, boolean wholeTerm,
                         BiConsumer<TermPeriod, Integer> onChange) {
        addClassName("period-filter");
        Select<TermPeriod> term = new Select<>();
        term.setId("period-term");
        term.setLabel(getTranslation("period.term"));
        term.setItems(terms);
        term.setItemLabelGenerator(PeriodSelection::display);
        term.setValue(shown);
        term.addValueChangeListener(e -> onChange.accept(e.getValue(), null));
        Div selectors = new Div(term);
        selectors.addClassName("period-selectors");
        if (withYear) {
            Select<Integer> year = new Select<>();
            year.setId("period-year");
            year.setLabel(getTranslation("period.year"));
            if (wholeTerm) {
                year.setEmptySelectionAllowed(true);
                year.setEmptySelectionCaption(getTranslation("period.whole-term"));
            }
            year.setItems(new PeriodSelection(shown, shown.endYear(), List.of()).years());
            year.setItemLabelGenerator(y -> y == null ? getTranslation("period.whole-term") : String.valueOf(y));
            year.setValue(shownYear);
            year.addValueChangeListener(e -> onChange.accept(shown, e.getValue()));
            selectors.add(year);
        }
        this.selectors = selectors;
        add(selectors);
    }

    /**
     * The term, and one of its years or (no year, "Cả nhiệm kỳ") the whole term, for a view that covers either (the
     * report). {@code onChange} is told the term and the year, null for the whole term.
     */
    public static PeriodFilter yearOrWholeTerm(List<TermPeriod> terms, TermPeriod term, @Nullable Integer year,
                                               BiConsumer<TermPeriod, Integer> onChange) {
        return new PeriodFilter(terms, term, year, true, true, onChange);
    }

    /** Adds a selector beside the term and year, such as the cell a dashboard looks at, and its lens's notice. */
    public PeriodFilter with(CellPicker picker, CellLens lens) {
        selectors.add(picker);
        CellPicker.unknownNotice(lens).ifPresent(this::add);
        return this;
    }
}

package vn.dangbo.dashboard.organisation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
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
        addClassName("period-filter");
        Select<TermPeriod> term = new Select<>();
        term.setId("period-term");
        term.setLabel(getTranslation("period.term"));
        term.setItems(terms);
        term.setItemLabelGenerator(PeriodSelection::display);
        term.setValue(selection.term());
        term.addValueChangeListener(e -> onChange.accept(e.getValue(), null));
        Div selectors = new Div(term);
        selectors.addClassName("period-selectors");
        if (withYear) {
            Select<Integer> year = new Select<>();
            year.setId("period-year");
            year.setLabel(getTranslation("period.year"));
            year.setItems(selection.years());
            year.setItemLabelGenerator(String::valueOf);
            year.setValue(selection.year());
            year.addValueChangeListener(e -> onChange.accept(selection.term(), e.getValue()));
            selectors.add(year);
        }
        this.selectors = selectors;
        add(selectors);
        for (PeriodSelection.Message message : selection.messages()) {
            Paragraph notice = new Paragraph(getTranslation(message.key(), message.params()));
            notice.addClassName("page-notice");
            add(notice);
        }
    }

    /** Adds a selector beside the term and year, such as the cell a dashboard looks at, and its lens's notice. */
    public PeriodFilter with(CellPicker picker, CellLens lens) {
        selectors.add(picker);
        CellPicker.unknownNotice(lens).ifPresent(this::add);
        return this;
    }
}

package vn.dangbo.dashboard.statistics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.statistics.FilledForm;
import vn.dangbo.dashboard.statistics.FormHeading;

/**
 * A filled form in its printed shape: the header block (the committee above and this one; the form's number and
 * year), the title, the table with the columns' numbers under their headings, the rows indented as the form indents
 * them, and the footnote. A figure other than 0 is a link to the records behind it. Everything from the data is text.
 */
class FormTable extends Div {

    FormTable(FilledForm form, FormHeading heading, Locale locale, BiFunction<Integer, Integer, String> behind,
              Function<Message, String> text) {
        setId("statistics-form");
        addClassName("statistics-form");
        addClassName("card");
        Div left = new Div(line(heading.superior().toUpperCase(locale), "statistics-superior"),
                line(heading.committee().toUpperCase(locale), "statistics-committee"));
        Div right = new Div(line(form.form().code(), "statistics-code"),
                line(getTranslation("stat.year-of", String.valueOf(form.year())), null));
        Div top = new Div(left, right);
        top.addClassName("statistics-heading");
        Paragraph title = new Paragraph(getTranslation(form.form().titleKey()).toUpperCase(locale));
        title.setId("statistics-title");
        title.addClassName("statistics-title");
        add(top, title, table(form, locale, behind, text));
        Paragraph note = new Paragraph(getTranslation("stat.footnote", getTranslation(form.form().footnoteKey())));
        note.addClassName("statistics-footnote");
        add(note);
    }

    private NativeTable table(FilledForm form, Locale locale, BiFunction<Integer, Integer, String> behind,
                              Function<Message, String> text) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.addClassName("statistics-table");
        List<String> columns = form.form().columnKeys();
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("stat.column.number"));
        head.addHeaderCell().setText(getTranslation("stat.column.criterion"));
        columns.forEach(key -> head.addHeaderCell().setText(getTranslation(key)));
        NativeTableRow numbers = table.getHead().addRow();
        numbers.addClassName("statistics-column-numbers");
        numbers.addHeaderCell().setText("A");
        numbers.addHeaderCell().setText("B");
        for (int c = 0; c < columns.size(); c++) {
            numbers.addHeaderCell().setText(String.valueOf(c + 1));
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
        decimal.setMinimumFractionDigits(1);
        for (FilledForm.Line line : form.lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-row", String.valueOf(line.index()));
            if (line.heading() || line.depth() == 0) {
                row.addClassName("statistics-strong");
            }
            row.addDataCell().setText(line.number());
            NativeTableCell label = row.addDataCell();
            label.setText(text.apply(line.label()));
            label.getStyle().set("padding-inline-start", (0.5 + 1.25 * line.depth()) + "em");
            for (int c = 0; c < columns.size(); c++) {
                Number figure = line.figures().get(c);
                NativeTableCell cell = row.addDataCell();
                cell.addClassName("number");
                if (figure == null) {
                    continue;
                }
                String shown = figure instanceof Long ? whole.format(figure) : decimal.format(figure);
                if (line.opens().get(c)) {
                    Anchor link = new Anchor(behind.apply(line.index(), c), shown);
                    link.addClassName("statistics-figure");
                    cell.add(link);
                } else {
                    cell.add(new Span(shown));
                }
            }
        }
        return table;
    }

    private static Div line(String text, @Nullable String className) {
        Div line = new Div();
        line.setText(text);
        if (className != null) {
            line.addClassName(className);
        }
        return line;
    }
}

package vn.dangbo.dashboard.records.ui;

import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.dangbo.dashboard.base.ui.Grids;
import vn.dangbo.dashboard.transfer.ImportSheet;

/** The rows of one kind of record, a column per sheet column; numbers and dates sort as numbers and dates. */
class RecordGrid extends Grid<List<String>> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    RecordGrid(ImportSheet sheet) {
        setId("records-grid");
        List<String> fields = sheet.fields();
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            Column<List<String>> shown = addColumn(row -> row.get(column)).setKey(fields.get(i))
                    .setHeader(getTranslation(sheet.labelKey(fields.get(i))))
                    .setAutoWidth(true).setResizable(true).setSortable(true);
            switch (sheet.fieldKind(fields.get(i))) {
                case NUMBER -> shown.setComparator(by(column, text -> new BigDecimal(text.replace(',', '.'))));
                case DATE -> shown.setComparator(by(column, text -> LocalDate.parse(text, DAY)));
                default -> {
                }
            }
        }
        Grids.scrollSideways(this);
        setSizeFull();
    }

    /** Sorts by a column's text read as a value; blanks last. */
    private static <T extends Comparable<T>> Comparator<List<String>> by(int column, Function<String, T> value) {
        return Comparator.comparing((List<String> row) -> row.get(column).isBlank() ? null : value.apply(row.get(column)),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }
}

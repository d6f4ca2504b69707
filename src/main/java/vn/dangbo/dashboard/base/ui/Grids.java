package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;

/** What every table on a page does alike. */
public final class Grids {

    private Grids() {
    }

    /**
     * A header that wraps onto more lines rather than widening its column past its figures (a long header —
     * "Dự sinh hoạt 2019" — over short values would push the table wider than its screen). Its text stays the
     * column's to read ({@link #headerText}).
     */
    private static Span wrapping(String header) {
        Span text = new Span(header);
        text.addClassName("grid-header");
        return text;
    }

    /** A column's header as a person reads it, whether set as text or as a wrapping header. */
    public static String headerText(Grid.Column<?> column) {
        if (column.getHeaderText() != null) {
            return column.getHeaderText();
        }
        return column.getHeaderComponent() instanceof Span span ? span.getText() : "";
    }

    /**
     * Lets a table too wide for its screen (a phone's) scroll sideways rather than cut every text short: each column
     * at least as wide as its content, and the first column (what a row is: a name, a date) kept in place while
     * the others scroll, so that each row still says which it is; headers wrap. Called once the columns are added.
     */
    public static <T> Grid<T> scrollSideways(Grid<T> grid) {
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.getWidth() == null || column.getWidth().isBlank()) {
                column.setAutoWidth(true);
            }
            String header = column.getHeaderText();
            if (header != null && !header.isBlank()) {
                column.setHeader(wrapping(header));
            }
        }
        if (!grid.getColumns().isEmpty()) {
            grid.getColumns().getFirst().setFrozen(true);
        }
        return grid;
    }
}

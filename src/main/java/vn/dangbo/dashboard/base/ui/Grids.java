package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** What every table on a page does alike. */
public final class Grids {

    private Grids() {
    }

    /**
     * Lets a table too wide for its screen (a phone's) scroll sideways rather than cut every text short: each column
     * at least as wide as its content, and the first column (what a row is: a name, a date) kept in place while
     * the others scroll, so that each row still says which it is. Called once the columns are added.
     */
    public static <T> Grid<T> scrollSideways(Grid<T> grid) {
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.getWidth() == null || column.getWidth().isBlank()) {
                column.setAutoWidth(true);
            }
        }
        if (!grid.getColumns().isEmpty()) {
            grid.getColumns().getFirst().setFrozen(true);
        }
        return grid;
    }
}

package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** What every table on a page does alike. */
public final class Grids {

    private Grids() {
    }

    /**
     * Keeps the first column (what a row is: a name, a date) in place while the others scroll sideways, so that a
     * table too wide for a phone still says which row is which. Called once the columns are added.
     */
    public static <T> Grid<T> firstColumnFixed(Grid<T> grid) {
        if (!grid.getColumns().isEmpty()) {
            grid.getColumns().getFirst().setFrozen(true);
        }
        return grid;
    }
}

package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A grid's sorting kept in the address ({@code ?sort=members}, {@code ?sort=-members} for the largest first), so
 * that a link or a reload shows the table sorted as it was. The grid's columns are known by their keys.
 */
public final class SortInAddress {
    public static final String SORT = "sort";

    private SortInAddress() {
    }

    /**
     * Sorts the grid as the address asks, and tells {@code changed} the address's new query whenever the user sorts
     * it otherwise: the query as it is then (a search typed since keeps its place), with the new sorting.
     */
    public static <T> void keep(Grid<T> grid, Supplier<QueryParameters> query, Consumer<QueryParameters> changed) {
        query.get().getSingleParameter(SORT).ifPresent(value -> {
            boolean descending = value.startsWith("-");
            Grid.Column<T> column = grid.getColumnByKey(descending ? value.substring(1) : value);
            if (column != null && column.isSortable()) {
                grid.sort(List.of(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        });
        grid.addSortListener(event -> {
            Map<String, List<String>> params = new HashMap<>(query.get().getParameters());
            params.remove(SORT);
            event.getSortOrder().stream().findFirst().filter(order -> order.getSorted().getKey() != null).ifPresent(order ->
                    params.put(SORT, List.of((order.getDirection() == SortDirection.DESCENDING ? "-" : "")
                            + order.getSorted().getKey())));
            changed.accept(new QueryParameters(params));
        });
    }
}

package vn.dangbo.dashboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.EveryView;
import vn.dangbo.dashboard.UiTest;

/**
 * A table wider than a phone scrolls sideways, its columns as wide as their content; its first column, which says
 * which row is which, stays in place.
 */
class TablesOnAPhoneTest extends UiTest {

    @Test
    void every_table_on_every_view_scrolls_sideways_with_its_first_column_in_place() {
        signInAs("quantri");
        List<String> tables = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (String page : EveryView.pages()) {
            open(page);
            for (Grid<?> grid : _find(Grid.class)) {
                String name = page + " " + grid.getId().orElse("(table)");
                tables.add(name);
                if (grid.getColumns().isEmpty() || !grid.getColumns().getFirst().isFrozen()
                        || grid.getColumns().stream().anyMatch(column -> !column.isAutoWidth() && column.getWidth() == null)) {
                    loose.add(name);
                }
            }
        }
        assertThat(tables).hasSizeGreaterThan(10);
        assertThat(loose).isEmpty();
    }
}

package vn.dangbo.dashboard.cells.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.ratings.RatingLevel;

/** Each cell's level against the year before, in the cells' table: computed from the two years' cell ratings. */
class CellRatingChangeTest extends UiTest {
    @Autowired JdbcTemplate jdbc;

    private Map<String, RatingLevel> levels(int year) {
        Map<String, RatingLevel> levels = new HashMap<>();
        jdbc.query("select c.code, r.level from cell_rating r join cell c on c.id = r.cell_id where r.rating_year = ?"
                + " and r.level is not null", rs -> {
            levels.put(rs.getString(1), RatingLevel.valueOf(rs.getString(2)));
        }, year);
        return levels;
    }

    @Test
    void each_cells_level_is_compared_with_its_level_the_year_before() {
        open("cells?year=2019");
        @SuppressWarnings("unchecked")
        Grid<CellRow> grid = _get(Grid.class, spec -> spec.withId("cells-grid"));
        Map<String, RatingLevel> now = levels(2019);
        Map<String, RatingLevel> before = levels(2018);
        int changed = 0;

        for (int i = 0; i < GridKt._size(grid); i++) {
            CellRow row = GridKt._get(grid, i);
            String shown = GridKt._getCellComponent(grid, i, "rating-change").getElement().getTextRecursively();
            RatingLevel was = before.get(row.code());
            RatingLevel is = now.get(row.code());
            if (was == null || is == null) {
                assertThat(shown).as(row.code()).isEqualTo("—");
            } else {
                int steps = was.ordinal() - is.ordinal();
                changed += steps == 0 ? 0 : 1;
                assertThat(shown).as(row.code()).isEqualTo(steps == 0 ? "= 0" : (steps > 0 ? "▲ +" : "▼ −") + Math.abs(steps));
            }
        }
        assertThat(changed).as("the seed has cells whose level changed").isPositive();
    }
}

package vn.dangbo.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelClickEventTest {
    private record Cell(String code, String name) {
    }

    private static final List<Cell> TOP_TO_BOTTOM = List.of(new Cell("A", "Chi bộ thôn Đông"), new Cell("B", "Chi bộ trường học"),
            new Cell("C", "Chi bộ thôn Đông"));

    private static Cell clicked(String label, int occurrence) {
        return new LabelClickEvent(new ApexChart(), true, label, occurrence).among(TOP_TO_BOTTOM, Cell::name).orElse(null);
    }

    @Test
    void a_label_names_the_cell_written_there() {
        assertThat(clicked("Chi bộ trường học", 0)).extracting(Cell::code).isEqualTo("B");
    }

    @Test
    void two_cells_of_one_name_are_told_apart_by_their_place_from_the_top() {
        assertThat(clicked("Chi bộ thôn Đông", 0)).extracting(Cell::code).isEqualTo("A");
        assertThat(clicked("Chi bộ thôn Đông", 1)).extracting(Cell::code).isEqualTo("C");
    }

    @Test
    void a_label_of_no_cell_or_past_the_last_of_its_name_names_nothing() {
        assertThat(clicked("<script>alert(1)</script>", 0)).isNull();
        assertThat(clicked("Chi bộ thôn Đông", 2)).isNull();
        assertThat(clicked(null, 0)).isNull();
        assertThat(clicked("Chi bộ trường học", -1)).extracting(Cell::code).isEqualTo("B");
    }
}

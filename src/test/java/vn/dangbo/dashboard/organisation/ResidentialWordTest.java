package vn.dangbo.dashboard.organisation;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/** A commune whose residential cells are "thôn" or "ấp" sees its own word wherever they are named. */
class ResidentialWordTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired ImportService imports;

    @AfterEach
    void backToXom() {
        jdbc.update("update party_committee set residential_word = null");
        jdbc.update("delete from cell where code like 'TEST%'");
    }

    private static void english() {
        com.vaadin.flow.component.UI.getCurrent().getSession().setAttribute(java.util.Locale.class, java.util.Locale.forLanguageTag("en-GB"));
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("en-GB"));
    }

    private long hamletCells() {
        return jdbc.queryForObject("select count(*) from cell where kind = 'HAMLET'", Long.class);
    }

    @Test
    void a_thon_communes_tiles_and_cells_table_say_thon() {
        jdbc.update("update party_committee set residential_word = 'THON'");
        signInAs("danguy");
        open("");

        assertThat(_get(Tile.class, spec -> spec.withId("tile-cells")).getDetail())
                .isEqualTo("Trong đó " + hamletCells() + " chi bộ thôn");
        assertThat(_get(Tile.class, spec -> spec.withId("tile-direct-workers")).getDetail()).endsWith(" chi bộ thôn");
        assertThat(_get(Tile.class, spec -> spec.withId("tile-new-rural")).getLabel()).isEqualTo("Thôn nông thôn mới nâng cao");
        assertThat(_get(Tile.class, spec -> spec.withId("tile-new-rural")).getDetail()).endsWith(" thôn đạt kiểu mẫu");

        open("cells?year=2019");
        Grid<?> cells = _get(Grid.class, spec -> spec.withId("cells-grid"));
        assertThat(_getFormatted(cells, 0, "kind")).isEqualTo("Thôn");
    }

    @Test
    void in_english_a_thon_communes_cells_are_village_cells() {
        jdbc.update("update party_committee set residential_word = 'THON'");
        signInAs("danguy");
        english();
        open("");

        assertThat(_get(Tile.class, spec -> spec.withId("tile-cells")).getDetail()).isEqualTo(hamletCells() + " of them village cells");
    }

    @Test
    void a_commune_that_says_ap_imports_its_word_and_its_hamlet_cells_as_such() {
        var recorded = jdbc.queryForMap("select name, district, province from party_committee");
        Table committee = new Table(ImportSheet.COMMITTEE.title(), ImportSheet.COMMITTEE.columns(), List.of(Arrays.asList(
                recorded.get("name"), recorded.get("district"), recorded.get("province"), "Ấp")));
        Table cells = new Table(ImportSheet.CELLS.title(), ImportSheet.CELLS.columns(),
                List.of(List.of("TEST-A1", "Chi bộ ấp Thử", "Ấp"), List.of("TEST-A2", "Chi bộ thôn Thử", "thôn")));

        imports.importFile(TableFiles.xlsx(List.of(committee, cells)), "ap.xlsx");

        assertThat(jdbc.queryForObject("select residential_word from party_committee", String.class)).isEqualTo("AP");
        assertThat(jdbc.queryForList("select kind from cell where code like 'TEST-A%'", String.class)).containsOnly("HAMLET");
    }
}

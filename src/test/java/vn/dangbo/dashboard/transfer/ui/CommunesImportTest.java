package vn.dangbo.dashboard.transfer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.FileOutcome;

@ProvinceDatabaseTest
class CommunesImportTest extends UiTest {
    @Autowired DataExport export;
    @Autowired CommitteeDirectory directory;

    private byte[] workbookOf(String code) {
        return CommitteeScope.call(directory.byCode(code).orElseThrow().id(), export::workbook);
    }

    @SuppressWarnings("unchecked")
    private static List<FileOutcome> outcomes() {
        Grid<FileOutcome> grid = _get(Grid.class, spec -> spec.withId("communes-outcomes"));
        List<FileOutcome> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    void the_province_imports_many_communes_workbooks_each_on_its_own_and_refuses_one_from_outside() {
        signInAs("quantri.tinh", "tinh-mau");
        open("import");
        CommunesImport panel = _get(CommunesImport.class, spec -> spec.withId("communes-import"));
        panel.receive("mau-01.xlsx", workbookOf("mau-01"));
        panel.receive("mau-12.xlsx", workbookOf("mau-12"));
        panel.receive("hai-nam.xlsx", workbookOf("hai-nam"));

        UI ui = UI.getCurrent();
        _click(_get(Button.class, spec -> spec.withId("communes-import-all")));
        long until = System.currentTimeMillis() + 30_000;
        while (_find(Grid.class, spec -> spec.withId("communes-outcomes")).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the summary arrives").isLessThan(until);
            receivePush(ui);
            Thread.onSpinWait();
        }

        assertThat(outcomes()).extracting(FileOutcome::fileName).containsExactly("mau-01.xlsx", "mau-12.xlsx", "hai-nam.xlsx");
        assertThat(outcomes()).extracting(FileOutcome::isImported).containsExactly(true, true, false);
        assertThat(outcomes().get(2).refusal().key()).isEqualTo("import.error.other-committee");
        assertThat(outcomes().subList(0, 2)).allMatch(o -> !o.report().changedAnything());
    }

    @Test
    void the_provinces_download_holds_one_workbook_per_commune() throws Exception {
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        Map<String, byte[]> workbooks = CommitteeScope.call(province, export::communeWorkbooks);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CommunesImport.zip(workbooks)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyElementsOf(
                directory.communesUnder(province).stream().map(c -> c.code() + ".xlsx").toList());
        assertThat(CommitteeScope.call(directory.byCode("mau-01").orElseThrow().id(), export::communeWorkbooks)).isEmpty();
    }

    @Test
    void a_communes_import_page_offers_no_other_communes() {
        signInAs("vanphong.mau01", "mau-01");
        open("import");
        assertThat(_find(CommunesImport.class, spec -> spec.withId("communes-import"))).isEmpty();
    }
}

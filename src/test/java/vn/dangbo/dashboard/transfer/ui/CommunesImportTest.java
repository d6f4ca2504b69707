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

    /** A file as the upload leaves it: in a temporary file. */
    private static java.nio.file.Path uploaded(byte[] bytes) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("communes-import-test", ".part");
        java.nio.file.Files.write(file, bytes);
        return file;
    }

    private byte[] provinceZip() throws Exception {
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (CommitteeScope.Entered ignored = CommitteeScope.enter(province)) {
            export.writeCommuneWorkbooks(zip, (number, of, name) -> { });
        }
        return zip.toByteArray();
    }

    private void importAndWait() {
        UI ui = UI.getCurrent();
        _click(_get(Button.class, spec -> spec.withId("communes-import-all")));
        long until = System.currentTimeMillis() + 60_000;
        while (_find(Grid.class, spec -> spec.withId("communes-outcomes")).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the summary arrives").isLessThan(until);
            receivePush(ui);
            Thread.onSpinWait();
        }
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
    void the_province_imports_many_communes_workbooks_each_on_its_own_and_refuses_one_from_outside() throws Exception {
        signInAs("quantri.tinh", "tinh-mau");
        open("import");
        CommunesImport panel = _get(CommunesImport.class, spec -> spec.withId("communes-import"));
        panel.receive("mau-01.xlsx", uploaded(workbookOf("mau-01")));
        panel.receive("mau-12.xlsx", uploaded(workbookOf("mau-12")));
        panel.receive("hai-nam.xlsx", uploaded(workbookOf("hai-nam")));

        importAndWait();

        assertThat(outcomes()).extracting(FileOutcome::fileName).containsExactly("mau-01.xlsx", "mau-12.xlsx", "hai-nam.xlsx");
        assertThat(outcomes()).extracting(FileOutcome::isImported).containsExactly(true, true, false);
        assertThat(outcomes().get(2).refusal().key()).isEqualTo("import.error.other-committee");
        assertThat(outcomes().subList(0, 2)).allMatch(o -> !o.report().changedAnything());
    }

    @Test
    void the_provinces_download_holds_one_workbook_per_commune() throws Exception {
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(provinceZip()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyElementsOf(
                directory.communesUnder(province).stream().map(c -> c.code() + ".xlsx").toList());
        java.io.ByteArrayOutputStream communeOnly = new java.io.ByteArrayOutputStream();
        try (CommitteeScope.Entered ignored = CommitteeScope.enter(directory.byCode("mau-01").orElseThrow().id())) {
            export.writeCommuneWorkbooks(communeOnly, (number, of, name) -> { });
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(communeOnly.toByteArray()))) {
            assertThat(zip.getNextEntry()).as("a commune has no communes under it").isNull();
        }
    }

    @Test
    void the_provinces_download_imports_back_whole_as_one_file() throws Exception {
        signInAs("quantri.tinh", "tinh-mau");
        open("import");
        CommunesImport panel = _get(CommunesImport.class, spec -> spec.withId("communes-import"));
        panel.receive("cac-dang-bo-xa.zip", uploaded(provinceZip()));

        importAndWait();

        long province = directory.byCode("tinh-mau").orElseThrow().id();
        assertThat(outcomes()).extracting(FileOutcome::fileName).containsExactlyElementsOf(
                directory.communesUnder(province).stream().map(c -> c.code() + ".xlsx").toList());
        assertThat(outcomes()).allMatch(FileOutcome::isImported);
        assertThat(outcomes()).noneMatch(o -> o.report().changedAnything());
        assertThat(_find(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("communes-progress"))).as("the bar goes when done").isEmpty();
    }

    @Test
    void a_damaged_zip_is_refused_and_a_stranger_inside_a_zip_is_refused_alone() throws Exception {
        signInAs("quantri.tinh", "tinh-mau");
        open("import");
        CommunesImport panel = _get(CommunesImport.class, spec -> spec.withId("communes-import"));
        java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(mixed)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("thu-muc/mau-01.xlsx"));
            zip.write(workbookOf("mau-01"));
            zip.closeEntry();
        }
        panel.receive("hong.zip", uploaded("PK not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        panel.receive("hai-tep.zip", uploaded(mixed.toByteArray()));

        importAndWait();

        assertThat(outcomes()).extracting(FileOutcome::fileName).containsExactly("hong.zip", "ghi-chu.txt", "mau-01.xlsx");
        assertThat(outcomes()).extracting(FileOutcome::isImported).containsExactly(false, false, true);
        assertThat(outcomes().get(0).refusal().key()).isEqualTo("import.error.not-an-archive");
        assertThat(outcomes().get(1).refusal().key()).isEqualTo("import.error.not-a-spreadsheet");
    }

    @Test
    void a_communes_import_page_offers_no_other_communes() {
        signInAs("vanphong.mau01", "mau-01");
        open("import");
        assertThat(_find(CommunesImport.class, spec -> spec.withId("communes-import"))).isEmpty();
    }
}

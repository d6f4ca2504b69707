package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.records.RecordService;
import vn.dangbo.dashboard.Bundles;
import vn.dangbo.dashboard.base.table.Table;

/** The template's guide and the import's document (docs/IMPORT.md) say how to write every column the import reads. */
class TemplateDocumentationTest {

    @Test
    void the_template_guide_says_how_to_write_every_column_of_every_sheet() {
        Table guide = ImportTemplate.guide();
        for (ImportSheet sheet : ImportSheet.values()) {
            for (String column : sheet.columns()) {
                assertThat(guide.rows()).as(sheet.title() + " / " + column)
                        .anyMatch(row -> row.get(0).equals(sheet.title()) && row.get(1).equals(column));
            }
        }
        assertThat(guide.rows()).contains(Arrays.asList("Xếp loại chi bộ", "Mã chi bộ", "Có (khóa)",
                "như cột \"Mã chi bộ\" của trang \"Chi bộ\" (đã có trong dữ liệu, hoặc ở trang đó trong cùng tệp); "
                        + "các cột khóa cùng chỉ một dòng: nhập lại thì sửa dòng đó, không thêm"));
    }

    @Test
    void the_import_document_lists_every_sheet_with_all_its_columns() throws IOException {
        String readme = Files.readString(Path.of("docs", "IMPORT.md"));
        for (ImportSheet sheet : ImportSheet.values()) {
            String row = readme.lines().filter(line -> line.startsWith("  | " + sheet.title() + " |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/IMPORT.md has no row for the sheet " + sheet.title()));
            sheet.columns().forEach(column -> assertThat(row).as(sheet.title()).contains(column));
        }
    }

    @Test
    void the_records_forms_label_each_column_as_the_sheet_heads_it_in_vietnamese_and_in_english_too() {
        Properties vi = Bundles.vietnamese();
        Properties en = Bundles.english();
        for (ImportSheet sheet : RecordService.keptHere()) {
            assertThat(vi.getProperty(sheet.labelKey())).isEqualTo(sheet.title());
            assertThat(en.getProperty(sheet.labelKey())).as(sheet.labelKey()).isNotBlank();
            for (int i = 0; i < sheet.fields().size(); i++) {
                String field = sheet.fields().get(i);
                assertThat(vi.getProperty(sheet.labelKey(field))).isEqualTo(sheet.columns().get(i));
                assertThat(en.getProperty(sheet.labelKey(field))).as(sheet.labelKey(field)).isNotBlank();
            }
        }
    }
}

package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFilesTest {
    private static final Table RATINGS = new Table("Đảng viên 2019", List.of("Nội dung", "Số lượng", "% được xếp loại"),
            List.of(Arrays.asList("HTXS – Hoàn thành xuất sắc nhiệm vụ", 89L, new Table.Share(0.178)),
                    Arrays.asList("Chi bộ \"xóm 1\", Hải Nam", 3L, null)));

    @Test
    void a_workbook_has_a_sheet_per_table_with_numbers_as_numbers_and_shares_as_percentages() throws Exception {
        byte[] bytes = TableFiles.xlsx(List.of(RATINGS, new Table("Chi bộ 2019", List.of("A"), List.of())));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = workbook.getSheet("Đảng viên 2019");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(89);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.178);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(2).getCell(2).getCellType().name()).isEqualTo("BLANK");
        }
    }

    @Test
    void csv_is_utf8_with_a_byte_order_mark_and_quotes_where_needed() {
        String csv = new String(TableFiles.csv(RATINGS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNội dung,Số lượng,% được xếp loại\r\n");
        assertThat(csv).contains("HTXS – Hoàn thành xuất sắc nhiệm vụ,89,17.8%\r\n");
        assertThat(csv).contains("\"Chi bộ \"\"xóm 1\"\", Hải Nam\",3,\r\n");
    }

    @Test
    void sheet_names_keep_to_excels_rules() {
        assertThat(TableFiles.safeSheetName("Xếp loại 2019/2020: [tổng hợp] của Đảng bộ xã Hải Nam"))
                .hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "[", "]");
    }
}

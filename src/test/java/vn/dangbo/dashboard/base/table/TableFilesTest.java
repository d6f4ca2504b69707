package vn.dangbo.dashboard.base.table;

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
        assertThat(csv).contains("HTXS – Hoàn thành xuất sắc nhiệm vụ,89,17.8\r\n");
        assertThat(csv).contains("\"Chi bộ \"\"xóm 1\"\", Hải Nam\",3,\r\n");
    }

    @Test
    void csv_writes_a_share_as_its_percentage_in_a_number_and_says_so_in_the_header() {
        Table attendance = new Table("Chi bộ", List.of("Chi bộ", "Dự sinh hoạt", "Đảng viên"), List.of(
                Arrays.asList("Chi bộ xóm 1", new Table.Share(0.875), 1234L),
                Arrays.asList("Chi bộ xóm 2", new Table.Share(1.0), 30L),
                Arrays.asList("Chi bộ xóm 3", new Table.Share(0.12345), 0L),
                Arrays.asList("Chi bộ xóm 4", null, 7L)));

        String csv = new String(TableFiles.csv(attendance), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFChi bộ,Dự sinh hoạt (%),Đảng viên\r\n")
                .contains("Chi bộ xóm 1,87.5,1234\r\n", "Chi bộ xóm 2,100,30\r\n", "Chi bộ xóm 3,12.3,0\r\n",
                        "Chi bộ xóm 4,,7\r\n")
                .doesNotContain("%\r\n", "1.234");
    }

    @Test
    void sheet_names_keep_to_excels_rules() {
        assertThat(TableFiles.safeSheetName("Xếp loại 2019/2020: [tổng hợp] của Đảng bộ xã Hải Nam"))
                .hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "[", "]");
    }

    private static final Table HOSTILE = new Table("Chi bộ", List.of("Mã chi bộ", "Tên chi bộ", "Số"),
            List.of(Arrays.asList("X01", "=HYPERLINK(\"http://x\",\"bấm\")", -5L),
                    Arrays.asList("X02", "+1+cmd|' /C calc'!A0", 7L),
                    Arrays.asList("X03", "-2+3", 0L),
                    Arrays.asList("X04", "@SUM(A1:A2)", 1L),
                    Arrays.asList("X05", "\t=1+1", 2L),
                    Arrays.asList("X06", "'=1+1", 3L),
                    Arrays.asList("X07", "-12,5", 4L),
                    Arrays.asList("X08", "Chi bộ xóm 8", 5L)));

    @Test
    void csv_puts_an_apostrophe_before_text_excel_would_run_as_a_formula_and_leaves_numbers_alone() {
        String csv = new String(TableFiles.csv(HOSTILE), StandardCharsets.UTF_8);
        assertThat(csv).contains("X01,\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",-5\r\n", "X02,'+1+cmd|' /C calc'!A0,7\r\n",
                "X03,'-2+3,0\r\n", "X04,'@SUM(A1:A2),1\r\n", "X05,'\t=1+1,2\r\n", "X06,''=1+1,3\r\n",
                "X07,\"-12,5\",4\r\n", "X08,Chi bộ xóm 8,5\r\n");
    }

    @Test
    void a_neutralised_csv_value_reads_back_as_the_text_it_stands_for() {
        for (List<Object> row : HOSTILE.rows()) {
            String text = (String) row.get(1);
            assertThat(SpreadsheetFormulas.restore(SpreadsheetFormulas.neutralise(text))).isEqualTo(text);
        }
        assertThat(SpreadsheetFormulas.restore("'chỉ một dấu nháy")).isEqualTo("'chỉ một dấu nháy");
    }

    @Test
    void a_workbook_keeps_formula_like_text_as_quoted_text_and_numbers_as_numbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx(List.of(HOSTILE))))) {
            Sheet sheet = workbook.getSheet("Chi bộ");
            for (int r = 1; r <= 6; r++) {
                assertThat(sheet.getRow(r).getCell(1).getCellType().name()).as("row " + r).isEqualTo("STRING");
                assertThat(sheet.getRow(r).getCell(1).getCellStyle().getQuotePrefixed()).as("row " + r).isTrue();
            }
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"bấm\")");
            assertThat(sheet.getRow(7).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(8).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-5);
        }
    }
}

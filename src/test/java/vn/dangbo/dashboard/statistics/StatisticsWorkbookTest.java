package vn.dangbo.dashboard.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;

/** The workbook sent up, read back with POI: each form's header, labels and figures where the form has them. */
@SeedDatabaseTest
class StatisticsWorkbookTest {
    @Autowired StatisticsService statistics;

    @Test
    void the_workbook_has_a_sheet_per_form_with_its_header_rows_figures_as_numbers_and_signatures() throws Exception {
        var forms = statistics.fillAll(2019);
        byte[] bytes = StatisticsWorkbook.write(forms.values(),
                new FormHeading("Đảng bộ huyện Hải Hậu", "Đảng bộ xã Hải Nam", "Hải Nam"));
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "bieu-thong-ke-2019.xlsx"), bytes);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(StatisticForm.values().length);
            Sheet one = book.getSheet("Biểu 1");
            assertThat(one.getFitToPage()).as("printed on the paper's width").isTrue();
            assertThat(one.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(one.getRepeatingRows()).as("the header rows repeated on every page").isNotNull();
            assertThat(one.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ĐẢNG BỘ HUYỆN HẢI HẬU");
            assertThat(one.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ĐẢNG BỘ XÃ HẢI NAM");
            assertThat(texts(one.getRow(0))).contains("Biểu số 1-BTCTW");
            assertThat(texts(one.getRow(3))).contains("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN");
            assertThat(texts(one.getRow(6))).containsSequence("TT", "Tiêu chí", "Kỳ này", "Cùng kỳ năm trước", "% so với cùng kỳ");
            Row d = rowWith(one, "Đảng viên trong danh sách cuối kỳ báo cáo");
            assertThat(d.getCell(0).getStringCellValue()).isEqualTo("D");
            assertThat(d.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(d.getCell(2).getNumericCellValue()).isEqualTo(forms.get(StatisticForm.F1).count("stat.f1.at-end", 0));
            assertThat(d.getCell(2).getNumericCellValue()).isEqualTo(521);
            assertThat(rowWith(one, "NGƯỜI LẬP BIỂU")).isNotNull();
            assertThat(texts(rowWith(one, "NGƯỜI LẬP BIỂU"))).contains("T/M ĐẢNG ỦY");
            Sheet four = book.getSheet("Biểu 4");
            assertThat(texts(four.getRow(6))).containsSequence("Tổng số", "Trong đó: nữ", "Tỷ lệ (%)");
            assertThat(rowWith(four, "Quốc tịch gốc nước ngoài").getCell(0).getStringCellValue()).isEqualTo("55");
            assertThat(rowWith(four, "Dân tộc khác").getCell(0).getStringCellValue()).isEqualTo("56");
            assertThat(rowWith(book.getSheet("Biểu 3"), "Tuổi bình quân").getCell(2).getNumericCellValue()).isBetween(18.0, 90.0);
        }
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (texts(row).stream().anyMatch(t -> t.trim().equals(text))) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " on " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }
}

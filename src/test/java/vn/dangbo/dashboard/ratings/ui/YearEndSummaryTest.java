package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;

/** The year-end rating table handed to the district: the party's usual shape, with the 2019 figures. */
class YearEndSummaryTest extends UiTest {
    @Autowired RatingService ratings;

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void the_2019_workbook_gives_members_and_cells_in_the_partys_shape() throws Exception {
        List<Table> tables = YearEndSummary.of(ratings, 2019, new Texts(AppLocales.VIETNAMESE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx(tables)))) {
            Sheet members = workbook.getSheet("Đảng viên 2019");
            assertThat(row(members, "Tổng số").getCell(1).getNumericCellValue()).isEqualTo(521);
            assertThat(row(members, "Được xếp loại").getCell(1).getNumericCellValue()).isEqualTo(500);
            assertThat(row(members, "Không xếp loại").getCell(1).getNumericCellValue()).isEqualTo(21);
            assertThat(row(members, "HTXS – Hoàn thành xuất sắc nhiệm vụ").getCell(2).getNumericCellValue()).isEqualTo(0.178);
            assertThat(row(members, "HTT – Hoàn thành tốt nhiệm vụ").getCell(2).getNumericCellValue()).isEqualTo(0.784);
            assertThat(row(members, "HTNV – Hoàn thành nhiệm vụ").getCell(2).getNumericCellValue()).isEqualTo(0.038);
            assertThat(row(members, "HTT trở lên").getCell(1).getNumericCellValue()).isEqualTo(481);
            assertThat(row(members, "HTT trở lên").getCell(2).getNumericCellValue()).isEqualTo(0.962);
            assertThat(row(members, "trong đó HTXS").getCell(1).getNumericCellValue()).isEqualTo(89);
            Sheet cells = workbook.getSheet("Chi bộ 2019");
            assertThat(row(cells, "Được xếp loại").getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(row(cells, "trong đó HTXS").getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void the_ratings_view_offers_the_workbook_and_csv() {
        open("ratings?year=2019");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-summary-xlsx")).getText()).isEqualTo("Tải Excel (.xlsx)");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-summary-csv")).getHref()).isNotBlank();
        open("cells?year=2019");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-cells-xlsx")).getHref()).isNotBlank();
        open("recruitment");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-recruitment-xlsx")).getHref()).isNotBlank();
    }
}

package vn.dangbo.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.i18n.AppLocales;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Templates;
import vn.dangbo.dashboard.organisation.OrganisationService;

/** The report's Word document, read back with POI: masthead, title, headings, paragraphs and tables. */
@SeedDatabaseTest
class ReportDocumentTest {
    @Autowired ReportService reports;
    @Autowired OrganisationService organisation;
    @Autowired Templates templates;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Report report;

    private XWPFDocument document() throws IOException {
        report = reports.compose(ReportPeriod.ofTerm(organisation.currentTerm().orElseThrow()));
        byte[] bytes = ReportDocument.write(report, new ReportText(templates, AppLocales.VIETNAMESE));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> paragraphs(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void the_document_has_the_party_s_masthead_title_and_header() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(cells(document.getTables().getFirst(), 0)).containsExactly("ĐẢNG BỘ XÃ HẢI NAM*",
                    "ĐẢNG CỘNG SẢN VIỆT NAMngày " + report.composedOn().getDayOfMonth() + " tháng "
                            + report.composedOn().getMonthValue() + " năm " + report.composedOn().getYear());
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NHIỆM KỲ 2015–2020");
            assertThat(document.getHeaderList()).singleElement().extracting(h -> h.getText().trim())
                    .isEqualTo("Đảng bộ xã Hải Nam — " + Formats.date(report.composedOn()));
        }
    }

    @Test
    void each_section_is_a_numbered_heading_followed_by_its_sentences() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(paragraphs(document, ReportDocument.HEADING)).containsExactly(
                    "I. TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ – XÃ HỘI",
                    "III. CÔNG TÁC GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG", "IV. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN",
                    "V. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN", "VI. SINH HOẠT CHI BỘ",
                    "VII. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ", "VIII. KHEN THƯỞNG VÀ HUY HIỆU ĐẢNG", "IX. XÂY DỰNG NÔNG THÔN MỚI");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).anySatisfy(text -> assertThat(text)
                    .startsWith("Hiện nay, Đảng bộ có 521 đảng viên, sinh hoạt tại 25 chi bộ (trong đó có 20 chi bộ xóm). "));
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).as("the cells' ratings, a paragraph of their own")
                    .contains("Năm 2019, 25/25 chi bộ (100%) hoàn thành nhiệm vụ trở lên, trong đó 4/25 chi bộ hoàn thành xuất sắc nhiệm vụ.");
            assertThat(document.getStyles().getStyle(ReportDocument.HEADING).getName()).isEqualTo("heading 1");
        }
    }

    @Test
    void the_targets_admissions_and_ratings_are_tables() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(paragraphs(document, ReportDocument.TABLE_TITLE)).containsExactly(
                    "Các chỉ tiêu kinh tế – xã hội nhiệm kỳ 2015–2020", "Kết nạp đảng viên theo năm",
                    "Kết quả đánh giá, xếp loại chất lượng năm 2019");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(4);
            XWPFTable targets = tables.get(1);
            assertThat(cells(targets, 0)).containsExactly("STT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá");
            assertThat(targets.getNumberOfRows()).isEqualTo(12);
            assertThat(cells(targets, 1).getLast()).isEqualTo("Đạt");
            XWPFTable admissions = tables.get(2);
            long admitted = admissions.getRows().stream().skip(1).mapToLong(r -> Long.parseLong(r.getCell(1).getText())).sum();
            assertThat(admitted).isEqualTo(30);
            XWPFTable ratings = tables.get(3);
            assertThat(cells(ratings, 1)).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "89", "17,8%", "17,1%", "4");
            assertThat(cells(ratings, 5)).containsExactly("Không xếp loại", "21", "", "4,0%", "0");
        }
    }

    @Test
    void a_title_from_the_data_is_written_as_text_whatever_it_holds() throws IOException {
        String hostile = "</w:t><w:t>]]> & <b>{0}</b> '";
        jdbc.update("insert into award (committee_id, award_year, title, awarded_by) select min(id), 2017, ?, 'UBND' "
                + "from party_committee", hostile);
        try (XWPFDocument document = document()) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anySatisfy(text -> assertThat(text).contains("Năm 2017, được UBND tặng " + hostile + "."));
        } finally {
            jdbc.update("delete from award where title = ?", hostile);
        }
    }
}

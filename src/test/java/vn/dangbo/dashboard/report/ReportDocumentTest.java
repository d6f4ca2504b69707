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
import vn.dangbo.dashboard.base.i18n.Templates;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.recruitment.RecruitmentService;

/** The report's Word document, read back with POI: masthead, title, headings, paragraphs and tables. */
@SeedDatabaseTest
class ReportDocumentTest {
    @Autowired ReportService reports;
    @Autowired OrganisationService organisation;
    @Autowired RecruitmentService recruitment;
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

    private static List<String> paragraphs(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void the_document_has_the_party_s_masthead_with_the_committee_above_the_number_and_the_place_and_day() throws IOException {
        try (XWPFDocument document = document()) {
            XWPFTable masthead = document.getTables().getFirst();
            assertThat(paragraphs(masthead.getRow(0).getCell(0))).containsExactly(
                    "ĐẢNG BỘ HUYỆN HẢI HẬU", "ĐẢNG ỦY XÃ HẢI NAM", "*", "Số        -BC/ĐU");
            assertThat(paragraphs(masthead.getRow(0).getCell(1))).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "",
                    "Hải Nam, ngày " + report.composedOn().getDayOfMonth() + " tháng "
                            + report.composedOn().getMonthValue() + " năm " + report.composedOn().getYear());
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSequence("BÁO CÁO", "kết quả công tác xây dựng Đảng nhiệm kỳ 2015–2020");
            assertThat(document.getHeaderList()).as("a party document has no running header").isEmpty();
        }
    }

    @Test
    void every_page_is_numbered_at_its_foot() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(document.getFooterList()).singleElement().satisfies(footer -> assertThat(
                    footer.getParagraphs().getFirst().getCTP().getFldSimpleArray()).singleElement()
                    .satisfies(field -> assertThat(field.getInstr()).startsWith("PAGE")));
        }
    }

    @Test
    void it_ends_with_the_sections_only_the_office_can_write_the_recipients_and_the_signature_block() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(paragraphs(document, ReportDocument.HEADING)).endsWith(
                    "XI. HẠN CHẾ, NGUYÊN NHÂN", "XII. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020–2025");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).anySatisfy(text ->
                    assertThat(text).startsWith("(Văn phòng Đảng ủy thay dòng này bằng những hạn chế"));
            XWPFTable closing = document.getTables().getLast();
            assertThat(paragraphs(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:",
                    "- Ban Thường vụ Đảng bộ huyện Hải Hậu,", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.");
            assertThat(paragraphs(closing.getRow(0).getCell(1))).startsWith("T/M ĐẢNG ỦY", "BÍ THƯ");
        }
    }

    @Test
    void a_year_s_report_looks_at_the_next_year_with_its_recorded_admissions_target() throws IOException {
        TermPeriod term = organisation.currentTerm().orElseThrow();
        report = reports.compose(ReportPeriod.ofYear(term, 2018));
        long target = recruitment.admissionsByYear(term).stream().filter(y -> y.year() == 2019).findFirst().orElseThrow().target();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                ReportDocument.write(report, new ReportText(templates, AppLocales.VIETNAMESE))))) {
            assertThat(paragraphs(document, ReportDocument.HEADING)).last().asString().endsWith("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2019");
            assertThat(target).as("the seed records a target for 2019").isPositive();
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Phấn đấu kết nạp " + target + " đảng viên mới trong năm 2019.");
        }
    }

    @Test
    void the_document_is_valid_against_the_office_open_xml_schema_every_table_with_its_grid() throws Exception {
        byte[] bytes = ReportDocument.write(reports.compose(ReportPeriod.ofTerm(organisation.currentTerm().orElseThrow())),
                new ReportText(templates, AppLocales.VIETNAMESE));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "bao-cao-2015-2020.docx"), bytes);
        assertThat(OfficeFiles.validatedParts(bytes)).as("document, styles, footer, settings").isGreaterThanOrEqualTo(3);
        assertThat(OfficeFiles.schemaErrors(bytes)).isEmpty();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(document.getTables()).allSatisfy(table -> assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray())
                    .isEqualTo(table.getRow(0).getTableCells().size()));
        }
    }

    @Test
    void a_second_reader_docx4j_opens_the_document_and_reads_its_title_and_tables() throws Exception {
        byte[] bytes = ReportDocument.write(reports.compose(ReportPeriod.ofTerm(organisation.currentTerm().orElseThrow())),
                new ReportText(templates, AppLocales.VIETNAMESE));
        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        List<Object> body = word.getMainDocumentPart().getContent();
        List<String> texts = body.stream().filter(P.class::isInstance).map(Object::toString).toList();
        assertThat(texts).contains("BÁO CÁO", "kết quả công tác xây dựng Đảng nhiệm kỳ 2015–2020");
        List<Tbl> tables = body.stream().map(o -> o instanceof jakarta.xml.bind.JAXBElement<?> e ? e.getValue() : o)
                .filter(Tbl.class::isInstance).map(Tbl.class::cast).toList();
        assertThat(tables).hasSize(5).allSatisfy(table -> assertThat(table.getTblGrid().getGridCol()).isNotEmpty());
    }

    @Test
    void each_section_is_a_numbered_heading_followed_by_its_sentences() throws IOException {
        try (XWPFDocument document = document()) {
            assertThat(paragraphs(document, ReportDocument.HEADING)).containsExactly(
                    "I. TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ – XÃ HỘI",
                    "III. CÔNG TÁC GIÁO DỤC CHÍNH TRỊ, TƯ TƯỞNG", "IV. CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN",
                    "V. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN",
                    "VI. CÔNG TÁC KIỂM TRA, GIÁM SÁT VÀ THI HÀNH KỶ LUẬT ĐẢNG", "VII. SINH HOẠT CHI BỘ",
                    "VIII. CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ", "IX. KHEN THƯỞNG VÀ HUY HIỆU ĐẢNG", "X. XÂY DỰNG NÔNG THÔN MỚI",
                    "XI. HẠN CHẾ, NGUYÊN NHÂN", "XII. PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020–2025");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).as("the demo's inspections, term-wide")
                    .anySatisfy(text -> assertThat(text).startsWith("Trong nhiệm kỳ, Đảng ủy đã kiểm tra "))
                    .anySatisfy(text -> assertThat(text).contains("Đảng bộ được cấp trên đánh giá, xếp loại"));
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
            assertThat(tables).as("the masthead, three tables, the closing").hasSize(5);
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

package vn.dangbo.dashboard.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.dangbo.dashboard.base.i18n.Formats;

/**
 * The report as a Word document for the office to edit and finish, in the party's usual layout: the committee's name
 * and "ĐẢNG CỘNG SẢN VIỆT NAM" with the date at the top, the title, the sections as numbered headings (Heading 1, so
 * that Word's navigation lists them), their paragraphs and tables; the committee's name and the date in the page
 * header. Times New Roman 14 on A4, as party documents are set.
 */
public final class ReportDocument implements AutoCloseable {
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String HEADING = "Heading1";
    static final String TABLE_TITLE = "Heading2";
    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final Report report;
    private final ReportText text;
    private final XWPFDocument document = new XWPFDocument();

    private ReportDocument(Report report, ReportText text) {
        this.report = report;
        this.text = text;
    }

    /** The report's .docx. */
    public static byte[] write(Report report, ReportText text) {
        try (ReportDocument writer = new ReportDocument(report, text).compose();
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            writer.document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's title line, as the screen shows it too. */
    public static String title(ReportPeriod period, ReportText text) {
        return period.wholeTerm()
                ? text.label("report.title.term", String.valueOf(period.term().startYear()), String.valueOf(period.term().endYear()))
                : text.label("report.title.year", String.valueOf(period.year()));
    }

    /** A section's heading with its number as party reports write it: "II. Công tác phát triển đảng viên". */
    public static String heading(int index, ReportSection section, ReportText text) {
        String number = index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
        return text.label("report.section.numbered", number, text.label(section.headingKey()));
    }

    private ReportDocument compose() {
        page();
        styles();
        String committee = report.committeeName().orElse(text.label("layout.no-committee"));
        header(committee);
        masthead(committee);
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        title.setSpacingBefore(240);
        run(title, title(report.period(), text).toUpperCase(text.locale())).setBold(true);
        XWPFParagraph draft = paragraph(ParagraphAlignment.CENTER);
        run(draft, text.label("report.document.draft", Formats.date(report.composedOn()))).setItalic(true);
        for (int i = 0; i < report.sections().size(); i++) {
            section(i, report.sections().get(i));
        }
        return this;
    }

    private void section(int index, ReportSection section) {
        XWPFParagraph heading = paragraph(ParagraphAlignment.LEFT);
        heading.setStyle(HEADING);
        heading.setSpacingBefore(240);
        run(heading, heading(index, section, text).toUpperCase(text.locale())).setBold(true);
        for (List<Sentence> sentences : section.paragraphs()) {
            XWPFParagraph body = paragraph(ParagraphAlignment.BOTH);
            body.setIndentationFirstLine(567);
            StringBuilder line = new StringBuilder();
            for (Sentence sentence : sentences) {
                line.append(line.isEmpty() ? "" : " ").append(text.plain(sentence));
            }
            run(body, line.toString());
        }
        section.tables().forEach(this::table);
    }

    private void table(ReportTable table) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        title.setStyle(TABLE_TITLE);
        title.setSpacingBefore(120);
        run(title, text.plain(table.title())).setItalic(true);
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.columnKeys().size());
        grid.setTableAlignment(TableRowAlign.CENTER);
        grid.setWidth("100%");
        for (int c = 0; c < table.columnKeys().size(); c++) {
            cell(grid.getRow(0).getCell(c), text.label(table.columnKeys().get(c)), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            List<Figure> figures = table.rows().get(r);
            for (int c = 0; c < figures.size(); c++) {
                cell(row.getCell(c), text.figure(figures.get(c)), false);
            }
        }
    }

    private void cell(XWPFTableCell cell, String value, boolean heading) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        XWPFRun run = run(paragraph, value);
        run.setFontSize(SIZE - 1);
        run.setBold(heading);
    }

    /** Left: the committee's name, with the asterisk under it; right: the party's name and the date. */
    private void masthead(String committee) {
        XWPFTable masthead = document.createTable(1, 2);
        masthead.removeBorders();
        masthead.setWidth("100%");
        XWPFParagraph left = masthead.getRow(0).getCell(0).getParagraphs().getFirst();
        left.setAlignment(ParagraphAlignment.CENTER);
        run(left, committee.toUpperCase(text.locale())).setBold(true);
        XWPFParagraph star = masthead.getRow(0).getCell(0).addParagraph();
        star.setAlignment(ParagraphAlignment.CENTER);
        run(star, "*");
        XWPFParagraph party = masthead.getRow(0).getCell(1).getParagraphs().getFirst();
        party.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun name = run(party, text.label("report.document.party"));
        name.setBold(true);
        name.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        XWPFParagraph date = masthead.getRow(0).getCell(1).addParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        run(date, text.label("report.document.date", String.valueOf(report.composedOn().getDayOfMonth()),
                String.valueOf(report.composedOn().getMonthValue()), String.valueOf(report.composedOn().getYear())))
                .setItalic(true);
    }

    private void header(String committee) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph line = header.createParagraph();
        line.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun run = run(line, text.label("report.document.header", committee, Formats.date(report.composedOn())));
        run.setFontSize(10);
        run.setItalic(true);
    }

    /** A4, margins 2 cm (3 cm on the binding side). */
    private void page() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private void styles() {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(HEADING, "heading 1", 0));
        styles.addStyle(style(TABLE_TITLE, "heading 2", 1));
    }

    private static XWPFStyle style(String id, String name, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        XWPFStyle wrapped = new XWPFStyle(style);
        wrapped.setType(STStyleType.PARAGRAPH);
        return wrapped;
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String value) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setText(value);
        return run;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

package vn.dangbo.dashboard.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.print.WordPage;

/**
 * The report as a Word document for the office to edit and finish, in the form of a party document ({@link PartyForm}:
 * masthead, number, place and day, recipients, signature block, page numbers): the title ("BÁO CÁO" and what of),
 * the figure sections as numbered headings (Heading 1, so that Word's navigation lists them) with their paragraphs
 * and tables, then the sections only the office can write — shortcomings and their causes, the outlook for the next
 * year or term — each with a line saying what goes there, and the next year's admissions target where recorded.
 * Times New Roman 14 on A4, as party documents are set.
 */
public final class ReportDocument {
    static final String HEADING = "Heading1";
    static final String TABLE_TITLE = "Heading2";
    private static final int SIZE = 14;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final Report report;
    private final ReportText text;
    private final XWPFDocument document = new XWPFDocument();
    private final WordPage page = new WordPage(document, SIZE);
    private final PartyForm form;

    private ReportDocument(Report report, ReportText text) {
        this.report = report;
        this.text = text;
        this.form = new PartyForm(document, page, report, text);
    }

    /** The report's .docx. */
    public static byte[] write(Report report, ReportText text) {
        return WordPage.bytes(new ReportDocument(report, text).compose().document);
    }

    /** The document's title line, as the screen shows it too. */
    public static String title(ReportPeriod period, ReportText text) {
        return period.wholeTerm()
                ? text.label("report.title.term", String.valueOf(period.term().startYear()), String.valueOf(period.term().endYear()))
                : text.label("report.title.year", String.valueOf(period.year()));
    }

    /** A section's heading with its number as party reports write it: "II. Công tác phát triển đảng viên". */
    public static String heading(int index, ReportSection section, ReportText text) {
        return numbered(index, text.label(section.headingKey()), text);
    }

    private static String numbered(int index, String name, ReportText text) {
        String number = index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
        return text.label("report.section.numbered", number, name);
    }

    private ReportDocument compose() {
        styles();
        String committee = report.committeeName().orElse(text.label("layout.no-committee"));
        form.pageNumbers();
        form.masthead(committee);
        XWPFParagraph kind = paragraph(ParagraphAlignment.CENTER);
        kind.setSpacingBefore(360);
        kind.setSpacingAfter(0);
        XWPFRun kindRun = run(kind, text.label("report.document.kind"));
        kindRun.setBold(true);
        kindRun.setFontSize(SIZE + 1);
        XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER);
        subject.setSpacingAfter(0);
        run(subject, subject(report.period(), text)).setBold(true);
        run(paragraph(ParagraphAlignment.CENTER), "-----");
        XWPFParagraph draft = paragraph(ParagraphAlignment.CENTER);
        run(draft, text.label("report.document.draft", Formats.date(report.composedOn()))).setItalic(true);
        int index = 0;
        for (ReportSection section : report.sections()) {
            section(index++, section);
        }
        heading(index++, text.label("report.section.shortcomings"));
        guide("report.document.shortcomings.guide");
        heading(index, outlookHeading());
        guide("report.document.outlook.guide");
        report.nextYearAdmissionTarget().ifPresent(target -> body(text.label("report.document.outlook.admissions",
                Formats.number(target, text.locale()), String.valueOf(report.period().lastYear() + 1))));
        form.closing();
        return this;
    }

    /** The title's second line, under "BÁO CÁO": what the report is of. */
    private static String subject(ReportPeriod period, ReportText text) {
        return period.wholeTerm()
                ? text.label("report.document.subject.term", String.valueOf(period.term().startYear()), String.valueOf(period.term().endYear()))
                : text.label("report.document.subject.year", String.valueOf(period.year()));
    }

    /** A year's report looks at the next year; a term's at the next term, as long as this one. */
    private String outlookHeading() {
        ReportPeriod period = report.period();
        if (!period.wholeTerm()) {
            return text.label("report.section.outlook.year", String.valueOf(period.lastYear() + 1));
        }
        int length = period.term().endYear() - period.term().startYear();
        return text.label("report.section.outlook.term", String.valueOf(period.term().endYear()),
                String.valueOf(period.term().endYear() + length));
    }

    private void section(int index, ReportSection section) {
        heading(index, text.label(section.headingKey()));
        for (List<Sentence> sentences : section.paragraphs()) {
            StringBuilder line = new StringBuilder();
            for (Sentence sentence : sentences) {
                line.append(line.isEmpty() ? "" : " ").append(text.plain(sentence));
            }
            body(line.toString());
        }
        section.tables().forEach(this::table);
    }

    private void heading(int index, String name) {
        XWPFParagraph heading = paragraph(ParagraphAlignment.LEFT);
        heading.setStyle(HEADING);
        heading.setSpacingBefore(240);
        run(heading, numbered(index, name, text).toUpperCase(text.locale())).setBold(true);
    }

    private void body(String value) {
        XWPFParagraph body = paragraph(ParagraphAlignment.BOTH);
        body.setIndentationFirstLine(567);
        run(body, value);
    }

    /** A line for the office to replace with its own words, in italics. */
    private void guide(String key) {
        XWPFParagraph guide = paragraph(ParagraphAlignment.BOTH);
        guide.setIndentationFirstLine(567);
        run(guide, text.label(key)).setItalic(true);
    }

    private void table(ReportTable table) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        title.setStyle(TABLE_TITLE);
        title.setSpacingBefore(120);
        run(title, text.plain(table.title())).setItalic(true);
        XWPFTable grid = page.table(table.rows().size() + 1, widths(table.columnKeys()));
        grid.setTableAlignment(TableRowAlign.CENTER);
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

    /** A table's columns across the text's width: the row number narrow, a name wide, each figure alike. */
    private static int[] widths(List<String> columnKeys) {
        return WordPage.widths(columnKeys.stream().mapToInt(key -> switch (key) {
            case "report.column.number" -> 1;
            case "report.column.target-name", "report.column.level" -> 5;
            default -> 2;
        }).toArray());
    }

    private void cell(XWPFTableCell cell, String value, boolean heading) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        XWPFRun run = run(paragraph, value);
        run.setFontSize(SIZE - 1);
        run.setBold(heading);
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
        return page.paragraph(alignment, 120);
    }

    private XWPFRun run(XWPFParagraph paragraph, String value) {
        return page.run(paragraph, value);
    }
}

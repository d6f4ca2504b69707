package vn.dangbo.dashboard.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import vn.dangbo.dashboard.base.print.WordPage;
import vn.dangbo.dashboard.organisation.Superior;

/**
 * The frame of a party document (Hướng dẫn 36-HD/VPTW, 2018, on the form of party documents) around a report's text:
 * the masthead (the committee above and the issuing committee with "*" and the number left for the office to fill
 * on the left; "ĐẢNG CỘNG SẢN VIỆT NAM", underlined, and the place and day on the right), the recipients and the
 * signature block at the end, page numbers at the foot.
 */
final class PartyForm {
    private static final int TEXT_WIDTH = WordPage.TEXT_WIDTH;
    /** "Đảng bộ xã Hải Nam": the level word, then the place's own name. */
    private static final Pattern PLACE = Pattern.compile(
            "^Đảng bộ\\s+(?:xã|phường|thị trấn|đặc khu|thị xã|huyện|quận|thành phố|tỉnh)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMITTEE = Pattern.compile("^Đảng bộ\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final XWPFDocument document;
    private final Report report;
    private final ReportText text;
    private final WordPage page;

    PartyForm(XWPFDocument document, WordPage page, Report report, ReportText text) {
        this.document = document;
        this.page = page;
        this.report = report;
        this.text = text;
    }

    /** The committee above, as the first line of the masthead writes it. */
    static Optional<String> superiorLine(Report report, ReportText text) {
        return report.superior().map(superior -> switch (superior.kind()) {
            case COMMITTEE -> superior.name();
            case DISTRICT -> text.label("report.document.superior.district", superior.name());
            case PROVINCE -> text.label("report.document.superior.province", superior.name());
        });
    }

    /**
     * The issuing body: a committee's report is issued by its executive, the Đảng ủy ("Đảng bộ xã Hải Nam" issues as
     * "Đảng ủy xã Hải Nam"). A name not written that way, or in another language, is kept as recorded.
     */
    static String issuer(String committee, Locale locale) {
        Matcher matcher = COMMITTEE.matcher(committee);
        return "vi".equals(locale.getLanguage()) && matcher.find() ? "Đảng ủy " + committee.substring(matcher.end()) : committee;
    }

    /** The place before the day: the commune's own name, when the committee's name gives it. */
    static Optional<String> place(String committee) {
        Matcher matcher = PLACE.matcher(committee.trim());
        return matcher.matches() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
    }

    void masthead(String committee) {
        XWPFTable masthead = borderless(new int[] {TEXT_WIDTH * 9 / 20, TEXT_WIDTH - TEXT_WIDTH * 9 / 20});
        XWPFTableCell left = masthead.getRow(0).getCell(0);
        Optional<String> superior = superiorLine(report, text);
        XWPFParagraph first = left.getParagraphs().getFirst();
        first.setAlignment(ParagraphAlignment.CENTER);
        if (superior.isPresent()) {
            page.run(first, superior.get().toUpperCase(text.locale()));
            first = left.addParagraph();
            first.setAlignment(ParagraphAlignment.CENTER);
        }
        page.run(first, issuer(committee, text.locale()).toUpperCase(text.locale())).setBold(true);
        line(left, "*", false);
        line(left, text.label("report.document.number"), false);

        XWPFTableCell right = masthead.getRow(0).getCell(1);
        XWPFParagraph party = right.getParagraphs().getFirst();
        party.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun name = page.run(party, text.label("report.document.party"));
        name.setBold(true);
        name.setUnderline(UnderlinePatterns.SINGLE);
        var day = report.composedOn();
        String date = place(committee)
                .map(place -> text.label("report.document.place-date", place, String.valueOf(day.getDayOfMonth()),
                        String.valueOf(day.getMonthValue()), String.valueOf(day.getYear())))
                .orElseGet(() -> text.label("report.document.date", String.valueOf(day.getDayOfMonth()),
                        String.valueOf(day.getMonthValue()), String.valueOf(day.getYear())));
        line(right, "", false);
        line(right, date, false).setItalic(true);
    }

    /** The recipients on the left, "T/M ĐẢNG ỦY / BÍ THƯ" and room for the signature on the right. */
    void closing() {
        document.createParagraph().setSpacingAfter(240);
        XWPFTable closing = borderless(new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableCell left = closing.getRow(0).getCell(0);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        XWPFRun recipients = page.run(heading, text.label("report.document.recipients"));
        recipients.setBold(true);
        recipients.setItalic(true);
        recipients.setUnderline(UnderlinePatterns.SINGLE);
        recipients.setFontSize(12);
        List<String> lines = new java.util.ArrayList<>();
        superiorLine(report, text).ifPresent(superior -> lines.add(text.label("report.document.recipient.superior", superior)));
        lines.add(text.label("report.document.recipient.cells"));
        lines.add(text.label("report.document.recipient.archive"));
        for (String recipient : lines) {
            XWPFParagraph paragraph = left.addParagraph();
            page.run(paragraph, recipient).setFontSize(11);
        }
        XWPFTableCell right = closing.getRow(0).getCell(1);
        XWPFParagraph onBehalf = right.getParagraphs().getFirst();
        onBehalf.setAlignment(ParagraphAlignment.CENTER);
        page.run(onBehalf, text.label("report.document.on-behalf")).setBold(true);
        line(right, text.label("report.document.signer"), true);
        for (int i = 0; i < 4; i++) {
            line(right, "", false);
        }
    }

    /** The page's number at the foot of every page, on the right. */
    void pageNumbers() {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        XWPFRun shown = new XWPFRun(field.addNewR(), paragraph);
        shown.setFontFamily(WordPage.FONT);
        shown.setFontSize(page.size());
        shown.setText("1");
    }

    private XWPFTable borderless(int[] widths) {
        XWPFTable table = page.table(1, widths);
        table.removeBorders();
        return table;
    }

    private XWPFRun line(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = page.run(paragraph, value);
        run.setBold(bold);
        return run;
    }
}

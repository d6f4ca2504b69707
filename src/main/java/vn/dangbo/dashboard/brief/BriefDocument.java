package vn.dangbo.dashboard.brief;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.dangbo.dashboard.attention.AttentionItem;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.print.WordPage;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;

/**
 * The brief as a Word document (.docx) on one page or so, in the party's type (Times New Roman 13 on A4, tables 12):
 * the committee and the month, the changes as a table, each rule that found something with its first items, and the
 * conclusions carried forward as a table, each table's columns as wide as what they hold. Words are the bundle's, in
 * the language the resolver gives; names and conclusions as recorded.
 */
public final class BriefDocument {
    /** Items written under a rule; the others are counted. */
    static final int ITEMS_PER_RULE = 5;
    private static final int SIZE = 13;
    /** The figure's name wide, "520 (tháng 5/2020)" wider than the figures beside it. */
    private static final int[] CHANGE_WEIGHTS = {5, 2, 4, 2};
    /** The conclusion's words widest; a day (05/06/2020) on one line. */
    private static final int[] CONCLUSION_WEIGHTS = {5, 11, 6, 5, 5};
    private final XWPFDocument document = new XWPFDocument();
    private final WordPage page = new WordPage(document, SIZE);
    private final Function<Message, String> text;
    private final Locale locale;

    private BriefDocument(Function<Message, String> text, Locale locale) {
        this.text = text;
        this.locale = locale;
    }

    /** The brief's .docx; {@code text} gives a message's words (a page's language, or Vietnamese for the e-mail). */
    public static byte[] write(MonthlyBrief brief, Function<Message, String> text, Locale locale) {
        BriefDocument writer = new BriefDocument(text, locale);
        writer.compose(brief);
        return WordPage.bytes(writer.document);
    }

    /** The file's name: ban-tin-hop-thang-2026-11.docx. */
    public static String fileName(MonthlyBrief brief) {
        return "ban-tin-hop-thang-" + brief.month() + ".docx";
    }

    private String t(String key, Object... parameters) {
        return text.apply(new Message(key, parameters));
    }

    private void compose(MonthlyBrief brief) {
        XWPFParagraph committee = paragraph(ParagraphAlignment.CENTER);
        run(committee, brief.committee().toUpperCase(locale)).setBold(true);
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        XWPFRun titleRun = run(title, t("brief.title", brief.month().getMonthValue() + "/" + brief.month().getYear()));
        titleRun.setBold(true);
        titleRun.setFontSize(SIZE + 3);
        run(paragraph(ParagraphAlignment.CENTER), t("brief.as-of", Formats.date(brief.asOf()))).setItalic(true);
        heading(t("brief.section.changes"));
        changes(brief);
        heading(t("brief.section.attention"));
        attention(brief);
        heading(t("brief.section.conclusions"));
        conclusions(brief.conclusions());
    }

    private void changes(MonthlyBrief brief) {
        XWPFTable table = page.table(brief.changes().size() + 1, WordPage.widths(CHANGE_WEIGHTS));
        row(table, 0, true, t("brief.column.figure"), t("brief.column.now"), t("brief.column.before"), t("brief.column.change"));
        for (int i = 0; i < brief.changes().size(); i++) {
            BriefChange change = brief.changes().get(i);
            long difference = change.difference();
            String sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
            row(table, i + 1, false, text.apply(change.figure()), Formats.number(change.now(), locale),
                    Formats.number(change.before(), locale) + " (" + text.apply(change.comparedWith()) + ")",
                    sign + Formats.number(Math.abs(difference), locale));
        }
    }

    private void attention(MonthlyBrief brief) {
        if (brief.attention().isEmpty()) {
            body(t("brief.attention.none", String.valueOf(AttentionRule.values().length)));
            return;
        }
        for (AttentionRule rule : AttentionRule.values()) {
            List<AttentionItem> items = brief.attention().items(rule);
            if (items.isEmpty()) {
                continue;
            }
            XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
            run(line, t(rule.titleKey()) + ": " + Formats.number(items.size(), locale)).setBold(true);
            items.stream().limit(ITEMS_PER_RULE).forEach(item ->
                    body("– " + item.subject() + ": " + text.apply(item.detail())));
            if (items.size() > ITEMS_PER_RULE) {
                body(t("attention.more", Formats.number(items.size() - ITEMS_PER_RULE, locale)));
            }
        }
    }

    private void conclusions(List<ConclusionEntry> conclusions) {
        if (conclusions.isEmpty()) {
            body(t("conclusions.carried.none"));
            return;
        }
        XWPFTable table = page.table(conclusions.size() + 1, WordPage.widths(CONCLUSION_WEIGHTS));
        row(table, 0, true, t("conclusions.column.meeting"), t("conclusions.column.content"),
                t("conclusions.column.assignee"), t("conclusions.column.due"), t("conclusions.column.state"));
        for (int i = 0; i < conclusions.size(); i++) {
            ConclusionEntry entry = conclusions.get(i);
            row(table, i + 1, false, Formats.date(entry.meetingDate()), entry.content(), entry.assignee(),
                    Formats.date(entry.dueDate()), t("conclusions.state." + entry.state()));
        }
    }

    private void row(XWPFTable table, int index, boolean heading, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            XWPFParagraph paragraph = table.getRow(index).getCell(c).getParagraphs().getFirst();
            XWPFRun run = run(paragraph, cells[c]);
            run.setFontSize(SIZE - 1);
            run.setBold(heading);
        }
    }

    private void heading(String words) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(240);
        run(paragraph, words).setBold(true);
    }

    private void body(String words) {
        run(paragraph(ParagraphAlignment.LEFT), words);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        return page.paragraph(alignment, 60);
    }

    private XWPFRun run(XWPFParagraph paragraph, String words) {
        return page.run(paragraph, words);
    }
}

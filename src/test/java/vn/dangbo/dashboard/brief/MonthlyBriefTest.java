package vn.dangbo.dashboard.brief;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.ratings.RatingLevel;
import vn.dangbo.dashboard.ratings.RatingService;
import vn.dangbo.dashboard.report.OfficeFiles;

/**
 * The monthly brief of the seed commune for June 2020: its changes computed against the right periods, and the same
 * brief on the page and in the Word document, with the attention list and the conclusions carried forward.
 */
class MonthlyBriefTest extends UiTest {
    private static final YearMonth JUNE = YearMonth.of(2020, 6);
    @Autowired BriefService briefs;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheConclusion() {
        jdbc.update("delete from conclusion");
    }

    @Test
    void members_are_compared_with_the_same_day_a_year_before_and_ratings_with_the_year_before() {
        MonthlyBrief brief = briefs.brief(JUNE);

        BriefChange membersChange = brief.changes().getFirst();
        assertThat(membersChange.now()).isEqualTo(members.membersOn(LocalDate.of(2020, 6, 30)));
        assertThat(membersChange.before()).isEqualTo(members.membersOn(LocalDate.of(2019, 6, 30)));
        assertThat(brief.changes().get(1).figure()).isEqualTo(new Message("brief.figure.admissions", "30/06/2020"));
        for (RatingLevel level : RatingLevel.values()) {
            BriefChange change = brief.changes().get(2 + level.ordinal());
            assertThat(change.figure()).isEqualTo(new Message("brief.figure.rating", new Message("rating.short." + level), "2019"));
            assertThat(change.now()).isEqualTo(ratings.memberDistribution(2019).count(level));
            assertThat(change.before()).isEqualTo(ratings.memberDistribution(2018).count(level));
            assertThat(change.better()).isEqualTo(level == RatingLevel.FAILED ? -1 : level == RatingLevel.SATISFACTORY ? 0 : 1);
        }
    }

    @Test
    void the_word_document_holds_the_changes_each_rule_that_found_something_and_the_conclusions_as_written() throws Exception {
        jdbc.update("insert into conclusion (committee_id, meeting_date, subject_kind, subject_key, content, assignee, due_date)"
                + " select id, date '2020-06-05', 'MEETING', 'cuoc-hop', '<b>Chuẩn bị</b> đại hội', 'Thường trực', date '2020-09-30'"
                + " from party_committee");
        MonthlyBrief brief = briefs.brief(JUNE);

        byte[] docx = BriefDocument.write(brief, Message::vietnamese, Locale.of("vi", "VN"));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("Bản tin họp tháng 6/2020", "I. Những thay đổi so với kỳ trước", "II. Những việc cần chú ý");
            for (AttentionRule rule : AttentionRule.values()) {
                if (!brief.attention().items(rule).isEmpty()) {
                    assertThat(text).contains(new Message(rule.titleKey()).vietnamese() + ": " + brief.attention().items(rule).size());
                }
            }
            XWPFTable changes = document.getTables().getFirst();
            assertThat(changes.getNumberOfRows()).isEqualTo(brief.changes().size() + 1);
            XWPFTable conclusions = document.getTables().getLast();
            assertThat(conclusions.getRow(1).getCell(1).getText()).isEqualTo("<b>Chuẩn bị</b> đại hội");
        }
    }

    @Test
    void the_word_document_is_a_valid_a4_page_whose_tables_give_the_words_the_width_and_the_figures_less() throws Exception {
        jdbc.update("insert into conclusion (committee_id, meeting_date, subject_kind, subject_key, content, assignee, due_date)"
                + " select id, date '2020-06-05', 'MEETING', 'cuoc-hop', 'Chuẩn bị đại hội', 'Thường trực', date '2020-09-30'"
                + " from party_committee");

        byte[] docx = BriefDocument.write(briefs.brief(JUNE), Message::vietnamese, Locale.of("vi", "VN"));

        assertThat(OfficeFiles.schemaErrors(docx)).isEmpty();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(page.getW(), page.getH())).as("A4 in twentieths of a point")
                    .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
            XWPFTable changes = document.getTables().getFirst();
            XWPFTable conclusions = document.getTables().getLast();
            for (XWPFTable table : List.of(changes, conclusions)) {
                assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(table.getRow(0).getTableCells().size());
            }
            assertThat(widths(changes).getFirst()).as("the figure's name").isEqualTo(Collections.max(widths(changes)));
            assertThat(widths(conclusions).get(1)).as("the conclusion's words").isEqualTo(Collections.max(widths(conclusions)))
                    .isGreaterThan(2 * widths(conclusions).getFirst());
        }
    }

    private static List<Integer> widths(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .map(column -> ((BigInteger) column.getW()).intValue()).toList();
    }

    @Test
    void the_brief_page_shows_the_month_its_changes_and_offers_the_word_document() {
        open("brief?month=2020-06");

        assertThat(_get(H2.class).getText()).isEqualTo("Bản tin họp tháng 6/2020");
        assertThat(_get(Component.class, spec -> spec.withId("brief-changes")).getChildren().count())
                .isEqualTo(briefs.brief(JUNE).changes().size() + 1);
        assertThat(_get(Anchor.class, spec -> spec.withId("brief-docx")).getText()).isEqualTo("Tải bản tin họp tháng (.docx)");
        assertThat(_find(H3.class).stream().map(H3::getText)).as("the sections, numbered as in the Word document")
                .containsSequence("I. Những thay đổi so với kỳ trước", "II. Những việc cần chú ý",
                        "III. Kết luận các cuộc họp trước");
    }

    @Test
    void a_month_the_address_does_not_name_rightly_is_said_and_the_default_month_shown() {
        open("brief?month=2999-99");

        assertThat(_get(Component.class, spec -> spec.withId("brief-bad-month")).getElement().getTextRecursively())
                .startsWith("Không hiểu tháng «2999-99»");
    }

    @Test
    void a_month_still_to_come_is_said_to_be_still_to_come_and_the_default_month_shown() {
        open("brief?month=2999-01");

        assertThat(_get(Component.class, spec -> spec.withId("brief-bad-month")).getElement().getTextRecursively())
                .isEqualTo("Tháng 2999-01 chưa đến; đang xem tháng mặc định.");
        YearMonth shown = briefs.defaultMonth();
        assertThat(_get(H2.class).getText()).isEqualTo("Bản tin họp tháng " + shown.getMonthValue() + "/" + shown.getYear());
    }
}

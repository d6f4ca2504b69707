package vn.dangbo.dashboard.attention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.attention.AttentionService;
import vn.dangbo.dashboard.base.i18n.Formats;

/** The attention page and the overview's panel as the committee, the office and a cell secretary see them. */
class AttentionViewTest extends UiTest {
    @Autowired AttentionService attention;

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static List<Div> rules() {
        return _find(Div.class, spec -> spec.withClasses("attention-rule"));
    }

    @Test
    void the_page_lists_every_rule_with_its_source_and_what_it_found_in_the_month() {
        open("attention?month=2020-06");
        Attention june = attention.attention(YearMonth.of(2020, 6));

        assertThat(_get(H2.class).getText()).isEqualTo("Cần chú ý · tháng 6/2020");
        assertThat(rules()).hasSize(AttentionRule.values().length);
        assertThat(text("attention-summary")).isEqualTo(june.total() + " việc cần chú ý (kiểm tra đến ngày "
                + Formats.date(june.asOf()) + ").");
        for (AttentionRule rule : AttentionRule.values()) {
            String section = text(AttentionLinks.section(rule));
            assertThat(section).startsWith(june.items(rule).size() + "");
            assertThat(section).contains(june.items(rule).isEmpty() ? "Không có." : june.items(rule).getFirst().subject());
        }
    }

    @Autowired vn.dangbo.dashboard.meetings.MeetingService meetings;
    @Autowired vn.dangbo.dashboard.organisation.KeptCounts keptCounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_item_that_appears_reaches_the_open_attention_page_without_a_reload() {
        open("attention?month=2020-06");
        com.vaadin.flow.component.UI page = com.vaadin.flow.component.UI.getCurrent();
        int before = attention.attention(YearMonth.of(2020, 6)).items(AttentionRule.LOW_ATTENDANCE).size();
        try {
            meetings.recordMeeting("X01", java.time.LocalDate.of(2020, 6, 25), vn.dangbo.dashboard.meetings.MeetingKind.REGULAR,
                    1, 30, null);

            receivePush(page);
            assertThat(text(AttentionLinks.section(AttentionRule.LOW_ATTENDANCE))).startsWith(String.valueOf(before + 1))
                    .contains("Chi bộ xóm 1");
        } finally {
            jdbc.update("delete from cell_meeting where meeting_date = date '2020-06-25' and cell_id = (select id from cell where code = 'X01')");
            keptCounts.countAllAfresh();
        }
    }

    @Test
    void a_month_the_address_does_not_name_rightly_is_said_and_the_default_month_shown() {
        open("attention?month=tháng-mười");

        assertThat(text("attention-bad-month")).contains("Không hiểu tháng «tháng-mười»");
        YearMonth shown = attention.defaultMonth();
        assertThat(_get(H2.class).getText()).isEqualTo("Cần chú ý · tháng " + shown.getMonthValue() + "/" + shown.getYear());
    }

    @Test
    void a_month_still_to_come_is_refused_in_words() {
        open("attention?month=2999-01");

        assertThat(text("attention-bad-month")).isEqualTo("Tháng 2999-01 chưa đến; đang xem tháng mặc định.");
    }

    @Test
    void a_month_after_the_last_meeting_recorded_says_where_the_records_stop() {
        open("attention?month=2020-09");

        assertThat(text("attention-records-end")).isEqualTo(
                "Sổ sinh hoạt chi bộ mới ghi đến tháng 6/2020: các tháng sau chưa có số liệu.");
        assertThat(text(AttentionLinks.section(AttentionRule.DATA_NOT_KEPT))).startsWith("25");
    }

    @Test
    void a_cell_secretary_sees_only_their_own_cells_items() {
        signInAs("bithu.xom1");
        open("attention?month=2020-09");

        List<String> links = _find(Anchor.class, spec -> spec.withClasses("attention-subject")).stream()
                .map(Anchor::getHref).toList();
        assertThat(links).isNotEmpty().allMatch(href -> href.contains("X01"));
    }

    @Test
    void an_item_about_a_cell_opens_the_cells_page_of_the_year() {
        open("attention?month=2020-09");

        Anchor first = _find(Anchor.class, spec -> spec.withClasses("attention-subject")).getFirst();
        assertThat(first.getHref()).matches("cells/X\\d\\d\\?year=2020");
    }

    @Test
    void the_overview_shows_the_default_months_attention_in_brief_linking_to_the_page() {
        open("");
        YearMonth month = attention.defaultMonth();
        Attention found = attention.attention(month);

        assertThat(text("card-attention")).startsWith("Cần chú ý · tháng " + month.getMonthValue() + "/" + month.getYear());
        assertThat(_get(Anchor.class, spec -> spec.withId("attention-panel-open")).getHref())
                .isEqualTo("attention?month=" + month);
        long shownRules = java.util.Arrays.stream(AttentionRule.values()).filter(r -> !found.items(r).isEmpty()).count();
        assertThat(found.isEmpty() ? _find(Component.class, spec -> spec.withId("attention-panel-clear")).size()
                : _get(Component.class, spec -> spec.withId("attention-panel-items")).getChildren().count())
                .isEqualTo(found.isEmpty() ? 1L : shownRules);
    }
}

package vn.dangbo.dashboard.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;

/** The report on screen: its sentences, each figure a link to its view, the period in the address. */
class ReportViewTest extends UiTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> {0} '";
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheHostileAward() {
        jdbc.update("delete from award where title = ?", HOSTILE);
    }

    private static String section(String key) {
        return _get(Div.class, spec -> spec.withId("report-" + key)).getElement().getTextRecursively();
    }

    private static Anchor figure(String section, String text) {
        return _find(Anchor.class, spec -> spec.withClasses("report-figure").withText(text)).stream()
                .filter(a -> a.getParent().flatMap(com.vaadin.flow.component.Component::getParent)
                        .flatMap(com.vaadin.flow.component.Component::getParent)
                        .map(p -> p.getId().orElse("").equals("report-" + section)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + text + " in " + section));
    }

    @Test
    void the_term_report_reads_as_the_party_writes_it() {
        open("report?term=2015-2020");
        assertThat(_get(H2.class).getText()).isEqualTo("Báo cáo kết quả công tác xây dựng Đảng nhiệm kỳ 2015–2020");
        assertThat(section("organisation")).startsWith("I. Tổ chức cơ sở đảng và đảng viên")
                .contains("Hiện nay, Đảng bộ có 521 đảng viên, sinh hoạt tại 25 chi bộ (trong đó có 20 chi bộ xóm).");
        assertThat(section("recruitment")).contains("đã kết nạp 30 đảng viên mới, đạt 120% chỉ tiêu Nghị quyết Đại hội đề ra "
                + "(25 đảng viên), vượt 20%.");
    }

    @Test
    void each_figure_leads_to_the_view_it_came_from() {
        open("report?term=2015-2020");
        assertThat(figure("organisation", "521").getHref()).isEqualTo("membership?term=2015-2020");
        assertThat(figure("recruitment", "30").getHref()).isEqualTo("recruitment?term=2015-2020");
        assertThat(figure("ratings", "89").getHref()).isEqualTo("ratings/members?year=2019&level=OUTSTANDING&term=2015-2020");
        assertThat(figure("training", "4").getHref()).isEqualTo("training/members?term=2015-2020&programme=UNIVERSITY");
        for (String href : List.of(figure("organisation", "521").getHref(), figure("ratings", "89").getHref(),
                figure("training", "4").getHref(), figure("targets", "11").getHref())) {
            open(href);
            assertThat(shownView()).as(href).isNotIn("AccessDeniedView", "ReportView");
            open("report?term=2015-2020");
        }
    }

    @Test
    void choosing_a_year_writes_that_year_s_report_and_keeps_it_in_the_address() {
        open("report?term=2015-2020");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("period-year"));
        year.setValue(2019);
        assertThat(location()).isEqualTo("report?term=2015-2020&year=2019");
        assertThat(_get(H2.class).getText()).isEqualTo("Báo cáo kết quả công tác xây dựng Đảng năm 2019");
        assertThat(section("organisation")).contains("Đến ngày 31/12/2019, Đảng bộ có 521 đảng viên");
        assertThat(_find(Div.class, spec -> spec.withId("report-targets"))).isEmpty();
    }

    @Test
    void a_year_outside_the_term_gives_the_term_s_report_and_says_so() {
        open("report?term=2015-2020&year=1999");
        assertThat(pageText()).contains("Năm \"1999\" không thuộc nhiệm kỳ 2015–2020. Đang hiển thị báo cáo cả nhiệm kỳ.");
        assertThat(_get(H2.class).getText()).endsWith("nhiệm kỳ 2015–2020");
    }

    @Test
    void an_award_s_title_is_shown_as_text_never_as_markup() {
        jdbc.update("insert into award (committee_id, award_year, title, awarded_by) select min(id), 2017, ?, 'UBND' "
                + "from party_committee", HOSTILE);
        open("report?term=2015-2020");
        Anchor title = figure("awards", HOSTILE);
        assertThat(title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(title.getText()).isEqualTo(HOSTILE);
        assertThat(section("awards")).contains("Năm 2017, được UBND tặng " + HOSTILE + ".");
    }

    @Test
    void in_english_the_report_is_english() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));
        open("report?term=2015-2020");
        assertThat(_get(H2.class).getText()).isEqualTo("Report on party building, 2015–2020 term");
        assertThat(section("organisation")).contains("Today, the party organisation has 521 members in 25 cells (20 of them hamlet cells).");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-docx")).getText()).isEqualTo("Download Word (.docx)");
    }
}

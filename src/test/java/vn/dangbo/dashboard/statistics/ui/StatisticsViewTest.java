package vn.dangbo.dashboard.statistics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.statistics.StatisticForm;
import vn.dangbo.dashboard.statistics.StatisticsService;

class StatisticsViewTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired StatisticsService statistics;

    @BeforeEach
    void aRestoredMemberWithAHostileName() {
        jdbc.update("""
                insert into member (code, full_name, gender, birth_year, cell_id, status, admission_date, restored_date, exempt,
                    direct_worker, political_theory)
                select 'TEST-S1', '<img src=x onerror=alert(1)>Thử', 'MALE', 1960, id, 'FULL', date '1990-04-20',
                    date '2019-03-03', false, false, 'NONE' from cell where code = 'X01'""");
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
        signInAs("vanphong");
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from member where code like 'TEST-S%'");
    }

    @Test
    void the_form_in_the_address_is_shown_in_its_printed_shape_with_its_figures_and_columns() {
        open("statistics?year=2019&form=1");

        assertThat(_get(H2.class).getText()).isEqualTo("Biểu thống kê cơ bản năm 2019");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("statistics-title")).getText())
                .isEqualTo("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN");
        NativeTable table = _get(NativeTable.class, spec -> spec.withClasses("statistics-table"));
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("Kỳ này").contains("Cùng kỳ năm trước").contains("Đảng viên trong danh sách cuối kỳ báo cáo")
                .contains("Phục hồi đảng tịch");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("statistics-checks")).getElement()
                .getTextRecursively()).startsWith("Các biểu khớp nhau");
    }

    @Test
    void a_figure_opens_the_members_behind_it_their_names_shown_as_text() {
        open("statistics?year=2019&form=1");
        int restored = statistics.fill(StatisticForm.F1, 2019).line("stat.f1.restored").index();
        Anchor figure = _find(Anchor.class, spec -> spec.withClasses("statistics-figure")).stream()
                .filter(a -> List.of(a.getHref().substring(a.getHref().indexOf('?') + 1).split("&"))
                        .containsAll(List.of("row=" + restored, "col=0"))).findFirst().orElseThrow();
        assertThat(figure.getText()).isEqualTo("1");

        open(figure.getHref());

        NativeTable behind = _find(NativeTable.class).stream().filter(t -> t.getParent().flatMap(p -> p.getId())
                .filter("statistics-behind"::equals).isPresent()).findFirst().orElseThrow();
        String text = behind.getElement().getTextRecursively();
        assertThat(text).contains("TEST-S1").contains("<img src=x onerror=alert(1)>Thử");
        assertThat(behind.getElement().getOuterHTML()).doesNotContain("<img src");
    }

    @Test
    void a_wrong_year_or_form_in_the_address_is_said_in_vietnamese_and_a_sensible_form_is_shown() {
        open("statistics?year=abc&form=99");

        List<String> notices = _find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("page-notice"))
                .stream().map(p -> p.getText()).toList();
        assertThat(notices).anyMatch(n -> n.startsWith("Năm \"abc\" không hợp lệ"))
                .anyMatch(n -> n.equals("Không có biểu \"99\"; đang hiện Biểu 1."));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("statistics-title")).getText())
                .isEqualTo("THỐNG KÊ TĂNG, GIẢM ĐẢNG VIÊN");
    }
}

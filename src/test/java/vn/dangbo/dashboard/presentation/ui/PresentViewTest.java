package vn.dangbo.dashboard.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.MainLayout;
import vn.dangbo.dashboard.presentation.PresentationService;
import vn.dangbo.dashboard.presentation.Slide;

class PresentViewTest extends UiTest {
    @Autowired PresentationService presentation;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDefaultSlides() {
        presentation.save(Arrays.asList(Slide.values()));
    }

    private static PresentView view() {
        return _get(PresentView.class);
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    @Test
    void the_presentation_has_no_application_chrome() {
        open("present");
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(heading()).isEqualTo("Đảng bộ xã Hải Nam");
        assertThat(view().getElement().getTextRecursively()).contains("1 / 9");
    }

    @Test
    void every_slide_says_what_the_term_achieved() {
        open("present/2");
        assertThat(heading()).isEqualTo("Chỉ tiêu kinh tế – xã hội: 11/11 đạt và vượt");
        assertThat(view().getElement().getTextRecursively()).contains("chỉ tiêu 10%", "11,2%", "48,5 triệu đồng")
                .doesNotContain(" %");
        view().next();
        assertThat(heading()).isEqualTo("Đội ngũ đảng viên");
        assertThat(view().getElement().getTextRecursively()).contains("521");
        view().next();
        assertThat(view().getElement().getTextRecursively()).contains("30/25", "120%", "16");
        view().next();
        assertThat(view().getElement().getTextRecursively()).contains("96,2%", "17,8%");
        view().next();
        assertThat(view().getElement().getTextRecursively()).contains("25/25", "4/25");
        view().next();
        assertThat(view().getElement().getTextRecursively()).contains("Đại học", "4", "3", "8");
        view().next();
        assertThat(view().getElement().getTextRecursively()).contains("20/20", "Anh hùng Lực lượng vũ trang nhân dân");
        view().next();
        assertThat(heading()).isEqualTo("Xin trân trọng cảm ơn!");
    }

    @Test
    void badges_presented_in_the_term_bring_their_slide_with_the_counts_by_badge_and_no_names() {
        List<java.util.Map<String, Object>> longest = jdbc.queryForList(
                "select id, admission_date from member where admission_date < date '1985-01-01' order by code limit 2");
        try {
            longest.forEach(m -> jdbc.update("insert into party_badge (member_id, badge_years, awarded_on) values (?, 30, ?)",
                    m.get("id"), ((java.sql.Date) m.get("admission_date")).toLocalDate().plusYears(31)
                            .withYear(2019).withMonth(5).withDayOfMonth(19)));
            vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);
            open("present/badges");

            assertThat(heading()).isEqualTo("Trao tặng Huy hiệu Đảng trong nhiệm kỳ");
            assertThat(view().getElement().getTextRecursively()).contains(String.valueOf(longest.size()), "huy hiệu Đảng đã trao");
            assertThat(_get(vn.dangbo.dashboard.chart.ApexChart.class, spec -> spec.withId("chart-slide-badges")).getOptions()
                    .xaxis().categories()).containsExactly("Huy hiệu 30 năm");
            assertThat(view().getElement().getTextRecursively()).as("one slide more than without badges").contains("9 / 10");
        } finally {
            jdbc.update("delete from party_badge");
        }
    }

    @Test
    void no_slide_shows_a_members_name() {
        List<String> names = jdbc.queryForList("select full_name from member", String.class);
        open("present/1");
        for (int slide = 1; slide <= view().slideCount(); slide++) {
            view().go(slide);
            String text = view().getElement().getTextRecursively();
            assertThat(names).as("slide %d", slide).noneMatch(text::contains);
        }
    }

    @Test
    void the_keys_move_between_slides_and_stop_at_the_ends() {
        open("present/1");
        view().previous();
        assertThat(view().slideNumber()).isEqualTo(1);
        view().last();
        assertThat(view().slideNumber()).isEqualTo(9);
        view().next();
        assertThat(view().slideNumber()).isEqualTo(9);
        view().first();
        assertThat(view().slideNumber()).isEqualTo(1);
        view().go(5);
        assertThat(heading()).isEqualTo("Xếp loại chất lượng đảng viên");
        view().go(42);
        assertThat(view().slideNumber()).isEqualTo(5);
    }

    @Test
    void advancing_by_itself_loops_back_to_the_first_slide() {
        open("present/9?auto=20");
        view().next();
        assertThat(view().slideNumber()).isEqualTo(1);
    }

    @Test
    void the_slide_in_the_address_is_the_slide_shown() {
        open("present/7?theme=light");
        assertThat(view().slideNumber()).isEqualTo(7);
        assertThat(view().getClassNames()).contains("theme-light");
        open("present/99");
        assertThat(view().slideNumber()).isEqualTo(9);
    }

    @Test
    void the_chosen_slides_are_shown_in_the_chosen_order() {
        presentation.save(List.of(Slide.RECRUITMENT, Slide.TITLE));
        open("present/1");
        assertThat(heading()).isEqualTo("Kết nạp đảng viên mới");
        assertThat(view().slideCount()).isEqualTo(2);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("present/1");
    }

    /** The browser's answer to the click listener's filter: the click was on the slide, not on a control. */
    private static final String ON_THE_SLIDE = PresentView.ON_THE_SLIDE;

    @Test
    void a_click_on_the_right_half_moves_on_and_on_the_left_half_back_and_the_small_controls_do_too() {
        open("present/3");
        String third = heading();
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(view(), "click", vn.dangbo.dashboard.chart.ChartJson
                .tree(java.util.Map.of("event.clientX", 1500, "element.clientWidth", 1920, ON_THE_SLIDE, true)));
        assertThat(view().slideNumber()).isEqualTo(4);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(view(), "click", vn.dangbo.dashboard.chart.ChartJson
                .tree(java.util.Map.of("event.clientX", 200, "element.clientWidth", 1920, ON_THE_SLIDE, true)));
        assertThat(heading()).isEqualTo(third);

        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("slide-next")));
        assertThat(view().slideNumber()).isEqualTo(4);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("slide-previous")));
        assertThat(view().slideNumber()).isEqualTo(3);
    }
}

package vn.dangbo.dashboard.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.presentation.PresentationService;
import vn.dangbo.dashboard.presentation.Slide;

class PresentationSettingsViewTest extends UiTest {
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired PresentationService presentation;

    @AfterEach
    void restoreTheDefaultSlides() {
        presentation.save(Arrays.asList(Slide.values()));
    }

    @Test
    void slides_left_out_are_saved_and_no_longer_shown() {
        open("presentation");
        _get(Checkbox.class, spec -> spec.withId("choose-TRAININGS")).setValue(false);
        _get(Checkbox.class, spec -> spec.withId("choose-AWARDS")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("save-slides")));

        assertThat(presentation.slides()).hasSize(Slide.values().length - 2).doesNotContain(Slide.TRAININGS, Slide.AWARDS);
    }

    @Test
    void a_slide_moved_up_is_saved_in_its_new_place() {
        open("presentation");
        _click(_get(Button.class, spec -> spec.withId("up-RATINGS")));
        _click(_get(Button.class, spec -> spec.withId("save-slides")));

        assertThat(presentation.slides()).startsWith(Slide.TITLE, Slide.BRIEF, Slide.TARGETS, Slide.MEMBERSHIP, Slide.RATINGS,
                Slide.RECRUITMENT);
    }

    @Test
    void nothing_chosen_is_refused_and_the_saved_choice_stays() {
        presentation.save(List.of(Slide.TITLE, Slide.CLOSING));
        open("presentation");
        _get(Checkbox.class, spec -> spec.withId("choose-TITLE")).setValue(false);
        _get(Checkbox.class, spec -> spec.withId("choose-CLOSING")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("save-slides")));

        assertThat(presentation.slides()).containsExactly(Slide.TITLE, Slide.CLOSING);
    }

    @Test
    void a_slide_without_data_is_skipped_when_presenting_and_the_settings_say_why() {
        jdbc.update("create table award_kept as select * from award");
        jdbc.update("create table hamlet_status_kept as select * from hamlet_status");
        try {
            jdbc.update("delete from award");
            jdbc.update("delete from hamlet_status");
            open("presentation");
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("no-data-AWARDS")).getText())
                    .startsWith("chưa có số liệu nhiệm kỳ");
            open("present/1");
            PresentView view = _get(PresentView.class);
            // The awards' slide and the badges' (the seed has none presented) are left out, and the monthly brief (the
            // seed's term has ended).
            assertThat(view.slideCount()).isEqualTo(Slide.values().length - 3);
            for (int i = 1; i < view.slideCount(); i++) {
                view.next();
                assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isNotEqualTo("Khen thưởng và xây dựng nông thôn mới");
            }
        } finally {
            jdbc.update("insert into award select * from award_kept");
            jdbc.update("insert into hamlet_status select * from hamlet_status_kept");
            jdbc.update("drop table award_kept");
            jdbc.update("drop table hamlet_status_kept");
        }
    }
}

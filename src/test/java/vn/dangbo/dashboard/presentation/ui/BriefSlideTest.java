package vn.dangbo.dashboard.presentation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.brief.BriefService;
import vn.dangbo.dashboard.brief.MonthlyBrief;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.presentation.Slide;

/**
 * The monthly brief as the slide at the start of the deck: shown in a term under way when something needs attention,
 * not for a term that has ended; its figures the brief's.
 */
class BriefSlideTest extends UiTest {
    @Autowired SlideData data;
    @Autowired BriefService briefs;

    @Test
    void the_brief_slide_is_shown_in_a_term_under_way_with_the_briefs_figures_and_not_in_an_ended_term() {
        int year = LocalDate.now(Today.VIETNAM).getYear();
        TermPeriod underWay = new TermPeriod(0, year - 1, year + 4);
        SlideAvailability availability = new SlideAvailability(data);
        MonthlyBrief brief = briefs.brief();

        assertThat(availability.hasData(Slide.BRIEF, underWay)).isEqualTo(!brief.attention().isEmpty());
        assertThat(availability.hasData(Slide.BRIEF, new TermPeriod(0, 2015, 2020))).isFalse();
        SlideContent slide = new SlideFactory(data, underWay, new Texts(Locale.of("vi", "VN"))).build(Slide.BRIEF);
        assertThat(slide.title()).isEqualTo("Bản tin họp tháng " + brief.month().getMonthValue() + "/" + brief.month().getYear());
        SlideContent.Figures figures = (SlideContent.Figures) slide.blocks().getFirst();
        assertThat(figures.figures().getFirst()).isEqualTo(new SlideContent.Figure(String.valueOf(brief.attention().total()),
                "việc cần chú ý"));
    }
}

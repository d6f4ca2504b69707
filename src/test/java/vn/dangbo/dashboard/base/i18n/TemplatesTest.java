package vn.dangbo.dashboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A template formatted into runs: which stretch is which parameter, plural forms, apostrophes, a missing key. */
class TemplatesTest {
    private final StaticMessageSource messages = new StaticMessageSource();
    private final Templates templates = new Templates(messages);

    TemplatesTest() {
        messages.addMessage("members", AppLocales.ENGLISH, "{0} new {1,choice,1#member was|1<members were} admitted in {2}.");
        messages.addMessage("quoted", AppLocales.ENGLISH, "The year''s {0}.");
        messages.addMessage("plain", AppLocales.ENGLISH, "The committee's report");
        messages.addMessage("members", AppLocales.VIETNAMESE, "Năm {2} kết nạp {0} đảng viên mới.");
    }

    @Test
    void each_parameter_is_a_run_of_its_own_between_the_template_s_words() {
        assertThat(templates.runs("members", AppLocales.VIETNAMESE, "30", 30L, "2019")).containsExactly(
                new TextRun("Năm ", TextRun.LITERAL), new TextRun("2019", 2), new TextRun(" kết nạp ", TextRun.LITERAL),
                new TextRun("30", 0), new TextRun(" đảng viên mới.", TextRun.LITERAL));
    }

    @Test
    void a_choice_picks_the_singular_or_the_plural() {
        assertThat(templates.text("members", AppLocales.ENGLISH, "1", 1L, "2019")).isEqualTo("1 new member was admitted in 2019.");
        assertThat(templates.text("members", AppLocales.ENGLISH, "2", 2L, "2019")).isEqualTo("2 new members were admitted in 2019.");
    }

    @Test
    void a_parameter_s_text_is_never_read_as_a_template() {
        List<TextRun> runs = templates.runs("quoted", AppLocales.ENGLISH, "{1} <b>'x'</b>");
        assertThat(runs).extracting(TextRun::text).containsExactly("The year's ", "{1} <b>'x'</b>", ".");
    }

    @Test
    void a_message_without_parameters_is_its_text_and_a_missing_one_is_marked() {
        assertThat(templates.text("plain", AppLocales.ENGLISH)).isEqualTo("The committee's report");
        assertThat(templates.text("nothing-here", AppLocales.ENGLISH)).isEqualTo("!nothing-here");
    }
}

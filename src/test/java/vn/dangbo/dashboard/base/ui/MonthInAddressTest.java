package vn.dangbo.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.base.i18n.Message;

/** The month an address names, as the attention page and the brief read it, up to a November 2026 "now". */
class MonthInAddressTest {
    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final YearMonth PAGES_CHOICE = YearMonth.of(2026, 10);

    private static MonthInAddress read(String words) {
        return MonthInAddress.read(QueryParameters.simple(Map.of("month", words)), month -> !month.isAfter(NOW));
    }

    @Test
    void a_month_written_rightly_and_come_already_is_shown_and_nothing_is_said() {
        MonthInAddress asked = read(" 2020-06 ");

        assertThat(asked.orElseGet(() -> PAGES_CHOICE)).isEqualTo(YearMonth.of(2020, 6));
        assertThat(asked.refusal()).isEmpty();
    }

    @Test
    void no_month_or_a_blank_one_shows_the_page_s_choice_and_nothing_is_said() {
        MonthInAddress none = MonthInAddress.read(QueryParameters.empty(), month -> true);

        assertThat(none.orElseGet(() -> PAGES_CHOICE)).isEqualTo(PAGES_CHOICE);
        assertThat(none.refusal()).isEmpty();
        assertThat(read("  ").refusal()).isEmpty();
    }

    @Test
    void words_that_are_not_a_month_or_a_month_before_1930_are_said_not_to_be_understood() {
        for (String words : new String[] {"tháng-mười", "2026-13", "0001-01", "1929-12", "<b>2026-11</b>"}) {
            MonthInAddress asked = read(words);

            assertThat(asked.orElseGet(() -> PAGES_CHOICE)).as(words).isEqualTo(PAGES_CHOICE);
            assertThat(asked.refusal()).as(words).isEqualTo(Optional.of(new Message("attention.bad-month", words)));
        }
        assertThat(read("1930-01").refusal()).isEmpty();
    }

    @Test
    void a_month_still_to_come_is_said_to_be_still_to_come() {
        MonthInAddress asked = read("2026-12");

        assertThat(asked.orElseGet(() -> PAGES_CHOICE)).isEqualTo(PAGES_CHOICE);
        assertThat(asked.refusal()).contains(new Message("attention.future-month", "2026-12"));
    }
}

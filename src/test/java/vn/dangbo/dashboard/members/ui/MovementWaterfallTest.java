package vn.dangbo.dashboard.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.members.MembershipMovement;
import vn.dangbo.dashboard.members.Movement;

/** Needs Vaadin's running service for its words (a UI test), though it opens no page. */
class MovementWaterfallTest extends vn.dangbo.dashboard.UiTest {

    private static ChartOptions chart() {
        return MovementWaterfall.of(new MembershipMovement(507, List.of(new MembershipMovement.Year(2016,
                Map.of(Movement.ADMITTED, 30L, Movement.DIED, 15L, Movement.EXPELLED, 1L))), 521),
                new Texts(Locale.of("vi", "VN"))).build();
    }

    @Test
    void the_value_axis_starts_at_zero_as_a_column_chart_s_must() {
        ChartOptions chart = chart();
        assertThat(chart.yaxis() == null || chart.yaxis().min() == null || chart.yaxis().min().doubleValue() == 0).isTrue();
    }

    @Test
    void every_step_has_its_number_even_the_fall_of_one_member() {
        ChartOptions chart = chart();
        assertThat(chart.dataLabels().enabled()).isTrue();
        assertThat(chart.dataLabels().enabledOnSeries()).containsExactly(1, 2, 3);
        ChartOptions.Series falls = (ChartOptions.Series) chart.series().get(3);
        assertThat(falls.data().stream().map(n -> n == null ? null : n.longValue()).toList()).contains(1L);
    }
}

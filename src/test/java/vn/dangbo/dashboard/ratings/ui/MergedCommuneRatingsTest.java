package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;

/** A commune merged in its term opens its ratings with its former communes' history beside its own first year. */
@ProvinceDatabaseTest
class MergedCommuneRatingsTest extends UiTest {

    @Test
    void a_merged_commune_s_trends_reach_back_over_the_term_before_the_merger() {
        signInAs("danguy.mau11", "mau-11");
        open("ratings");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-trend")).getOptions().xaxis().categories())
                .as("the years of the term before the merger, then its own").contains("2021", "2024", "2025");
    }

    @Test
    void a_commune_that_was_not_merged_keeps_to_its_term() {
        signInAs("danguy.mau01", "mau-01");
        open("ratings");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-trend")).getOptions().xaxis().categories())
                .allSatisfy(year -> assertThat(Integer.parseInt(year.replace("*", ""))).isGreaterThanOrEqualTo(2025));
    }
}

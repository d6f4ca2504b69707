package vn.dangbo.dashboard.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Card;

/** A chart says in words what it shows, for a screen reader: role "img", its card's title and its figures. */
class ChartTextAlternativeTest extends UiTest {

    @Test
    void every_chart_on_a_dashboard_is_an_image_named_by_its_card_with_its_figures() {
        open("");
        assertThat(_find(ApexChart.class)).isNotEmpty().allSatisfy(chart -> {
            assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(chart.getElement().getAttribute("aria-label")).isNotBlank();
        });
        Card admissions = _get(Card.class, spec -> spec.withId("card-admissions-by-year"));
        ApexChart chart = _get(admissions, ApexChart.class);
        assertThat(chart.getElement().getAttribute("aria-label"))
                .startsWith("Kết nạp đảng viên theo năm. Kết nạp: 2015 ")
                .contains("Chỉ tiêu: 2015 4");
    }

    @Test
    void a_slide_s_chart_is_named_by_the_slide() {
        open("present/4");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-slide-recruitment"));
        assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Kết nạp đảng viên mới. Kết nạp: 2015 ");
    }
}

package vn.dangbo.dashboard.chart;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApexChartTest {

    @BeforeEach
    void openBrowserSession() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeBrowserSession() {
        MockVaadin.tearDown();
    }

    @Test
    void a_click_on_a_data_point_reaches_the_server_with_series_index_and_category() {
        ApexChart chart = new ApexChart(Charts.column().categories(List.of("2018", "2019"))
                .series("HTXS", List.of(70, 89)).build());
        UI.getCurrent().add(chart);
        List<DataPointClickEvent> clicks = new ArrayList<>();
        chart.addDataPointClickListener(clicks::add);

        _fireDomEvent(chart, "data-point-click", ChartJson.tree(Map.of(
                "event.detail.seriesIndex", 0, "event.detail.dataPointIndex", 1,
                "event.detail.category", "2019", "event.detail.seriesName", "HTXS")));

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSeriesIndex()).isZero();
            assertThat(click.getDataPointIndex()).isEqualTo(1);
            assertThat(click.getCategory()).isEqualTo("2019");
            assertThat(click.getSeriesName()).isEqualTo("HTXS");
            assertThat(click.isFromClient()).isTrue();
        });
    }

    @Test
    void the_options_reach_the_browser_when_the_chart_is_shown() {
        ApexChart chart = new ApexChart(Charts.donut().values(List.of("HTXS"), List.of(89)).build());
        assertThat(chart.getElement().getPropertyRaw("options")).isNull();

        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getPropertyRaw("options").toString()).contains("\"series\":[89]");
    }

    @Test
    void the_value_format_tells_the_browser_the_decimals_and_the_unit() {
        ApexChart chart = new ApexChart(Charts.column().series("a", List.of(1)).build());
        chart.setValueFormat(0, "%");
        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getPropertyRaw("format").toString())
                .contains("\"decimals\":0").contains("\"suffix\":\"%\"");
    }

    @Test
    void the_unit_and_the_file_name_reach_the_browser_for_tooltips_and_downloads() {
        ApexChart chart = new ApexChart(Charts.donut().values(List.of("HTXS"), List.of(89)).build());
        chart.setUnit("đảng viên").setFileName("xep-loai-dang-vien-2019");
        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getPropertyRaw("format").toString())
                .contains("\"unit\":\"đảng viên\"").contains("\"fileName\":\"xep-loai-dang-vien-2019\"");
    }

    @Test
    void a_chart_without_a_toolbar_offers_no_download() {
        ApexChart chart = new ApexChart(Charts.column().series("a", List.of(1)).withoutToolbar().build());
        UI.getCurrent().add(chart);
        assertThat(chart.getElement().getPropertyRaw("options").toString()).contains("\"toolbar\":{\"show\":false");
    }
}

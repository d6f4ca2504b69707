package vn.dangbo.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChartsTest {

    private static JsonNode json(ChartOptions options) {
        return ChartJson.tree(options);
    }

    @Test
    void a_100_percent_stacked_column_chart_names_its_series_and_categories() {
        JsonNode json = json(Charts.column().categories(List.of("2018", "2019"))
                .series("HTXS", List.of(70, 89)).series("HTT", List.of(400, 392)).stacked100().build());

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/chart/stacked").asBoolean()).isTrue();
        assertThat(json.at("/chart/stackType").asString()).isEqualTo("100%");
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isFalse();
        assertThat(json.at("/xaxis/categories").toString()).isEqualTo("[\"2018\",\"2019\"]");
        assertThat(json.at("/series").toString())
                .isEqualTo("[{\"name\":\"HTXS\",\"data\":[70,89]},{\"name\":\"HTT\",\"data\":[400,392]}]");
    }

    @Test
    void a_bar_chart_is_horizontal() {
        JsonNode json = json(Charts.bar().categories(List.of("a")).series("n", List.of(1)).build());
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
    }

    @Test
    void a_donut_has_plain_values_and_labels() {
        JsonNode json = json(Charts.donut().values(List.of("HTXS", "HTT"), List.of(89, 392)).build());

        assertThat(json.at("/chart/type").asString()).isEqualTo("donut");
        assertThat(json.at("/series").toString()).isEqualTo("[89,392]");
        assertThat(json.at("/labels").toString()).isEqualTo("[\"HTXS\",\"HTT\"]");
        assertThat(json.has("xaxis")).isFalse();
    }

    @Test
    void a_donut_refuses_values_without_labels() {
        assertThatThrownBy(() -> Charts.donut().values(List.of("HTXS"), List.of(89, 392)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_heatmap_has_rows_of_points_and_named_colour_ranges() {
        JsonNode json = json(Charts.heatmap()
                .heatmapRow("Chi bộ xóm 1", List.of(new ChartOptions.HeatPoint("2019", 1)))
                .colorRange(1, 1, "#1b6e3a", "HTXS").build());

        assertThat(json.at("/chart/type").asString()).isEqualTo("heatmap");
        assertThat(json.at("/series/0/name").asString()).isEqualTo("Chi bộ xóm 1");
        assertThat(json.at("/series/0/data/0/x").asString()).isEqualTo("2019");
        assertThat(json.at("/plotOptions/heatmap/colorScale/ranges/0/name").asString()).isEqualTo("HTXS");
    }

    @Test
    void line_and_radial_bar_charts_have_their_apexcharts_types() {
        assertThat(json(Charts.line().series("a", List.of(1)).build()).at("/chart/type").asString()).isEqualTo("line");
        assertThat(json(Charts.radialBar().values(List.of("a"), List.of(120)).build()).at("/chart/type").asString())
                .isEqualTo("radialBar");
    }

    @Test
    void the_toolbar_offers_the_png_svg_csv_download_and_nothing_else() {
        JsonNode json = json(Charts.column().series("a", List.of(1)).build());
        assertThat(json.at("/chart/toolbar/show").asBoolean()).isTrue();
        assertThat(json.at("/chart/toolbar/tools/download").asBoolean()).isTrue();
        assertThat(json.at("/chart/toolbar/tools/zoom").asBoolean()).isFalse();
    }

    @Test
    void options_not_set_are_left_out_of_the_json() {
        JsonNode json = json(Charts.column().series("a", List.of(1)).build());
        assertThat(json.has("title")).isFalse();
        assertThat(json.has("labels")).isFalse();
        assertThat(json.at("/chart").has("stackType")).isFalse();
    }

    @Test
    void charts_are_drawn_without_animation() {
        assertThat(json(Charts.column().series("a", List.of(1)).build()).at("/chart/animations/enabled").asBoolean())
                .isFalse();
    }
}

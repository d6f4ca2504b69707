package vn.dangbo.dashboard.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Typed ApexCharts options, serialised as they are named here (nulls left out). Build them with {@link Charts}.
 * Only what the product uses is modelled; ApexCharts fills in the rest with its defaults.
 */
public record ChartOptions(Chart chart, List<?> series, @Nullable List<String> labels, @Nullable XAxis xaxis, @Nullable YAxis yaxis,
                           @Nullable List<String> colors, @Nullable PlotOptions plotOptions, DataLabels dataLabels, Legend legend,
                           @Nullable Title title, @Nullable NoData noData, @Nullable Theme theme, @Nullable Tooltip tooltip, @Nullable Annotations annotations) {

    public record Chart(String type, @Nullable Boolean stacked, @Nullable String stackType, @Nullable String height, Toolbar toolbar,
                        @Nullable List<ChartLocale> locales, @Nullable String defaultLocale, Animations animations, @Nullable String background,
                        @Nullable String foreColor) {
    }

    /** ApexCharts' colour mode: "light" or "dark". */
    public record Theme(String mode) {
    }

    /** Text size of labels, e.g. "22px"; large on slides read from the back of a hall. */
    public record Style(String fontSize) {
    }

    public record Labels(Style style) {
    }

    public record Toolbar(boolean show, Tools tools) {
    }

    /** The toolbar's download menu: PNG, SVG and CSV. */
    public record Tools(boolean download, boolean selection, boolean zoom, boolean zoomin, boolean zoomout,
                        boolean pan, boolean reset) {
    }

    public record Animations(boolean enabled) {
    }

    /** One named series of an axis chart; null values are gaps. */
    public record Series(String name, List<? extends Number> data) {
    }

    /** One row of a heatmap: its name and a value per column. */
    public record HeatmapSeries(String name, List<HeatPoint> data) {
    }

    public record HeatPoint(String x, Number y) {
    }

    public record XAxis(@Nullable List<String> categories, @Nullable AxisTitle title, @Nullable Labels labels) {
    }

    public record YAxis(@Nullable AxisTitle title, @Nullable Number min, @Nullable Number max, @Nullable Integer tickAmount, @Nullable Labels labels) {
    }

    public record AxisTitle(String text) {
    }

    public record PlotOptions(@Nullable Bar bar, @Nullable Heatmap heatmap) {
    }

    public record Bar(boolean horizontal, @Nullable Boolean distributed) {
    }

    public record Heatmap(ColorScale colorScale, Boolean enableShades) {
    }

    public record ColorScale(List<ColorRange> ranges) {
    }

    /** Values from..to are drawn in this colour, and the legend names the range. */
    public record ColorRange(Number from, Number to, String color, String name) {
    }

    /** Tooltips only for the series listed (null: all), e.g. not for a waterfall's invisible base. */
    public record Tooltip(List<Integer> enabledOnSeries) {
    }

    /** {@code enabledOnSeries}: labels only on the series listed (null: all). */
    public record DataLabels(boolean enabled, @Nullable Style style, @Nullable List<Integer> enabledOnSeries) {
    }

    public record Legend(boolean show, String position, @Nullable String fontSize) {
    }

    public record Title(String text) {
    }

    public record NoData(String text) {
    }

    /** Lines drawn across the chart at categories of the x axis (a break in a time series, e.g. a merger). */
    public record Annotations(List<XAnnotation> xaxis) {
    }

    public record XAnnotation(String x, String borderColor, int strokeDashArray, AnnotationLabel label) {
    }

    public record AnnotationLabel(String text, String borderColor, String orientation, AnnotationStyle style) {
    }

    public record AnnotationStyle(String color, String background) {
    }

    /**
     * The same chart with a dated mark at a category of its x axis (a conclusion recorded on the figure), a short text
     * beside the line; a chart without that category (or without an x axis) is returned as it is.
     */
    public ChartOptions withMark(String category, String text) {
        if (xaxis == null || xaxis.categories() == null || !xaxis.categories().contains(category)) {
            return this;
        }
        List<XAnnotation> marks = new java.util.ArrayList<>(annotations == null ? List.of() : annotations.xaxis());
        marks.add(new XAnnotation(category, "#7a4b00", 2, new AnnotationLabel(text, "#7a4b00", "horizontal",
                new AnnotationStyle("#ffffff", "#7a4b00"))));
        return new ChartOptions(chart, series, labels, xaxis, yaxis, colors, plotOptions, dataLabels, legend, title,
                noData, theme, tooltip, new Annotations(List.copyOf(marks)));
    }

    ChartOptions withChart(Chart newChart) {
        return new ChartOptions(newChart, series, labels, xaxis, yaxis, colors, plotOptions, dataLabels, legend, title,
                noData, theme, tooltip, annotations);
    }

    ChartOptions withNoData(NoData newNoData) {
        return new ChartOptions(chart, series, labels, xaxis, yaxis, colors, plotOptions, dataLabels, legend, title,
                newNoData, theme, tooltip, annotations);
    }
}

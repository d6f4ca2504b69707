package vn.dangbo.dashboard.chart;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.chart.ChartOptions.AxisTitle;
import vn.dangbo.dashboard.chart.ChartOptions.Bar;
import vn.dangbo.dashboard.chart.ChartOptions.ColorRange;
import vn.dangbo.dashboard.chart.ChartOptions.HeatmapSeries;
import vn.dangbo.dashboard.chart.ChartOptions.Series;

/**
 * Builds chart options fluently: {@code Charts.column().categories(years).series("Tốt", counts).stacked100().build()}.
 * Series are either numbered series (axis charts), plain values with labels (donut, radial bar) or heatmap rows.
 * Charts are drawn without animation: on a projector and in a screenshot they must show their values at once.
 */
public final class Charts {
    private final ChartType type;
    private boolean horizontal;
    private @Nullable Boolean stacked;
    private @Nullable String stackType;
    private @Nullable String height;
    private final List<Object> series = new ArrayList<>();
    private final List<ChartOptions.XAnnotation> breaks = new ArrayList<>();
    private @Nullable List<String> labels;
    private @Nullable List<String> categories;
    private @Nullable String xTitle;
    private @Nullable String yTitle;
    private @Nullable Number yMin;
    private @Nullable Number yMax;
    private @Nullable List<String> colors;
    private @Nullable List<ColorRange> colorRanges;
    private boolean dataLabels = true;
    private @Nullable List<Integer> shownSeries;
    private boolean legend = true;
    private boolean toolbar = true;
    private @Nullable Boolean distributed;
    private @Nullable String title;
    private boolean dark;
    private @Nullable String fontSize;

    private Charts(ChartType type) {
        this.type = type;
    }

    public static Charts column() {
        return new Charts(ChartType.BAR);
    }

    public static Charts bar() {
        Charts charts = new Charts(ChartType.BAR);
        charts.horizontal = true;
        return charts;
    }

    public static Charts line() {
        return new Charts(ChartType.LINE);
    }

    public static Charts donut() {
        return new Charts(ChartType.DONUT);
    }

    public static Charts radialBar() {
        return new Charts(ChartType.RADIAL_BAR);
    }

    public static Charts heatmap() {
        return new Charts(ChartType.HEATMAP);
    }

    public Charts categories(List<String> newCategories) {
        this.categories = List.copyOf(newCategories);
        return this;
    }

    public Charts series(String name, List<? extends Number> data) {
        series.add(new Series(name, data));
        return this;
    }

    /** For donut and radial bar charts: one value per label. */
    public Charts values(List<String> newLabels, List<? extends Number> values) {
        if (newLabels.size() != values.size()) {
            throw new IllegalArgumentException("A label is needed for every value");
        }
        this.labels = List.copyOf(newLabels);
        series.addAll(values);
        return this;
    }

    public Charts heatmapRow(String name, List<ChartOptions.HeatPoint> points) {
        series.add(new HeatmapSeries(name, points));
        return this;
    }

    public Charts colorRange(Number from, Number to, String color, String name) {
        if (colorRanges == null) {
            colorRanges = new ArrayList<>();
        }
        colorRanges.add(new ColorRange(from, to, color, name));
        return this;
    }

    public Charts stacked() {
        this.stacked = true;
        return this;
    }

    /** Stacked to 100%: each column shows shares rather than counts. */
    public Charts stacked100() {
        this.stacked = true;
        this.stackType = "100%";
        return this;
    }

    /** One colour per column, with the categories in the legend. */
    public Charts distributed() {
        this.distributed = true;
        return this;
    }

    public Charts colors(List<String> newColors) {
        this.colors = List.copyOf(newColors);
        return this;
    }

    public Charts height(String cssHeight) {
        this.height = cssHeight;
        return this;
    }

    public Charts xTitle(String text) {
        this.xTitle = text;
        return this;
    }

    public Charts yTitle(String text) {
        this.yTitle = text;
        return this;
    }

    public Charts yRange(Number min, Number max) {
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    public Charts title(String text) {
        this.title = text;
        return this;
    }

    /** Labels and tooltips only on these series (a waterfall's base, drawn invisible, has neither). */
    public Charts onlyOnSeries(List<Integer> indexes) {
        this.shownSeries = List.copyOf(indexes);
        return this;
    }

    public Charts withoutDataLabels() {
        this.dataLabels = false;
        return this;
    }

    /** Drawn on a dark background: light text and grid, no background of its own. */
    public Charts onDark() {
        this.dark = true;
        return this;
    }

    /** Labels, values and legend in this size, e.g. "22px", for a hall rather than a desk. */
    public Charts fontSize(String cssSize) {
        this.fontSize = cssSize;
        return this;
    }

    /** No download menu: a slide is shown, not saved. */
    public Charts withoutToolbar() {
        this.toolbar = false;
        return this;
    }

    public Charts withoutLegend() {
        this.legend = false;
        return this;
    }

    /**
     * Marks a break in a time series at a category (a merged commune's first year: before it, the sum of its former
     * communes), with a short text beside the line; a category the chart does not have is left unmarked.
     */
    public Charts markBreak(String category, String text) {
        if (categories != null && categories.contains(category)) {
            breaks.add(new ChartOptions.XAnnotation(category, "#b3261e", 4, new ChartOptions.AnnotationLabel(text,
                    "#b3261e", "horizontal", new ChartOptions.AnnotationStyle("#ffffff", "#b3261e"))));
        }
        return this;
    }

    public ChartOptions build() {
        boolean axisChart = type == ChartType.BAR || type == ChartType.LINE || type == ChartType.HEATMAP;
        ChartOptions.Style style = fontSize == null ? null : new ChartOptions.Style(fontSize);
        ChartOptions.Labels axisLabels = style == null ? null : new ChartOptions.Labels(style);
        var chart = new ChartOptions.Chart(type.apexName(), stacked, stackType, height,
                new ChartOptions.Toolbar(toolbar, new ChartOptions.Tools(true, false, false, false, false, false, false)),
                null, null, new ChartOptions.Animations(false), dark ? "transparent" : null, dark ? "#e8eef5" : null);
        var xaxis = axisChart && (categories != null || xTitle != null || axisLabels != null)
                ? new ChartOptions.XAxis(categories, xTitle == null ? null : new AxisTitle(xTitle), axisLabels) : null;
        var yaxis = axisChart && (yTitle != null || yMin != null || yMax != null || axisLabels != null)
                ? new ChartOptions.YAxis(yTitle == null ? null : new AxisTitle(yTitle), yMin, yMax, null, axisLabels)
                : null;
        var plot = type == ChartType.BAR ? new ChartOptions.PlotOptions(new Bar(horizontal, distributed), null)
                : colorRanges != null ? new ChartOptions.PlotOptions(null,
                        new ChartOptions.Heatmap(new ChartOptions.ColorScale(List.copyOf(colorRanges)), false))
                : null;
        return new ChartOptions(chart, List.copyOf(series), labels, xaxis, yaxis, colors, plot,
                new ChartOptions.DataLabels(dataLabels, style, shownSeries), new ChartOptions.Legend(legend, "bottom", fontSize),
                title == null ? null : new ChartOptions.Title(title), null,
                dark ? new ChartOptions.Theme("dark") : null, shownSeries == null ? null : new ChartOptions.Tooltip(shownSeries),
                breaks.isEmpty() ? null : new ChartOptions.Annotations(List.copyOf(breaks)));
    }
}

package vn.dangbo.dashboard.chart;

import java.util.List;

/** An ApexCharts locale: month and day names and the toolbar's texts, in the user's language. */
public record ChartLocale(String name, Texts options) {

    public record Texts(List<String> months, List<String> shortMonths, List<String> days, List<String> shortDays,
                        ToolbarTexts toolbar) {
    }

    public record ToolbarTexts(String exportToSVG, String exportToPNG, String exportToCSV, String menu,
                               String selection, String selectionZoom, String zoomIn, String zoomOut, String pan,
                               String reset) {
    }
}

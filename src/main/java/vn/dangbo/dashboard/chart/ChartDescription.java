package vn.dangbo.dashboard.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.dangbo.dashboard.base.i18n.Formats;

/**
 * A chart's text alternative, for those who cannot see it (a screen reader) and for the chart's role "img": what
 * each series shows at each category, with its figures ("Kết nạp: 2015 5, 2016 6, …"), or each slice of a donut. A
 * long chart is cut after a dozen categories and a handful of series, saying how many more there are. The words
 * around the figures are bundle templates ({@code chart.description.*}).
 */
final class ChartDescription {
    static final int MAX_CATEGORIES = 12;
    static final int MAX_SERIES = 6;

    private ChartDescription() {
    }

    /** {@code t} resolves a bundle key with parameters in the chart's language. */
    static String of(ChartOptions options, Locale locale, BiFunction<String, Object[], String> t) {
        List<String> parts = new ArrayList<>();
        List<?> series = options.series() == null ? List.of() : options.series();
        List<String> categories = options.xaxis() != null && options.xaxis().categories() != null ? options.xaxis().categories()
                : options.labels() != null ? options.labels() : List.of();
        if (!series.isEmpty() && series.getFirst() instanceof Number) {
            List<String> slices = new ArrayList<>();
            for (int i = 0; i < series.size() && i < categories.size() && i < MAX_CATEGORIES; i++) {
                slices.add(categories.get(i) + " " + number((Number) series.get(i), locale));
            }
            parts.add(String.join(", ", slices));
        }
        int shown = 0;
        for (Object one : series) {
            if (one instanceof ChartOptions.Series s && !s.name().isBlank() && shown < MAX_SERIES) {
                parts.add(s.name() + ": " + points(categories, s.data(), locale));
                shown++;
            } else if (one instanceof ChartOptions.HeatmapSeries row && shown < MAX_SERIES) {
                List<String> cells = new ArrayList<>();
                row.data().stream().limit(MAX_CATEGORIES).forEach(p -> cells.add(p.x() + " " + number(p.y(), locale)));
                parts.add(row.name() + ": " + String.join(", ", cells));
                shown++;
            }
        }
        long hidden = series.stream().filter(s -> s instanceof ChartOptions.Series || s instanceof ChartOptions.HeatmapSeries).count() - shown;
        String text = String.join("; ", parts);
        if (categories.size() > MAX_CATEGORIES || hidden > 0 && shown == MAX_SERIES) {
            text = t.apply("chart.description.more", new Object[] {text});
        }
        return text.isBlank() ? t.apply("chart.no-data", new Object[0]) : text;
    }

    private static String points(List<String> categories, List<? extends Number> data, Locale locale) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < data.size() && i < MAX_CATEGORIES; i++) {
            String category = i < categories.size() ? categories.get(i) : String.valueOf(i + 1);
            points.add(category + " " + number(data.get(i), locale));
        }
        return String.join(", ", points);
    }

    private static String number(Number value, Locale locale) {
        return value == null ? "—" : Formats.decimal(value, locale);
    }
}

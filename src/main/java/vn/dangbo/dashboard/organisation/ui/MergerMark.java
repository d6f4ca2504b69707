package vn.dangbo.dashboard.organisation.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.Charts;

/**
 * A merged commune's time series break at its first year: the years before are the sums of the former communes it
 * was formed from. Marks that year on a chart of years (categories written as the year), with the day.
 */
public final class MergerMark {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private MergerMark() {
    }

    public static Charts on(Charts chart, Optional<LocalDate> mergedOn, Texts texts) {
        mergedOn.ifPresent(day -> chart.markBreak(String.valueOf(day.getYear()), texts.t("merger.break", day.format(DAY))));
        return chart;
    }
}

package vn.dangbo.dashboard.recruitment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangbo.dashboard.organisation.ui.MergerMark;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.Charts;
import vn.dangbo.dashboard.recruitment.YearlyAdmissions;

/** Recruitment charts shown on more than one page. */
public final class AdmissionCharts {

    private AdmissionCharts() {
    }

    /** Admissions per year of the term beside each year's target. */
    public static ApexChart byYear(String id, List<YearlyAdmissions> years, Texts texts) {
        return byYear(id, years, true, texts);
    }

    /** Admissions per year of the term, beside each year's target when {@code withTargets} (a cell has none). */
    public static ApexChart byYear(String id, List<YearlyAdmissions> years, boolean withTargets, Texts texts) {
        return byYear(id, years, withTargets, Optional.empty(), texts);
    }

    /** The same for a commune formed by merging on {@code mergedOn} (if it was): the merger's year is marked. */
    public static ApexChart byYear(String id, List<YearlyAdmissions> years, boolean withTargets,
                                   Optional<LocalDate> mergedOn, Texts texts) {
        Charts chart = Charts.column()
                .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(texts.t("overview.admissions-by-year.admitted"), years.stream().map(YearlyAdmissions::admitted).toList());
        if (withTargets) {
            chart.series(texts.t("overview.admissions-by-year.target"), years.stream().map(YearlyAdmissions::target).toList());
        }
        ApexChart apex = new ApexChart(MergerMark.on(chart, mergedOn, texts).colors(List.of("#b3261e", "#9e9e9e"))
                .height("280px").build());
        apex.setValueFormat(0, "");
        apex.setUnit(texts.t("unit.members"));
        apex.setId(id);
        return apex;
    }
}

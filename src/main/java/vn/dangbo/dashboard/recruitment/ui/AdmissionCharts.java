package vn.dangbo.dashboard.recruitment.ui;

import java.util.List;
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
        ApexChart chart = new ApexChart(Charts.column()
                .categories(years.stream().map(y -> String.valueOf(y.year())).toList())
                .series(texts.t("overview.admissions-by-year.admitted"), years.stream().map(YearlyAdmissions::admitted).toList())
                .series(texts.t("overview.admissions-by-year.target"), years.stream().map(YearlyAdmissions::target).toList())
                .colors(List.of("#b3261e", "#9e9e9e")).height("280px").build());
        chart.setValueFormat(0, "");
        chart.setId(id);
        return chart;
    }
}

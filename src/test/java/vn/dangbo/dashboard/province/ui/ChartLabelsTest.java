package vn.dangbo.dashboard.province.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.dashboard.ProvinceDatabaseTest;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;

/**
 * No chart names more than about 30 categories, however many cells or communes the scope has: past that a chart is
 * neither read in a meeting nor drawn in time, and shows the most relevant ones (the lowest communes, the cells the
 * meeting discusses, the cells admitting most) with a note where the rest are.
 */
@ProvinceDatabaseTest
class ChartLabelsTest extends UiTest {
    private static final int MOST = 30;

    @ParameterizedTest(name = "{0} at {1}/{2}")
    @CsvSource({
            "bantochuc.tinh, tinh-mau, communes?year=2024", "bantochuc.tinh, tinh-mau, ''",
            "bantochuc.tinh, tinh-mau, ratings?year=2024", "bantochuc.tinh, tinh-mau, cells?year=2024",
            "bantochuc.tinh, tinh-mau, recruitment", "bantochuc.tinh, tinh-mau, badges",
            "danguy.mau01, mau-01, ''", "danguy.mau01, mau-01, cells?year=2024", "danguy.mau01, mau-01, recruitment",
            "danguy.mau01, mau-01, ratings?year=2024"})
    void every_chart_names_at_most_thirty_categories(String user, String committee, String page) {
        signInAs(user, committee);
        open(page);

        List<ApexChart> charts = _find(ApexChart.class);
        assertThat(charts).as("charts on %s", page).isNotEmpty();
        assertThat(charts).allSatisfy(chart -> assertThat(categories(chart.getOptions()))
                .as("categories of %s on %s", chart.getId().orElse("a chart"), page).isLessThanOrEqualTo(MOST));
    }

    /** The category labels a chart draws: its x axis' categories, a donut's labels, or a heatmap's rows. */
    private static int categories(ChartOptions options) {
        int categories = options.xaxis() == null || options.xaxis().categories() == null ? 0 : options.xaxis().categories().size();
        int labels = options.labels() == null ? 0 : options.labels().size();
        int rows = "heatmap".equals(options.chart().type()) && options.series() != null ? options.series().size() : 0;
        return Math.max(categories, Math.max(labels, rows));
    }
}

package vn.dangbo.dashboard.chart;

/** The ApexCharts chart types this product draws; columns are vertical bars. */
public enum ChartType {
    BAR("bar"), LINE("line"), DONUT("donut"), RADIAL_BAR("radialBar"), HEATMAP("heatmap");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    public String apexName() {
        return apexName;
    }
}

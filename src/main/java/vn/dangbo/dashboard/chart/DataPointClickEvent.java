package vn.dangbo.dashboard.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a column, bar, slice, marker or heatmap square. The series and point are 0-based; the category is the
 * point's x-axis category or label, as the chart shows it.
 */
@DomEvent("data-point-click")
public class DataPointClickEvent extends ComponentEvent<ApexChart> {
    private final int seriesIndex;
    private final int dataPointIndex;
    private final String category;
    private final String seriesName;

    public DataPointClickEvent(ApexChart source, boolean fromClient,
                               @EventData("event.detail.seriesIndex") int seriesIndex,
                               @EventData("event.detail.dataPointIndex") int dataPointIndex,
                               @EventData("event.detail.category") String category,
                               @EventData("event.detail.seriesName") String seriesName) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
        this.category = category;
        this.seriesName = seriesName;
    }

    public int getSeriesIndex() {
        return seriesIndex;
    }

    public int getDataPointIndex() {
        return dataPointIndex;
    }

    public String getCategory() {
        return category;
    }

    public String getSeriesName() {
        return seriesName;
    }
}

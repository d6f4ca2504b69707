package vn.dangbo.dashboard.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A click on a category's name beside the chart (a cell's name on the heatmap or on a bar chart of cells): the label
 * as written, whole, and how many labels above it read the same, so that two cells of one name stay apart.
 */
@DomEvent("label-click")
public class LabelClickEvent extends ComponentEvent<ApexChart> {
    private final String label;
    private final int occurrence;

    public LabelClickEvent(ApexChart source, boolean fromClient, @EventData("event.detail.label") String label,
                           @EventData("event.detail.occurrence") int occurrence) {
        super(source, fromClient);
        this.label = label == null ? "" : label;
        this.occurrence = occurrence;
    }

    public String getLabel() {
        return label;
    }

    public int getOccurrence() {
        return occurrence;
    }

    /** The item the label names, among the items in the order the chart lists them from the top. */
    public <T> Optional<T> among(List<T> topToBottom, Function<T, String> name) {
        return topToBottom.stream().filter(item -> label.equals(name.apply(item))).skip(Math.max(0, occurrence)).findFirst();
    }
}

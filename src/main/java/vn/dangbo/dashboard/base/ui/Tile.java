package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure on a dashboard: what it is, its value in large type, and a line of detail. */
public class Tile extends Div {
    private final Span value = new Span();
    private final Span detail = new Span();
    private final String label;

    public Tile(String id, String label, String valueText, String detailText) {
        setId(id);
        this.label = label;
        addClassName("tile");
        Span caption = new Span(label);
        caption.addClassName("tile-label");
        value.addClassName("tile-value");
        detail.addClassName("tile-detail");
        value.setText(valueText);
        detail.setText(detailText == null ? "" : detailText);
        add(caption, value, detail);
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value.getText();
    }

    public String getDetail() {
        return detail.getText();
    }
}

package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A figure on a dashboard: what it is, its value in large type, and a line of detail. */
public class Tile extends Div {
    private final Span value = new Span();
    private final Span detail = new Span();
    private final String label;
    private @Nullable Object figure;
    private String change = "";
    /** A figure longer than this ("85–90%", "Mồng 3") is set smaller, to stay on one line in a tile of the row. */
    static final int LONG_VALUE = 5;

    public Tile(String id, String label, String valueText, String detailText) {
        setId(id);
        this.label = label;
        addClassName("tile");
        Span caption = new Span(label);
        caption.addClassName("tile-label");
        value.addClassName("tile-value");
        detail.addClassName("tile-detail");
        value.setText(valueText);
        if (valueText != null && valueText.length() > LONG_VALUE) {
            addClassName("tile-long-value");
        }
        detail.setText(detailText == null ? "" : detailText);
        add(caption, value, detail);
    }

    /**
     * Makes the whole tile open {@code href}, the view behind its figure (a click, or Enter once it has the focus),
     * and look like it can: a pointer and a hover state.
     */
    public Tile linkTo(String href) {
        addClassName("tile-link");
        getElement().setAttribute("role", "link");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("data-href", href);
        addClickListener(e -> Links.follow(href));
        getElement().addEventListener("keydown", e -> Links.follow(href)).setFilter("event.key === 'Enter'");
        return this;
    }

    /**
     * Adds the figure's change from the previous comparable period under its detail: what it is compared with
     * ("So với năm 2019:") and the change ({@link Change}).
     */
    public Tile withChange(String comparedWith, Span change) {
        Div line = new Div(new Span(comparedWith + " "), change);
        line.addClassName("tile-change");
        add(line);
        this.change = comparedWith + " " + change.getElement().getTextRecursively();
        return this;
    }

    /** The change's words, as a download writes them; empty when the tile shows none. */
    public String getChange() {
        return change;
    }

    /** Says there is no figure yet ("Chưa có số liệu") in ordinary type, not in a headline figure's. */
    public Tile withoutData() {
        addClassName("tile-no-data");
        return this;
    }

    /** The figure as a number, for a download that writes numbers as numbers; the tile shows it formatted. */
    public Tile counting(long count) {
        this.figure = count;
        return this;
    }

    /** The number the tile shows, when it shows one; its text otherwise (a figure out of a target, a range). */
    public Object getFigure() {
        return figure == null ? getValue() : figure;
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

package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;

/**
 * A titled panel on a dashboard, holding a chart and the words that explain it. A card with a chart offers to show
 * the chart on its own, filling the screen with large text.
 */
public class Card extends Div {

    private final String title;

    public Card(String id, String title, Component... content) {
        setId(id);
        this.title = title;
        addClassName("card");
        H3 heading = new H3(title);
        add(heading);
        add(content);
        Arrays.stream(content).filter(Enlargeable.class::isInstance).map(Enlargeable.class::cast)
                .forEach(chart -> chart.nameAs(title));
        Arrays.stream(content).filter(Enlargeable.class::isInstance).map(Enlargeable.class::cast).findFirst()
                .ifPresent(chart -> addComponentAsFirst(enlarge(id, title, chart)));
    }

    /** The card's heading: what its figure is. */
    public String heading() {
        return title;
    }

    /** Takes the whole row of its dashboard (a table of many columns: all of them in sight, none scrolled away). */
    public Card wide() {
        addClassName("card-wide");
        return this;
    }

    private Button enlarge(String id, String title, Enlargeable chart) {
        Button button = new Button(VaadinIcon.EXPAND_SQUARE.create(), e -> open(id, title, chart));
        button.setId(id + "-enlarge");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("card-enlarge");
        button.setAriaLabel(getTranslation("card.enlarge"));
        button.getElement().setAttribute("title", getTranslation("card.enlarge"));
        return button;
    }

    private void open(String id, String title, Enlargeable chart) {
        Dialog dialog = new Dialog();
        dialog.setId(id + "-enlarged");
        dialog.addClassName("chart-enlarged");
        dialog.setHeaderTitle(title);
        dialog.setWidth("96vw");
        dialog.setHeight("94vh");
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("card.close"));
        dialog.getHeader().add(close);
        Div holder = new Div(chart.enlarged());
        holder.addClassName("chart-enlarged-body");
        dialog.add(holder);
        dialog.open();
    }
}

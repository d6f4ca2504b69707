package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A titled panel on a dashboard, holding a chart and the words that explain it. */
public class Card extends Div {

    public Card(String id, String title, Component... content) {
        setId(id);
        addClassName("card");
        add(new H3(title));
        add(content);
    }
}

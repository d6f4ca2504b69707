package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.Component;

/** Something on a card that can be shown on its own, filling the screen (a chart, for the projector). */
public interface Enlargeable {

    /** A new component showing the same, sized to fill what holds it. */
    Component enlarged();

    /** Names it as its card does, for those who cannot see it. */
    default void nameAs(String title) {
    }
}

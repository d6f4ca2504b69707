package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What every error page shows: a title, a plain sentence, the way back; never a stack trace. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String title, String text) {
        show(title, text, new Anchor("", getTranslation("error.back-to-overview")));
    }

    protected void show(String title, String text, Anchor back) {
        removeAll();
        addClassName("error-view");
        add(new H2(title), new Paragraph(text), back);
    }
}

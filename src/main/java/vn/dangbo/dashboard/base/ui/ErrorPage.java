package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.dangbo.dashboard.base.security.CurrentUser;

/**
 * What every error page shows: a title, a plain sentence, the way back to a page the person may open (the slides for
 * the hall PC, their own cell for a cell secretary, the overview for the others); never a stack trace.
 */
abstract class ErrorPage extends VerticalLayout {
    private final CurrentUser currentUser;

    ErrorPage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    protected void show(String title, String text) {
        CurrentUser.Home home = currentUser.home();
        Anchor back = new Anchor(home.path(), getTranslation(home.labelKey()));
        back.setId("error-back");
        show(title, text, back);
    }

    protected void show(String title, String text, Anchor back) {
        removeAll();
        addClassName("error-view");
        add(new H2(title), new Paragraph(text), back);
    }
}

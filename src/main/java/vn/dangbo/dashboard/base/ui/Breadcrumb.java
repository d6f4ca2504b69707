package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** Where the page sits: links back up, the last entry the page itself. */
public class Breadcrumb extends Nav {

    public Breadcrumb() {
        addClassName("breadcrumb");
        setId("breadcrumb");
    }

    public Breadcrumb link(String text, String href) {
        if (getComponentCount() > 0) {
            add(separator());
        }
        add(new Anchor(href, text));
        return this;
    }

    public Breadcrumb here(String text) {
        if (getComponentCount() > 0) {
            add(separator());
        }
        Span current = new Span(text);
        current.addClassName("breadcrumb-current");
        add(current);
        return this;
    }

    private static Span separator() {
        Span separator = new Span("/");
        separator.addClassName("breadcrumb-separator");
        return separator;
    }
}

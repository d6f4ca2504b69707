package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Paragraphs that tests and stylesheets can find by id. */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static Paragraph of(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}

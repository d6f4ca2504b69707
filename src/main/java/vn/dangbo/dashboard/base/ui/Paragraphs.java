package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
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

    /** A sentence the page says about itself (a month it does not show, records that stop early), set apart. */
    public static Paragraph notice(String id, String text) {
        Paragraph notice = notice(text);
        notice.setId(id);
        return notice;
    }

    /** A sentence the page says about itself, set apart, that no test or stylesheet looks for on its own. */
    public static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("page-notice");
        return notice;
    }

    /** A sentence in which a name (a cell's) is a link to its page; the rest is text. */
    public static Paragraph linking(String id, String text, String name, String href) {
        Paragraph paragraph = new Paragraph();
        paragraph.setId(id);
        int at = text.indexOf(name);
        if (name.isEmpty() || at < 0) {
            paragraph.setText(text);
            return paragraph;
        }
        paragraph.add(new Text(text.substring(0, at)), new Anchor(href, name), new Text(text.substring(at + name.length())));
        return paragraph;
    }
}

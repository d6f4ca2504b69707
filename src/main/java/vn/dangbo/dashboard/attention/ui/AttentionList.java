package vn.dangbo.dashboard.attention.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.AttentionItem;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.i18n.Texts;

/**
 * The attention list: every rule checked, each with its source and its items or the word that there are none. Names
 * come from the records and are set as text.
 */
final class AttentionList extends Div {
    /** Items shown under a rule; the others are counted ("và 12 mục nữa") and the rule's link lists them. */
    static final int SHOWN = 25;
    private final transient Texts texts;
    private final boolean keepsRecords;

    AttentionList(Attention attention, Texts texts, boolean keepsRecords) {
        this.texts = texts;
        this.keepsRecords = keepsRecords;
        addClassName("attention-list");
        for (AttentionRule rule : AttentionRule.values()) {
            add(rule(rule, attention.items(rule)));
        }
    }

    private Div rule(AttentionRule rule, List<AttentionItem> items) {
        Div section = new Div();
        section.setId(AttentionLinks.section(rule));
        section.addClassNames("attention-rule", items.isEmpty() ? "attention-clear" : "attention-open");
        Span count = new Span(texts.n(items.size()));
        count.addClassName("attention-count");
        H3 title = new H3(texts.t(rule.titleKey()));
        title.addComponentAsFirst(count);
        Paragraph source = new Paragraph(texts.t(rule.sourceKey()));
        source.addClassName("attention-source");
        section.add(title, source);
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(texts.t("attention.none-for-rule"));
            none.addClassName("attention-none");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        items.stream().limit(SHOWN).forEach(item -> list.add(item(item)));
        section.add(list);
        if (items.size() > SHOWN) {
            Paragraph more = new Paragraph(texts.t("attention.more", texts.n(items.size() - SHOWN)));
            more.addClassName("attention-more");
            section.add(more);
        }
        return section;
    }

    private ListItem item(AttentionItem item) {
        Anchor subject = new Anchor(AttentionLinks.of(item, keepsRecords), item.subject());
        subject.addClassName("attention-subject");
        Span detail = new Span(texts.t(item.detail()));
        detail.addClassName("attention-detail");
        return new ListItem(subject, new Span(" — "), detail);
    }
}

package vn.dangbo.dashboard.attention.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.dangbo.dashboard.attention.Attention;
import vn.dangbo.dashboard.attention.AttentionRule;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.ui.Card;

/**
 * The attention list in brief on the overview: how many items each rule found in the month, each opening the attention
 * page at that rule; or that nothing needs attention.
 */
public final class AttentionPanel {

    private AttentionPanel() {
    }

    public static Card of(Attention attention, Texts texts) {
        String month = attention.month().getMonthValue() + "/" + attention.month().getYear();
        String page = AttentionLinks.month(attention.month());
        Card card = new Card("card-attention", texts.t("attention.panel.title", month));
        card.addClassNames("attention-panel", attention.isEmpty() ? "attention-all-clear" : "attention-has-items");
        if (attention.isEmpty()) {
            Paragraph clear = new Paragraph(texts.t("attention.panel.clear", texts.n(attention.byRule().size())));
            clear.setId("attention-panel-clear");
            card.add(clear);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("attention-panel-items");
            for (AttentionRule rule : AttentionRule.values()) {
                int count = attention.items(rule).size();
                if (count > 0) {
                    Span figure = new Span(texts.n(count));
                    figure.addClassName("attention-count");
                    Anchor link = new Anchor(page + "#" + AttentionLinks.section(rule), texts.t(rule.titleKey()));
                    list.add(new ListItem(figure, link));
                }
            }
            card.add(list);
        }
        attention.recordsEnd().ifPresent(end -> {
            Paragraph stop = new Paragraph(texts.t("attention.records-end", end.getMonthValue() + "/" + end.getYear()));
            stop.addClassName("attention-source");
            card.add(stop);
        });
        Anchor all = new Anchor(page, texts.t("attention.panel.open"));
        all.setId("attention-panel-open");
        card.add(new Paragraph(all));
        return card;
    }
}

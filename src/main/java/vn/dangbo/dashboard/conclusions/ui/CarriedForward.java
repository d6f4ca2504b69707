package vn.dangbo.dashboard.conclusions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;
import vn.dangbo.dashboard.conclusions.ConclusionState;

/** What a meeting opens with: the conclusions carried forward and where each stands, and the way to all of them. */
public final class CarriedForward {

    private CarriedForward() {
    }

    public static Div of(List<ConclusionEntry> carried, Texts texts) {
        return of(carried, texts, "conclusions.carried.title");
    }

    /** The same under a heading of the page's own (the brief numbers its sections: "III. Kết luận…"). */
    public static Div of(List<ConclusionEntry> carried, Texts texts, String titleKey) {
        Div block = new Div();
        block.setId("conclusions-carried");
        block.addClassName("attention-carried");
        block.add(new H3(texts.t(titleKey)));
        long open = carried.stream().filter(c -> c.state() != ConclusionState.DONE).count();
        long overdue = carried.stream().filter(c -> c.state() == ConclusionState.OVERDUE).count();
        if (carried.isEmpty()) {
            block.add(new Paragraph(texts.t("conclusions.carried.none")));
        } else {
            block.add(new Paragraph(texts.t("conclusions.summary", texts.n(open), texts.n(overdue))),
                    ConclusionMarks.list(carried, texts));
        }
        Anchor all = new Anchor(ConclusionsView.ROUTE, texts.t("conclusions.carried.open"));
        all.setId("conclusions-carried-open");
        block.add(all);
        return block;
    }
}

package vn.dangbo.dashboard.conclusions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Formats;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.ui.Card;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.conclusions.ConclusionEntry;
import vn.dangbo.dashboard.conclusions.ConclusionService;
import vn.dangbo.dashboard.conclusions.ConclusionSubject;

/**
 * The meeting's conclusions on a page's figures: on every card of the page, those recorded on it listed under it (as
 * text) and marked on its chart at the period they were recorded on (a dated line, "Kết luận 05/12"); and for those
 * who speak for the meeting, a button to record one. A figure is known by its page and its card: "ratings#card-year".
 */
public final class ConclusionMarks {

    private ConclusionMarks() {
    }

    /**
     * Marks the cards of a page drawn at {@code route}, whose figures are of {@code period} (the year shown, or null).
     *
     * @param onSaved what to do after a conclusion is recorded (draw the page again)
     */
    public static void attach(Component page, String route, @Nullable String period, ConclusionService service, boolean mayRecord,
                              LocalDate today, Texts texts, Runnable onSaved) {
        List<Card> cards = cards(page).filter(card -> card.getId().isPresent()).toList();
        Map<String, List<ConclusionEntry>> byKey = service.concerning(cards.stream().map(card -> key(route, card)).toList())
                .stream().collect(Collectors.groupingBy(ConclusionEntry::subjectKey));
        for (Card card : cards) {
            List<ConclusionEntry> recorded = byKey.getOrDefault(key(route, card), List.of());
            if (!recorded.isEmpty()) {
                card.add(list(recorded, texts));
                charts(card).forEach(chart -> recorded.forEach(entry -> mark(chart, entry, texts)));
            }
            if (mayRecord) {
                card.add(button(card, route, period, service, today, texts, onSaved));
            }
        }
    }

    /**
     * The conclusions on one subject other than a figure (a cell), as a card: listed, and for those who speak for the
     * meeting, the button to record another.
     */
    public static Card onSubject(ConclusionSubject subject, String key, String label, ConclusionService service,
                                 boolean mayRecord, LocalDate today, Texts texts, Runnable onSaved) {
        Card card = new Card("card-conclusions-" + subject.name().toLowerCase(java.util.Locale.ROOT),
                texts.t("conclusions.on-subject", label));
        List<ConclusionEntry> recorded = service.concerning(List.of(key)).stream()
                .filter(entry -> entry.subject() == subject).toList();
        card.add(recorded.isEmpty() ? new com.vaadin.flow.component.html.Paragraph(texts.t("conclusions.none-on-subject"))
                : list(recorded, texts));
        if (mayRecord) {
            Button add = new Button(texts.t("conclusions.add"), VaadinIcon.FLAG_O.create(), e -> new ConclusionDialog(
                    service, subject, key, label, null, today, texts, onSaved).open());
            add.setId("conclusion-add-" + subject.name().toLowerCase(java.util.Locale.ROOT));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.addClassName("conclusion-add");
            card.add(add);
        }
        return card;
    }

    static String key(String route, Card card) {
        return route + "#" + card.getId().orElseThrow();
    }

    private static Button button(Card card, String route, @Nullable String period, ConclusionService service, LocalDate today,
                                 Texts texts, Runnable onSaved) {
        String title = card.heading();
        Button add = new Button(texts.t("conclusions.add"), VaadinIcon.FLAG_O.create(), e -> new ConclusionDialog(service,
                ConclusionSubject.FIGURE, key(route, card), title, period, today, texts, onSaved).open());
        add.setId(card.getId().orElseThrow() + "-conclude");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("conclusion-add");
        return add;
    }

    static Div list(List<ConclusionEntry> entries, Texts texts) {
        UnorderedList list = new UnorderedList();
        for (ConclusionEntry entry : entries) {
            Span state = new Span(texts.t("conclusions.state." + entry.state()));
            state.addClassNames("conclusion-state", "conclusion-" + entry.state().name().toLowerCase(java.util.Locale.ROOT));
            list.add(new ListItem(new Span(texts.t("conclusions.line", Formats.date(entry.meetingDate()), entry.content(),
                    entry.assignee(), Formats.date(entry.dueDate())) + " "), state));
        }
        Div block = new Div(list);
        block.addClassName("card-conclusions");
        return block;
    }

    private static Stream<Card> cards(Component component) {
        List<Card> found = new ArrayList<>();
        collect(component, Card.class, found);
        return found.stream();
    }

    private static List<ApexChart> charts(Card card) {
        List<ApexChart> found = new ArrayList<>();
        collect(card, ApexChart.class, found);
        return found;
    }

    private static <T> void collect(Component component, Class<T> type, List<T> found) {
        component.getChildren().forEach(child -> {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            collect(child, type, found);
        });
    }

    /** Marks a conclusion on a chart that has its options, at the year it concerns (else its meeting's year). */
    private static void mark(vn.dangbo.dashboard.chart.ApexChart chart, ConclusionEntry entry, Texts texts) {
        var options = chart.getOptions();
        String period = entry.period();
        if (options != null) {
            chart.setOptions(options.withMark(period != null ? period : String.valueOf(entry.meetingDate().getYear()),
                    texts.t("conclusions.mark", Formats.date(entry.meetingDate()).substring(0, 5))));
        }
    }
}

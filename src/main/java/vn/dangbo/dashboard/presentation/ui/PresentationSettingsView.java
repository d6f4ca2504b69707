package vn.dangbo.dashboard.presentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Refusal;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.presentation.PresentationService;
import vn.dangbo.dashboard.presentation.Slide;

/** Starts the presentation and chooses which slides it shows, in what order. */
@Route("presentation")
@Menu(order = 4, icon = "vaadin:presentation", title = "menu.presentation")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE})
class PresentationSettingsView extends VerticalLayout implements HasDynamicTitle {
    static final int DEFAULT_SECONDS = 20;
    static final int MIN_SECONDS = 5;
    static final int MAX_SECONDS = 600;
    private final PresentationService presentation;
    private final List<Slide> order = new ArrayList<>();
    private final Set<Slide> chosen = new LinkedHashSet<>();
    private final Div list = new Div();

    private final SlideAvailability availability;
    private final @Nullable TermPeriod term;

    private final SlideData data;

    PresentationSettingsView(PresentationService presentation, SlideAvailability availability, OrganisationService organisation,
                             SlideData data) {
        this.presentation = presentation;
        this.data = data;
        this.availability = availability;
        this.term = organisation.currentTerm().orElse(null);
        addClassName("dashboard-view");
        List<Slide> saved = presentation.slides();
        order.addAll(saved);
        Arrays.stream(Slide.values()).filter(s -> !saved.contains(s)).forEach(order::add);
        chosen.addAll(saved);
        list.setId("slide-choice");
        list.addClassName("slide-choice");
        Button save = new Button(getTranslation("presentation.save"), e -> save());
        save.setId("save-slides");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("presentation.title")), start(), new H3(getTranslation("presentation.slides")), list,
                save, keys());
        drawList();
    }

    private Div start() {
        Anchor dark = new Anchor("present/1", getTranslation("presentation.start-dark"));
        Anchor light = new Anchor("present/1?theme=light", getTranslation("presentation.start-light"));
        IntegerField seconds = new IntegerField(getTranslation("presentation.auto-seconds"));
        seconds.setId("auto-seconds");
        seconds.setMin(MIN_SECONDS);
        seconds.setMax(MAX_SECONDS);
        seconds.setStepButtonsVisible(true);
        seconds.setValue(DEFAULT_SECONDS);
        seconds.setHelperText(getTranslation("presentation.auto-seconds.help", String.valueOf(MIN_SECONDS), String.valueOf(MAX_SECONDS)));
        Anchor auto = new Anchor(autoAddress(DEFAULT_SECONDS), getTranslation("presentation.start-auto"));
        auto.setId("start-auto");
        seconds.addValueChangeListener(e -> auto.setHref(autoAddress(e.getValue())));
        Div links = new Div(dark, light, new Div(seconds, auto), deckLink());
        links.addClassName("start-links");
        return links;
    }

    /** The slides advancing by themselves every so many seconds; a number out of range is brought within it. */
    static String autoAddress(Integer seconds) {
        int within = seconds == null ? DEFAULT_SECONDS : Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds));
        return "present/1?" + PresentView.AUTO + "=" + within;
    }

    /** The slides shown, as a PowerPoint deck made when clicked. */
    private Anchor deckLink() {
        Anchor deck = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = deck();
            String name = getTranslation("presentation.deck.file", term == null ? "" : term.label());
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, DeckWriter.PPTX_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("presentation.deck"));
        deck.setId("download-pptx");
        deck.setEnabled(term != null);
        return deck;
    }

    byte[] deck() {
        TermPeriod shown = Objects.requireNonNull(term, "the deck's link is disabled without a term");
        SlideFactory factory = new SlideFactory(data, shown, new Texts(getLocale()));
        return DeckWriter.write(availability.shown(presentation.slides(), shown).stream().map(factory::build).toList());
    }

    private UnorderedList keys() {
        return new UnorderedList(Arrays.stream(getTranslation("presentation.keys").split("\\|"))
                .map(ListItem::new).toArray(ListItem[]::new));
    }

    private void drawList() {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            Slide slide = order.get(i);
            int position = i;
            Checkbox shown = new Checkbox(getTranslation("slide." + slide), chosen.contains(slide));
            shown.setId("choose-" + slide.name());
            shown.addValueChangeListener(e -> {
                if (e.getValue()) {
                    chosen.add(slide);
                } else {
                    chosen.remove(slide);
                }
            });
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(position, -1));
            up.setId("up-" + slide.name());
            up.setEnabled(i > 0);
            up.setAriaLabel(getTranslation("presentation.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(position, 1));
            down.setId("down-" + slide.name());
            down.setEnabled(i < order.size() - 1);
            down.setAriaLabel(getTranslation("presentation.down"));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(new Span(String.valueOf(i + 1)), shown, up, down);
            row.addClassName("slide-choice-row");
            if (term != null && !availability.hasData(slide, term)) {
                Span skipped = new Span(getTranslation("presentation.no-data", PeriodSelection.display(term)));
                skipped.setId("no-data-" + slide.name());
                skipped.addClassName("slide-no-data");
                row.add(skipped);
            }
            list.add(row);
        }
    }

    private void move(int position, int by) {
        Slide slide = order.remove(position);
        order.add(position + by, slide);
        drawList();
    }

    private void save() {
        List<Slide> slides = order.stream().filter(chosen::contains).toList();
        try {
            presentation.save(slides);
        } catch (Refusal refused) {
            Notification.show(getTranslation(refused.key(), refused.parameters())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("presentation.saved", String.valueOf(slides.size())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.presentation") + " · " + getTranslation("app.name");
    }
}

package vn.dangbo.dashboard.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Texts;
import vn.dangbo.dashboard.base.live.LiveUpdates;
import vn.dangbo.dashboard.base.live.LiveView;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.ui.RenderTransaction;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.PeriodSelection;
import vn.dangbo.dashboard.presentation.Slide;

/**
 * The term's results as full-screen slides for a hall: no menus, no member names, large type. Driven by a clicker
 * or the keyboard; the slide number is in the address, so a reload stays on the slide. {@code ?auto=20} advances
 * every 20 seconds and loops; {@code ?theme=light} for a bright room.
 */
@Route(value = "present/:slide?", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.COMMITTEE, Role.Names.PROVINCE, Role.Names.PRESENTER})
class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    /** A click counts as "next" or "back" only on the slide itself, not on a control or a link. */
    static final String ON_THE_SLIDE = "!event.target.closest('.slide-nav, a, button, .apexcharts-toolbar')";
    static final String THEME = "theme";
    static final String AUTO = "auto";
    private final SlideData data;
    private List<Slide> slides = List.of();
    private int index;
    private @Nullable TermPeriod term;
    private QueryParameters query = QueryParameters.empty();
    private boolean dark = true;
    private int autoSeconds;

    private final SlideAvailability availability;

    PresentView(SlideData data, SlideAvailability availability, LiveUpdates live) {
        this.data = data;
        this.availability = availability;
        addClassName("presentation");
        getElement().addEventListener("click", e -> clickedAt(e.getEventData().get("event.clientX").asDouble(),
                        e.getEventData().get("element.clientWidth").asDouble()))
                .addEventData("event.clientX").addEventData("element.clientWidth")
                .setFilter(ON_THE_SLIDE);
        LiveView.follow(this, live, Topic.all(), this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RenderTransaction.draw(() -> enter(event));
    }

    private void enter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters();
        dark = !"light".equals(query.getSingleParameter(THEME).orElse("dark"));
        autoSeconds = query.getSingleParameter(AUTO).map(PresentView::parse).filter(s -> s > 0).orElse(0);
        term = PeriodSelection.resolve(query.excluding(PeriodSelection.YEAR), data.organisation().terms(), t -> Optional.empty())
                .map(PeriodSelection::term).orElse(null);
        slides = term == null ? data.presentation().slides() : availability.shown(data.presentation().slides(), term);
        // A slide by its number as on the screen (present/2), or by its name (present/targets), as the overview links it.
        String asked = event.getRouteParameters().get("slide").orElse("1");
        index = Arrays.stream(Slide.values()).filter(s -> s.name().equalsIgnoreCase(asked)).findFirst()
                .map(slides::indexOf).filter(at -> at >= 0)
                .orElseGet(() -> Math.max(0, Math.min(slides.size() - 1, parse(asked) - 1)));
        render();
    }

    /** Next slide; after the last one, back to the first when advancing by itself. */
    @ClientCallable
    void next() {
        show(index + 1 < slides.size() ? index + 1 : autoSeconds > 0 ? 0 : index);
    }

    @ClientCallable
    void previous() {
        show(Math.max(0, index - 1));
    }

    @ClientCallable
    void first() {
        show(0);
    }

    @ClientCallable
    void last() {
        show(slides.size() - 1);
    }

    /** Slide {@code number}, counted from 1 as on the screen; numbers past the end are ignored. */
    @ClientCallable
    void go(int number) {
        if (number >= 1 && number <= slides.size()) {
            show(number - 1);
        }
    }

    int slideNumber() {
        return index + 1;
    }

    int slideCount() {
        return slides.size();
    }

    private void show(int newIndex) {
        if (newIndex == index) {
            return;
        }
        index = newIndex;
        render();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address()));
    }

    private String address() {
        String queryString = query.getQueryString();
        return "present/" + (index + 1) + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    private void render() {
        RenderTransaction.draw(this::drawSlide);
    }

    private void drawSlide() {
        removeAll();
        setClassName("theme-dark", dark);
        setClassName("theme-light", !dark);
        if (term == null) {
            add(new Paragraph(getTranslation("period.no-term")));
            return;
        }
        add(SlideRenderer.render(new SlideFactory(data, term, new Texts(getLocale())).build(slides.get(index)), dark));
        Span counter = new Span(getTranslation("present.counter", String.valueOf(index + 1), String.valueOf(slides.size())));
        counter.setId("slide-counter");
        counter.addClassName("slide-counter");
        add(counter, navigation("slide-previous", "‹", getTranslation("present.previous"), this::previous),
                navigation("slide-next", "›", getTranslation("present.next"), this::next));
    }

    /** A small control at the screen's edge, shown while the pointer moves, for presenting by hand. */
    private Button navigation(String id, String sign, String label, Runnable action) {
        Button button = new Button(sign, e -> action.run());
        button.setId(id);
        button.addClassName("slide-nav");
        button.addClassName(id);
        button.setAriaLabel(label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    /** A click or tap on the right half of a slide moves on, on the left half back. */
    private void clickedAt(double x, double width) {
        if (width > 0 && x >= width / 2) {
            next();
        } else if (width > 0) {
            previous();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(PresentKeys.SCRIPT, autoSeconds);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs(PresentKeys.STOP);
        super.onDetach(detachEvent);
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.page-title") + " · " + getTranslation("app.name");
    }
}

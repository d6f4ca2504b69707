package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;

/**
 * The projector's mode: large text in charts and tables (at least 18 px at 1920×1080), no side menu. Switched in the
 * header, kept for the session; {@code ?meeting} in an address turns it on ({@code ?meeting=0} off), so a shared
 * link opens as it was shown. It marks the page's body with the class {@code meeting-mode}, which the stylesheet
 * follows.
 */
public final class MeetingMode {
    public static final String PARAMETER = "meeting";
    static final String CSS_CLASS = "meeting-mode";

    private MeetingMode() {
    }

    public static boolean isOn(VaadinSession session) {
        return Boolean.TRUE.equals(session.getAttribute(MeetingMode.class.getName()));
    }

    /** What an address asks for: on, off, or (no parameter) nothing. */
    static Optional<Boolean> askedBy(QueryParameters query) {
        List<String> values = query.getParameters().get(PARAMETER);
        if (values == null) {
            return Optional.empty();
        }
        String value = values.isEmpty() ? "" : values.getFirst().trim();
        return Optional.of(!(value.equals("0") || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false")));
    }

    /** Switches the mode for the session and shows it on the page at once. */
    static void set(UI ui, boolean on) {
        ui.getSession().setAttribute(MeetingMode.class.getName(), on);
        show(ui, on);
    }

    static void show(UI ui, boolean on) {
        ui.getElement().getClassList().set(CSS_CLASS, on);
        // Charts lay out their text when drawn: a resize makes them lay it out again at the new size.
        ui.getPage().executeJs("setTimeout(() => window.dispatchEvent(new Event('resize')), 50)");
    }
}

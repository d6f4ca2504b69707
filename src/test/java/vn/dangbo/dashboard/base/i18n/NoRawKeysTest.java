package vn.dangbo.dashboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.records.RecordService;

/**
 * A label missing from a bundle shows as "!key". Every view, in both languages, is walked for one: its text, and
 * the labels, placeholders, helpers and items of its fields (a choice's empty item included).
 */
class NoRawKeysTest extends UiTest {
    private static final Pattern RAW_KEY = Pattern.compile("![a-z][\\w-]*(\\.[\\w-]+)+");
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "items", "i18n");

    private static List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("", "?year=2019", "ratings?year=2019", "ratings?year=2025",
                "ratings/members?year=2019&level=GOOD", "cells?year=2019", "cells/X01?year=2019", "recruitment",
                "members?cell=X01", "meetings", "targets", "import", "users", "audit", "presentation",
                "change-password", "records/unknown", "recruitment/members?year=2019", "recruitment/candidates?stage=IDENTIFIED",
                "recruitment/candidates?stage=NOPE", "training/members?programme=UNIVERSITY", "training/members?programme=X", "studies", "?cell=X01", "ratings?cell=X01", "recruitment?cell=X01", "cells?level=GOOD"));
        RecordService.keptHere().forEach(sheet -> pages.add("records/" + sheet.slug()));
        for (int slide = 1; slide <= 12; slide++) {
            pages.add("present/" + slide);
        }
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi-VN", "en-GB"})
    void no_view_shows_a_raw_message_key(String language) {
        signInAs("quantri");
        List<String> found = new ArrayList<>();
        for (String page : pages()) {
            UI.getCurrent().getSession().setAttribute(Locale.class, Locale.forLanguageTag(language));
            UI.getCurrent().setLocale(Locale.forLanguageTag(language));
            open(page);
            collect(page, UI.getCurrent().getElement(), found);
        }
        assertThat(found).isEmpty();
    }

    private static void collect(String page, Element element, List<String> found) {
        List<String> texts = new ArrayList<>();
        texts.add(element.getText());
        PROPERTIES.forEach(name -> texts.add(element.getProperty(name, "")));
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        for (String text : texts) {
            Matcher matcher = RAW_KEY.matcher(text == null ? "" : text);
            while (matcher.find()) {
                found.add(page + ": " + matcher.group());
            }
        }
        element.getChildren().forEach(child -> collect(page, child, found));
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            element.getNode().getFeature(VirtualChildrenList.class).forEachChild(node -> collect(page, Element.get(node), found));
        }
    }
}

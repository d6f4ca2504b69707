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
import vn.dangbo.dashboard.EveryView;
import vn.dangbo.dashboard.UiTest;

/**
 * A label missing from a bundle shows as "!key". Every view, in both languages, is walked for one: its text, and
 * the labels, placeholders, helpers and items of its fields (a choice's empty item included).
 */
class NoRawKeysTest extends UiTest {
    private static final Pattern RAW_KEY = Pattern.compile("![a-z][\\w-]*(\\.[\\w-]+)+");
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "items", "i18n");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi-VN", "en-GB"})
    void no_view_shows_a_raw_message_key(String language) {
        signInAs("quantri");
        List<String> found = new ArrayList<>();
        for (String page : EveryView.pages()) {
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

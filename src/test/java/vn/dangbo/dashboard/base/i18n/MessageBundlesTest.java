package vn.dangbo.dashboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.dangbo.dashboard.Bundles;

/** Every label exists in Vietnamese and in English: a key in one bundle only would show as "!key" in the other. */
class MessageBundlesTest {

    @Test
    void both_languages_have_the_same_labels() {
        Properties vi = Bundles.vietnamese();
        Properties en = Bundles.english();

        assertThat(en.stringPropertyNames()).as("labels in English only").isSubsetOf(vi.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).as("labels in Vietnamese only").isSubsetOf(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(key -> !vi.getProperty(key).isBlank(), "no empty label");
    }

    @Test
    void an_apostrophe_is_doubled_only_in_a_message_with_parameters() {
        for (Properties bundle : java.util.List.of(Bundles.vietnamese(), Bundles.english())) {
            bundle.forEach((key, value) -> {
                String text = (String) value;
                // Without parameters a message is shown as written, so a doubled apostrophe would show doubled.
                if (!text.contains("{")) {
                    assertThat(text).as(key.toString()).doesNotContain("''");
                }
            });
        }
    }
}

package vn.dangbo.dashboard.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every label exists in Vietnamese and in English: a key in one bundle only would show as "!key" in the other. */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void both_languages_have_the_same_labels() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");

        assertThat(en.stringPropertyNames()).as("labels in English only").isSubsetOf(vi.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).as("labels in Vietnamese only").isSubsetOf(en.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).allMatch(key -> !vi.getProperty(key).isBlank(), "no empty label");
    }
}

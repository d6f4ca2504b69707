package vn.dangbo.dashboard;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The label bundles as files, for tests that compare them: Vietnamese (the default) and English. */
public final class Bundles {

    private Bundles() {
    }

    public static Properties vietnamese() {
        return load("messages.properties");
    }

    public static Properties english() {
        return load("messages_en.properties");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Bundles.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }
}

package vn.dangbo.dashboard.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters, not only spaces or one character repeated, not
 * the username, and not one of the common passwords shipped in {@code common-passwords.txt} (compared without case
 * and without the digits and signs people add at the end). Long passphrases are welcome: there is no upper limit
 * short of what BCrypt reads (72 bytes count; more is allowed).
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws UserException naming the rule the password breaks */
    static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserException("password.error.too-short", MIN_LENGTH);
        }
        if (password.isBlank() || password.codePoints().distinct().count() == 1) {
            throw new UserException("password.error.repeated");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new UserException("password.error.username");
        }
        if (COMMON.contains(lower) || COMMON.contains(stem(lower))) {
            throw new UserException("password.error.common");
        }
    }

    /** "matkhau@2024!" and "matkhau" are one password to a guesser. */
    private static String stem(String lower) {
        return lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

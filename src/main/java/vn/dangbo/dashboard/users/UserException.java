package vn.dangbo.dashboard.users;

/**
 * A rule about users was broken. It carries a message key and its parameters, shown in the reader's language
 * ({@code getTranslation(key(), parameters())}); {@link #getMessage()} is the key, for the log.
 */
public class UserException extends RuntimeException {
    private final transient Object[] parameters;

    public UserException(String key, Object... parameters) {
        super(key);
        this.parameters = parameters.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}

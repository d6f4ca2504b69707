package vn.dangbo.dashboard.base.i18n;

/**
 * A rule refused something a person asked for; nothing was changed. It carries a message key and its parameters,
 * which a view shows in the reader's language ({@code getTranslation(key(), parameters())}). {@link #getMessage()}
 * is the Vietnamese text, the application's own language, for the log and the command line.
 */
public class Refusal extends RuntimeException {
    private final transient Message message;

    public Refusal(String key, Object... parameters) {
        this(new Message(key, parameters));
    }

    public Refusal(Message message) {
        super(message.key());
        this.message = message;
    }

    public Message message() {
        return message;
    }

    public String key() {
        return message.key();
    }

    public Object[] parameters() {
        return message.parameters();
    }

    @Override
    public String getMessage() {
        return message.vietnamese();
    }
}

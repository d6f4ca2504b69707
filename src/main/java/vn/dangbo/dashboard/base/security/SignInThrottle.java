package vn.dangbo.dashboard.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down a client that keeps failing to sign in, whatever usernames it tries: after {@code allowed} failures
 * within {@code window} from one address, each further failure doubles the wait before the next try (from one
 * second up to {@code window}). The account lock protects one account; this protects all of them from guessing.
 * Kept in memory for the most recent {@value #CLIENTS_KEPT} addresses.
 */
@Component
public class SignInThrottle {
    static final int CLIENTS_KEPT = 10_000;
    private final Clock clock;
    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > CLIENTS_KEPT;
        }
    };

    SignInThrottle(Clock clock, @Value("${dangbo.security.throttle.allowed:10}") int allowed,
                   @Value("${dangbo.security.throttle.window:PT15M}") Duration window) {
        this.clock = clock;
        this.allowed = allowed;
        this.window = window;
    }

    public synchronized void failed(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = recent(client, now);
        times.addLast(now);
        failures.put(client, times);
    }

    /** How many seconds this client must wait before its next sign-in is even checked; 0 when it may try now. */
    public synchronized long waitSeconds(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = recent(client, now);
        int over = times.size() - allowed;
        if (over < 0) {
            return 0;
        }
        long delay = Math.min(window.toSeconds(), 1L << Math.min(over, 30));
        long leftMillis = Duration.between(now, times.getLast().plusSeconds(delay)).toMillis();
        return leftMillis <= 0 ? 0 : (leftMillis + 999) / 1000;
    }

    private Deque<Instant> recent(String client, Instant now) {
        Deque<Instant> times = failures.getOrDefault(client, new ArrayDeque<>());
        while (!times.isEmpty() && times.getFirst().isBefore(now.minus(window))) {
            times.removeFirst();
        }
        return times;
    }
}

package vn.dangbo.dashboard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private Instant now = Instant.parse("2026-11-30T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(clock, 10, Duration.ofMinutes(15));

    @Test
    void a_client_may_fail_a_few_times_without_waiting() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.7");
        }
        assertThat(throttle.waitSeconds("10.0.0.7")).isZero();
    }

    @Test
    void each_failure_past_the_allowance_doubles_the_wait_whatever_the_usernames() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.7");
        }
        assertThat(throttle.waitSeconds("10.0.0.7")).isEqualTo(1);
        throttle.failed("10.0.0.7");
        assertThat(throttle.waitSeconds("10.0.0.7")).isEqualTo(2);
        throttle.failed("10.0.0.7");
        throttle.failed("10.0.0.7");
        assertThat(throttle.waitSeconds("10.0.0.7")).isEqualTo(8);
        assertThat(throttle.waitSeconds("10.0.0.8")).as("another client").isZero();
    }

    @Test
    void the_wait_is_at_most_the_window_and_ends_with_it() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("10.0.0.7");
        }
        assertThat(throttle.waitSeconds("10.0.0.7")).isEqualTo(15 * 60);
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.waitSeconds("10.0.0.7")).isZero();
    }
}

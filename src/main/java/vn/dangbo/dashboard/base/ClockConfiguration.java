package vn.dangbo.dashboard.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for the views, in Vietnam's time zone ({@link Today}); tests may replace it. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Today.VIETNAM);
    }
}

package vn.dangbo.dashboard.base;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean Validation's clock (META-INF/validation.xml): "past or present" compares with Vietnam's day. */
public class VietnamClockProvider implements ClockProvider {
    @Override
    public Clock getClock() {
        return Clock.system(Today.VIETNAM);
    }
}

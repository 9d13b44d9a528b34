package vn.lienthong.support;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.ClockFactory;
import vn.lienthong.kernel.clock.Zones;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The application's clock in tests: real time, offset by however far a test has moved "now". */
@Singleton
@Replaces(bean = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return Zones.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}

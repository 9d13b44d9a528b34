package vn.lienthong.kernel.clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of time: inject {@link Clock}; tests replace it to move "today". `CLOCK_OFFSET` (an ISO-8601
 * duration such as P40D) runs the whole server ahead of real time: the browser journey uses it to let a deadline
 * pass, and trainers to show next month's boards. Never set in production.
 */
@Factory
public class ClockFactory {
    @Singleton
    public Clock clock(@Value("${lienthong.clock.offset:PT0S}") Duration offset) {
        Clock system = Clock.system(Zones.VIETNAM);
        return offset.isZero() ? system : Clock.offset(system, offset);
    }
}

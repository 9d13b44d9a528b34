package vn.lienthong.kernel.clock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one source of time: inject {@link Clock}; tests replace it to move "today". */
@Factory
public class ClockFactory {
    @Singleton
    public Clock clock() {
        return Clock.system(Zones.VIETNAM);
    }
}

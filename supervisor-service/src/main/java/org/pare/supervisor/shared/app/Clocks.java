package org.pare.supervisor.shared.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One clock for the service, ticking in microseconds: what PostgreSQL keeps, so a time read back equals the time given. */
@Factory
class Clocks {
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }
}

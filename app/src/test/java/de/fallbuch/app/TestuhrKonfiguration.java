package de.fallbuch.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's clock by a {@link Testuhr} in tests. Production code is unchanged: it
 * asks for a {@link java.time.Clock} and gets this one because it is primary.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestuhrKonfiguration {

    @Bean
    @Primary
    Testuhr testuhr(@Value("${fallbuch.zeitzone:Europe/Berlin}") String zeitzone,
            @Value("${fallbuch.test.uhr-versatz:PT0S}") Duration versatz) {
        // a service started by a test on its own (restart tests) may start at a later time
        Testuhr uhr = new Testuhr(ZoneId.of(zeitzone));
        uhr.vorstellen(versatz);
        return uhr;
    }

    /**
     * A jump of the clock wakes the deadline scheduler, so it looks for due deadlines by the new time at once
     * (a {@code query} instance has none).
     */
    @Bean
    InitializingBean fristenplanerFolgtDerTestuhr(Testuhr uhr, ObjectProvider<Scheduler> fristenplaner) {
        return () -> fristenplaner.ifAvailable(planer -> uhr.beiZeitsprung(planer::triggerCheckForDueExecutions));
    }
}

package de.fallbuch.app.integritaet;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily verification, a recurring task of the persistent scheduler (db-scheduler, see
 * FristenKonfiguration): once per day across all instances, at {@code fallbuch.integritaet.pruefzeit}
 * by the service's clock. Its outcome is recorded and shown by health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class TaeglichePruefung {

    static final String BENUTZER = "system (tägliche Prüfung)";

    @Bean
    RecurringTask<Void> integritaetTaeglichPruefen(Integritaet integritaet, Clock uhr,
            @Value("${fallbuch.integritaet.pruefzeit:03:00}") LocalTime pruefzeit) {
        return Tasks.recurring("integritaetspruefung", Schedules.daily(uhr.getZone(), pruefzeit))
                .execute((ausfuehrung, kontext) -> integritaet.pruefen(null, BENUTZER));
    }
}

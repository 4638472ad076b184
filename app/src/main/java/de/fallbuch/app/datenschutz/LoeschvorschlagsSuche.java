package de.fallbuch.app.datenschutz;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import de.fallbuch.command.datenschutz.Aufbewahrung;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job that finds the Fälle whose retention has ended and proposes them for erasure
 * (Löschvorschläge, {@code GET /api/datenschutz/loeschvorschlaege}). A recurring task of the
 * persistent scheduler (db-scheduler, see FristenKonfiguration): it survives restarts, runs once per
 * day across all instances, and by the service's clock.
 */
@Configuration(proxyBeanMethods = false)
class LoeschvorschlagsSuche {

    private static final Logger LOG = LoggerFactory.getLogger(LoeschvorschlagsSuche.class);

    @Bean
    RecurringTask<Void> loeschvorschlaegeErmitteln(Aufbewahrung aufbewahrung, Clock uhr, TransactionTemplate transaktion) {
        return Tasks.recurring("loeschvorschlaege", Schedules.daily(uhr.getZone(), LocalTime.of(2, 0)))
                .execute((ausfuehrung, kontext) -> {
                    LocalDate heute = LocalDate.now(uhr);
                    Integer neu = transaktion.execute(status -> aufbewahrung.vorschlaegeErmitteln(heute));
                    if (neu != null && neu > 0) {
                        LOG.info("{} Fälle zur Löschung personenbezogener Daten vorgeschlagen", neu);
                    }
                });
    }
}

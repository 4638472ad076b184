package de.fallbuch.app.betrieb;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The views catch up as soon as the database is back. Axon's streaming processors retry on their
 * own, but with a back-off that doubles up to 60 s: after an outage of a minute a view could stay
 * behind (and health DOWN) for another minute although the database answers again. This watcher
 * checks the database every few seconds; when it comes back after having been unreachable, every
 * view whose processor is in error is restarted at once. Nothing is replayed twice: each view goes
 * on from its stored token.
 *
 * <p>Only this transition triggers a restart: a view failing for another reason (a poisoned event
 * without dead-letter queue) keeps Axon's back-off and does not flood the log.
 */
@Component
class WiederanlaufNachDatenbankstoerung {

    private static final Logger LOG = LoggerFactory.getLogger(WiederanlaufNachDatenbankstoerung.class);

    private final DataSource datenbank;
    private final EventProcessingConfiguration verarbeitung;
    private final Duration intervall;
    private ScheduledExecutorService zeitgeber;
    private boolean warNichtErreichbar;

    WiederanlaufNachDatenbankstoerung(DataSource datenbank, EventProcessingConfiguration verarbeitung,
            @Value("${fallbuch.datenbank-pruefintervall:PT2S}") Duration intervall) {
        this.datenbank = datenbank;
        this.verarbeitung = verarbeitung;
        this.intervall = intervall;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void starten() {
        if (zeitgeber != null || intervall.isZero() || intervall.isNegative()) {
            return;
        }
        zeitgeber = Executors.newSingleThreadScheduledExecutor(aufgabe -> {
            Thread faden = new Thread(aufgabe, "datenbank-waechter");
            faden.setDaemon(true);
            return faden;
        });
        zeitgeber.scheduleWithFixedDelay(this::pruefen, intervall.toMillis(), intervall.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void beenden() {
        if (zeitgeber != null) {
            zeitgeber.shutdownNow();
        }
    }

    /** Never throws: an exception would end the scheduled task. */
    void pruefen() {
        try {
            if (!erreichbar()) {
                if (!warNichtErreichbar) {
                    LOG.warn("Die Datenbank ist nicht erreichbar; Anfragen werden mit 503 beantwortet, bis sie wieder antwortet.");
                }
                warNichtErreichbar = true;
                return;
            }
            if (warNichtErreichbar) {
                warNichtErreichbar = false;
                LOG.info("Die Datenbank ist wieder erreichbar.");
                ansichtenWiederAnlaufenLassen();
            }
        } catch (RuntimeException e) {
            LOG.warn("Prüfung der Datenbank fehlgeschlagen", e);
        }
    }

    private boolean erreichbar() {
        // Bounded by the pool's connection-timeout (application.yml).
        try (Connection verbindung = datenbank.getConnection()) {
            return verbindung.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private void ansichtenWiederAnlaufenLassen() {
        verarbeitung.eventProcessors().forEach((name, prozessor) -> {
            if (prozessor instanceof StreamingEventProcessor strom && strom.isRunning() && strom.isError()) {
                LOG.info("Ansicht {} war während der Störung im Fehlerzustand; ihr Prozessor wird neu gestartet.", name);
                strom.shutDown();
                strom.start();
            }
        });
    }
}

package de.fallbuch.app.betrieb;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shares the views' segments among the instances that process them (full and query instances on one
 * PostgreSQL). Axon's pooled streaming processor claims every free segment it may; without a limit the
 * first instance to start would own all of them and the others would idle. Here each instance claims
 * at most {@code ceil(segments / live instances)} of a processor's segments, and Axon's coordinator
 * releases what is above that share when another instance comes up. The live instances are counted
 * from their signs of life in {@code verarbeitungsinstanz} (every {@code fallbuch.verarbeitung.lebenszeichen},
 * stale after {@code fallbuch.verarbeitung.ausfallfrist}, by the database's clock so the instances'
 * own clocks do not matter). When an instance dies its claims run out (Axon's claim timeout, 10 s),
 * its sign of life goes stale, the share of the others grows and they take its segments over.
 * A single instance claims every segment, as before.
 */
@Component
@DependsOn("schemaMigration")
class Segmentverteilung implements MaxSegmentProvider, ConfigurerModule {

    private static final Logger LOG = LoggerFactory.getLogger(Segmentverteilung.class);

    /** The owner name Axon's JdbcTokenStore writes into token_entry by default. */
    static final String INSTANZ = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;
    private final Duration ausfallfrist;
    private final ScheduledExecutorService takt;
    private final Map<String, Integer> segmente = new ConcurrentHashMap<>();
    private volatile int lebende = 1;

    Segmentverteilung(JdbcClient jdbc, @Value("${fallbuch.verarbeitung.lebenszeichen:PT2S}") Duration intervall,
            @Value("${fallbuch.verarbeitung.ausfallfrist:PT10S}") Duration ausfallfrist) {
        this.jdbc = jdbc;
        this.ausfallfrist = ausfallfrist;
        // the first sign of life before any processor claims a segment
        lebenszeichen();
        this.takt = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread faden = new Thread(r, "segmentverteilung");
            faden.setDaemon(true);
            return faden;
        });
        takt.scheduleWithFixedDelay(this::lebenszeichen, intervall.toMillis(), intervall.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void configureModule(Configurer konfiguration) {
        konfiguration.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (axon, prozessor) -> prozessor.maxSegmentProvider(this));
    }

    @Override
    public int getMaxSegments(String prozessor) {
        Integer anzahl = segmente.get(prozessor);
        if (anzahl == null || anzahl == 0 || lebende <= 1) {
            return Short.MAX_VALUE;
        }
        return Math.max(1, (anzahl + lebende - 1) / lebende);
    }

    /** How many instances share the segments now (for the operations view and tests). */
    int lebendeInstanzen() {
        return lebende;
    }

    private void lebenszeichen() {
        try {
            jdbc.sql("""
                    INSERT INTO verarbeitungsinstanz (instanz, gestartet, lebenszeichen) VALUES (:instanz, now(), now())
                    ON CONFLICT (instanz) DO UPDATE SET lebenszeichen = now()""").param("instanz", INSTANZ).update();
            int jetzt = jdbc.sql("SELECT count(*) FROM verarbeitungsinstanz WHERE lebenszeichen > now() - make_interval(secs => :frist)")
                    .param("frist", ausfallfrist.toMillis() / 1000.0).query(Integer.class).single();
            if (jetzt != lebende) {
                LOG.info("Segmente der Ansichten: {} Instanz(en) teilen sie sich (diese: {})", jetzt, INSTANZ);
            }
            lebende = Math.max(1, jetzt);
            jdbc.sql("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name")
                    .query((zeile, nr) -> segmente.put(zeile.getString(1), zeile.getInt(2))).list();
            // long gone instances are forgotten (an instance's name contains its process id)
            jdbc.sql("DELETE FROM verarbeitungsinstanz WHERE lebenszeichen < now() - interval '1 day'").update();
        } catch (RuntimeException datenbankWeg) {
            // keep the last figures: during an outage no segment is claimed anyway
            LOG.debug("Lebenszeichen nicht geschrieben: {}", datenbankWeg.toString());
        }
    }

    @PreDestroy
    void abmelden() {
        takt.shutdownNow();
        try {
            jdbc.sql("DELETE FROM verarbeitungsinstanz WHERE instanz = :instanz").param("instanz", INSTANZ).update();
        } catch (RuntimeException egal) {
            // the row goes stale by itself
        }
    }
}

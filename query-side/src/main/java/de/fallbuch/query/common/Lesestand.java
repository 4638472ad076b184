package de.fallbuch.query.common;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the read models have caught up with a record, by its version only (no personal data).
 * Views are eventually consistent: after a write, the web UI waits here briefly so that the page it
 * shows next already carries the new version, and the next form is not refused as stale.
 */
@Component
public class Lesestand {

    /** The read models that keep a version per record. */
    public enum Ansicht {
        FALL("SELECT version FROM fall_uebersicht WHERE fall_id = :id"),
        ANTRAG("SELECT version FROM antrag_uebersicht WHERE antrag_id = :id"),
        HILFEVEREINBARUNG("SELECT version FROM hilfevereinbarung WHERE hilfevereinbarung_id = :id");

        private final String sql;

        Ansicht(String sql) {
            this.sql = sql;
        }
    }

    private static final Duration PAUSE = Duration.ofMillis(50);

    private final JdbcClient jdbc;

    Lesestand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until the view shows the record at least at this version; false if it has not within the time given. */
    public boolean abwarten(Ansicht ansicht, UUID id, long version, Duration hoechstens) {
        long ende = System.nanoTime() + hoechstens.toNanos();
        while (true) {
            Optional<Long> stand = jdbc.sql(ansicht.sql).param("id", id).query(Long.class).optional();
            if (stand.isPresent() && stand.get() >= version) {
                return true;
            }
            if (System.nanoTime() > ende) {
                return false;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException unterbrochen) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}

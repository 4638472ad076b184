package de.fallbuch.command.fall;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the next Aktenzeichen {@code 50-<year>-<6 digits>} (Amt 50, year of opening, running
 * number). The counter is incremented atomically in PostgreSQL and committed at once, so two
 * caseworkers opening a Fall at the same moment get different numbers and no number is handed
 * out twice, even after a failed command or a restart.
 */
@Component
class AktenzeichenVergabe {

    private final JdbcClient jdbc;
    private final Clock uhr;

    AktenzeichenVergabe(JdbcClient jdbc, Clock uhr) {
        this.jdbc = jdbc;
        this.uhr = uhr;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String naechstes() {
        int jahr = Year.now(uhr).getValue();
        int nummer = jdbc.sql("""
                        INSERT INTO aktenzeichen_zaehler (jahr, letzte_nummer) VALUES (:jahr, 1)
                        ON CONFLICT (jahr) DO UPDATE SET letzte_nummer = aktenzeichen_zaehler.letzte_nummer + 1
                        RETURNING letzte_nummer""")
                .param("jahr", jahr)
                .query(Integer.class)
                .single();
        return "50-%d-%06d".formatted(jahr, nummer);
    }
}

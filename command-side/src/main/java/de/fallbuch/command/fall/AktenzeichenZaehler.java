package de.fallbuch.command.fall;

import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter of Aktenzeichen per year in PostgreSQL. The increment locks the year's row until the
 * command's transaction ends: concurrent openings wait for each other there, each gets the next
 * number, and a rollback returns the number. {@link Propagation#MANDATORY} because a number drawn
 * outside the command's transaction could be committed without its Fall (a gap).
 */
@Component
class AktenzeichenZaehler implements AktenzeichenVergabe {

    private final JdbcClient jdbc;
    private final Clock uhr;

    AktenzeichenZaehler(JdbcClient jdbc, Clock uhr) {
        this.jdbc = jdbc;
        this.uhr = uhr;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
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

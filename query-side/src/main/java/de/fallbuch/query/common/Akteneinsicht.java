package de.fallbuch.query.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read of a case file by a person, granted or refused (domain.md, data
 * protection). Written at once in its own transaction, so a refused read is recorded too.
 */
@Component
public class Akteneinsicht {

    /** What was looked at. */
    public enum Was {
        FALL, FALL_STAND_AM, VERLAUF, HILFEVEREINBARUNG, ANTRAG
    }

    private final JdbcClient jdbc;

    Akteneinsicht(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void protokollieren(Akteur leser, UUID fallId, Was was, boolean gewaehrt) {
        jdbc.sql("""
                        INSERT INTO akteneinsicht (benutzer, rolle, fall_id, was, gewaehrt, korrelations_id)
                        VALUES (:benutzer, :rolle, :fall, :was, :gewaehrt, :korrelation)""")
                .param("benutzer", leser.benutzer())
                .param("rolle", leser.rolle().name())
                .param("fall", fallId)
                .param("was", was.name())
                .param("gewaehrt", gewaehrt)
                .param("korrelation", MDC.get(Metadaten.KORRELATIONS_ID))
                .update();
    }
}

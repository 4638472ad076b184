package de.fallbuch.app.datenschutz;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.app.IntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rotating the master key re-wraps every data key; the data keys themselves (and so the events) stay the same. */
class HauptschluesselwechselTest extends IntegrationTest {

    @Autowired
    private Hauptschluessel hauptschluessel;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ObjectMapper json;

    @Test
    void nachDemWechselSindAlleDatenschluesselMitDemNeuenHauptschluesselVerpacktUndUnveraendert() {
        UUID fallId = UUID.fromString(fallEroeffnen(als("fm.mueller"), "Schluesselwechsel", "Innenstadt"));
        // The views read the new Fall first: while the keys are wrapped with a key this service does not know,
        // it must have nothing left to decrypt.
        als("fm.mueller").warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        als("fm.mueller").warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.status() == 200 && a.json().size() == 1);
        byte[] alt = hauptschluessel.aktueller().getEncoded();
        byte[] neu = Aesgcm.neuerSchluessel().getEncoded();
        SecretKey vorher = new Schluesselverwaltung(jdbc, new Hauptschluessel(alt, List.of()), json, Clock.systemUTC())
                .zumLesen(fallId).orElseThrow();

        Schluesselverwaltung mitNeuem = new Schluesselverwaltung(jdbc, new Hauptschluessel(neu, List.of(alt)), json, Clock.systemUTC());
        try {
            assertThat(mitNeuem.neuVerpacken()).isPositive();
            assertThat(mitNeuem.neuVerpacken()).as("idempotent").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM datenschutz_schluessel WHERE schluessel IS NOT NULL AND hauptschluessel_id <> :neu")
                    .param("neu", Hauptschluessel.kennung(neu)).query(Long.class).single()).isZero();
            SecretKey nachher = new Schluesselverwaltung(jdbc, new Hauptschluessel(neu, List.of()), json, Clock.systemUTC())
                    .zumLesen(fallId).orElseThrow();
            assertThat(nachher.getEncoded()).isEqualTo(vorher.getEncoded());
        } finally {
            // back to the running service's master key, for the other tests sharing this database
            new Schluesselverwaltung(jdbc, new Hauptschluessel(alt, List.of(neu)), json, Clock.systemUTC()).neuVerpacken();
        }
    }
}

package de.fallbuch.app.datenschutz;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.fall.FallEroeffnet;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What encryption costs, measured in one run: commands through the REST API (open a Fall, document a
 * consultation) with and without encryption, and the event serializer alone. Prints the figures
 * (docs/datenschutz.md quotes them). The switch exists for this comparison only.
 */
class DatenschutzDurchsatzTest extends IntegrationTest {

    private static final int RUNDEN = 3;
    private static final int FAELLE = 40;

    @Autowired
    private DatenschutzKonfiguration.Verschluesselungsschalter schalter;
    @Autowired
    @Qualifier("eventSerializer")
    private Serializer ereignisse;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void wiederAn() {
        schalter.schalten(true);
    }

    @Test
    void durchsatzMitUndOhneVerschluesselung() {
        Api mueller = als("fm.mueller");
        befehle(mueller, 20, "Aufwaermen");
        double mit = 0;
        double ohne = 0;
        for (int runde = 0; runde < RUNDEN; runde++) {
            schalter.schalten(false);
            ohne += befehle(mueller, FAELLE, "Klar");
            schalter.schalten(true);
            mit += befehle(mueller, FAELLE, "Verschluesselt");
        }
        ohne /= RUNDEN;
        mit /= RUNDEN;

        String klar = fallEroeffnen(mueller, "Klartextprobe", "Innenstadt");
        schalter.schalten(false);
        String unverschluesselt = fallEroeffnen(mueller, "Klartextprobe", "Innenstadt");
        schalter.schalten(true);
        assertThat(payload(klar)).doesNotContain("Klartextprobe");
        assertThat(payload(unverschluesselt)).contains("Klartextprobe");

        double serialisierungMit = serialisierung(true);
        double serialisierungOhne = serialisierung(false);
        System.out.printf("DATENSCHUTZ-DURCHSATZ: Befehle/s ohne Verschlüsselung %.1f, mit %.1f (Kosten %.1f %%); "
                        + "FallEroeffnet serialisieren µs/Ereignis ohne %.1f, mit %.1f%n",
                ohne, mit, 100 * (ohne - mit) / ohne, serialisierungOhne, serialisierungMit);
        assertThat(mit).isPositive();
    }

    /** Opens {@code anzahl} Fälle and documents their Erstberatung; returns commands per second. */
    private double befehle(Api api, int anzahl, String name) {
        long start = System.nanoTime();
        for (int i = 0; i < anzahl; i++) {
            String fallId = fallEroeffnen(api, name, "Innenstadt");
            api.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete " + name,
                    "ersteSchritte", "Unterlagen sammeln")).erwarte(200);
        }
        return 2.0 * anzahl / ((System.nanoTime() - start) / 1e9);
    }

    /** Microseconds to serialize one FallEroeffnet (its key cached after the first). */
    private double serialisierung(boolean an) {
        schalter.schalten(an);
        UUID fallId = UUID.randomUUID();
        FallEroeffnet e = new FallEroeffnet(fallId, "50-2026-999999", new Person("Anna", "Muster", LocalDate.of(1980, 5, 1),
                new Anschrift("Ludgeristraße 1", "48143", "Münster")), "Innenstadt", "fm.mueller", "Mietschulden", LocalDate.now());
        return jdbcTransaktion(() -> {
            for (int i = 0; i < 2_000; i++) {
                ereignisse.serialize(e, String.class);
            }
            long start = System.nanoTime();
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                ereignisse.serialize(e, String.class);
            }
            return (System.nanoTime() - start) / 1e3 / n;
        });
    }

    private double jdbcTransaktion(java.util.function.Supplier<Double> arbeit) {
        return arbeit.get();
    }

    private String payload(String fallId) {
        return jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND sequence_number = 0")
                .param("id", fallId).query(String.class).single();
    }
}

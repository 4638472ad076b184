package de.fallbuch.command.fall;

import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register of Aktenzeichen has no gaps: a number is drawn only after every check passed, in the
 * transaction that stores the opening, so refused openings consume nothing, and concurrent openings
 * each get their own number.
 */
class AktenzeichenOhneLueckenTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void fuenfzigGleichzeitigeEroeffnungenErhaltenEineLueckenloseFolgeAbgelehnteVerbrauchenKeineNummer() throws Exception {
        Api mueller = als("fm.mueller");
        int jahr = uhr.heute().getYear();
        long vorher = zaehlerstand(jahr);

        List<Map<String, Object>> anfragen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            anfragen.add(neuerFall("Gleichzeitig" + i, "Innenstadt"));
        }
        for (int i = 0; i < 20; i++) {
            // Refused by the aggregate's checks: a first name of 101 characters, or no concern at all.
            Map<String, Object> abgelehnt = new HashMap<>(neuerFall("Abgelehnt" + i, "Innenstadt"));
            if (i % 2 == 0) {
                abgelehnt.put("person", Map.of("vorname", "V".repeat(101), "nachname", "Abgelehnt", "geburtsdatum", "1980-05-01"));
            } else {
                abgelehnt.put("anliegen", " ");
            }
            anfragen.add(abgelehnt);
        }
        Collections.shuffle(anfragen);

        List<Antwort> antworten = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Future<Antwort>> laufend = new ArrayList<>();
            for (Map<String, Object> anfrage : anfragen) {
                laufend.add(pool.submit(() -> mueller.post("/api/faelle", anfrage)));
            }
            for (Future<Antwort> antwort : laufend) {
                antworten.add(antwort.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> nummern = antworten.stream().filter(a -> a.status() == 201)
                .map(a -> a.feld("aktenzeichen"))
                .peek(az -> assertThat(az).startsWith("50-" + jahr + "-"))
                .map(az -> Long.parseLong(az.substring(8)))
                .sorted().toList();
        assertThat(antworten).filteredOn(a -> a.status() != 201)
                .hasSize(20)
                .allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(400));
        assertThat(nummern).as("50 verschiedene Nummern ohne Lücke")
                .containsExactlyElementsOf(LongStream.rangeClosed(vorher + 1, vorher + 50).boxed().toList());
        assertThat(zaehlerstand(jahr)).as("abgelehnte Eröffnungen verbrauchen keine Nummer").isEqualTo(vorher + 50);
    }

    @Test
    void eineAbgelehnteEroeffnungVerbrauchtKeineNummer() {
        Api mueller = als("fm.mueller");
        int jahr = uhr.heute().getYear();
        mueller.post("/api/faelle", neuerFall("Vorher", "Innenstadt")).erwarte(201);
        long vorher = zaehlerstand(jahr);

        Map<String, Object> zuLang = new HashMap<>(neuerFall("Zulang", "Innenstadt"));
        zuLang.put("anliegen", "A".repeat(10_001));
        assertThat(mueller.post("/api/faelle", zuLang).erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        assertThat(zaehlerstand(jahr)).isEqualTo(vorher);

        String naechstes = mueller.post("/api/faelle", neuerFall("Danach", "Innenstadt")).erwarte(201).feld("aktenzeichen");
        assertThat(naechstes).isEqualTo("50-%d-%06d".formatted(jahr, vorher + 1));
    }

    private long zaehlerstand(int jahr) {
        return jdbc.sql("SELECT letzte_nummer FROM aktenzeichen_zaehler WHERE jahr = :jahr").param("jahr", jahr)
                .query(Long.class).optional().orElse(0L);
    }
}

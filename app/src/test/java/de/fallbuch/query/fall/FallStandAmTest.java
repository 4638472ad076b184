package de.fallbuch.query.fall;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Stand am": the Fall exactly as it was at a past instant, rebuilt from its events. */
class FallStandAmTest extends IntegrationTest {

    @Test
    void derFallZeigtSichWieErZuJedemZeitpunktWar() throws InterruptedException {
        Api mueller = als("fm.mueller");
        Instant vorDerEroeffnung = jetzt();
        String fallId = fallEroeffnen(mueller, "Zeitreise", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;
        Instant nachDerEroeffnung = jetzt();
        mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "Unterlagen")).erwarte(200);
        mueller.post(pfad + "/beratungen", Map.of("version", 1, "thema", "Miete", "inhalt", "Vermieter")).erwarte(200);
        Instant vorDemAbschluss = jetzt();
        long letzte = mueller.post(pfad + "/abschluss", Map.of("version", 2, "grund", "UMZUG")).erwarte(200).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);

        Api weber = als("rp.weber");
        Antwort eroeffnet = weber.get(pfad + "?stand=" + nachDerEroeffnung).erwarte(200);
        assertThat(eroeffnet.feld("status")).isEqualTo("OFFEN");
        assertThat(eroeffnet.version()).isZero();
        assertThat(eroeffnet.json().has("erstberatungAm")).isFalse();

        Antwort beraten = weber.get(pfad + "?stand=" + vorDemAbschluss).erwarte(200);
        assertThat(beraten.feld("status")).isEqualTo("OFFEN");
        assertThat(beraten.version()).isEqualTo(2);
        assertThat(beraten.json().path("anzahlBeratungsgespraeche").asInt()).isEqualTo(1);

        Antwort heute = weber.get(pfad).erwarte(200);
        assertThat(heute.feld("status")).isEqualTo("ABGESCHLOSSEN");
        assertThat(heute.feld("abschlussgrund")).isEqualTo("UMZUG");
        assertThat(weber.get(pfad + "?stand=" + jetzt()).erwarte(200).json()).isEqualTo(heute.json());

        Antwort zuFrueh = weber.get(pfad + "?stand=" + vorDerEroeffnung).erwarte(404);
        assertThat(zuFrueh.feld("detail")).isEqualTo("Zu diesem Zeitpunkt gab es diesen Fall noch nicht.");
        assertThat(weber.get(pfad + "?stand=gestern").erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        als("fm.yilmaz").get(pfad + "?stand=" + vorDemAbschluss).erwarte(403);
    }

    private static Instant jetzt() throws InterruptedException {
        Thread.sleep(5);
        Instant jetzt = Instant.now();
        Thread.sleep(5);
        return jetzt;
    }
}

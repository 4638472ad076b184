package de.fallbuch.query.hilfevereinbarung;

import static de.fallbuch.app.HilfevereinbarungTestdaten.entwerfen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Stand am" for an agreement: exactly as it was at a past instant, rebuilt from its events. */
class HilfevereinbarungStandAmTest extends IntegrationTest {

    @Test
    void dieHilfevereinbarungZeigtSichWieSieZuJedemZeitpunktWar() throws InterruptedException {
        Api mueller = als("fm.mueller");
        String fallId = fallEroeffnen(mueller, "Standam", "Innenstadt");
        Instant vorher = jetzt();
        String id = entwerfen(mueller, fallId).feld("hilfevereinbarungId");
        String pfad = "/api/hilfevereinbarungen/" + id;
        mueller.post(pfad + "/unterschrift", Map.of("version", 0, "unterzeichner", "PERSON")).erwarte(200);
        Instant nurPersonUnterschrieben = jetzt();
        mueller.post(pfad + "/unterschrift", Map.of("version", 1, "unterzeichner", "FALLMANAGER")).erwarte(200);
        Instant inKraft = jetzt();
        long letzte = mueller.post(pfad + "/beendigung", Map.of("version", 3, "grund", "ABGEBROCHEN", "bemerkung", "Umzug"))
                .erwarte(200).version();
        mueller.warteAuf(pfad, a -> a.version() == letzte);

        Api weber = als("rp.weber");
        Antwort entwurf = weber.get(pfad + "?stand=" + nurPersonUnterschrieben).erwarte(200);
        assertThat(entwurf.feld("status")).isEqualTo("ENTWURF");
        assertThat(entwurf.version()).isEqualTo(1);
        Antwort geltend = weber.get(pfad + "?stand=" + inKraft).erwarte(200);
        assertThat(geltend.feld("status")).isEqualTo("IN_KRAFT");
        assertThat(geltend.json().has("beendetAm")).isFalse();
        Antwort heute = weber.get(pfad).erwarte(200);
        assertThat(heute.feld("status")).isEqualTo("BEENDET");
        assertThat(weber.get(pfad + "?stand=" + jetzt()).erwarte(200).json()).isEqualTo(heute.json());
        assertThat(weber.get(pfad + "?stand=" + vorher).erwarte(404).feld("code"))
                .isEqualTo("HILFEVEREINBARUNG_ZU_DIESEM_ZEITPUNKT_UNBEKANNT");
    }

    private static Instant jetzt() throws InterruptedException {
        Thread.sleep(5);
        Instant jetzt = Instant.now();
        Thread.sleep(5);
        return jetzt;
    }
}

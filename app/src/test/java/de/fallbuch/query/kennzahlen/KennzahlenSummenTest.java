package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Hoechstwerte;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import de.fallbuch.kernel.common.Grenzen;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The amounts in the Kennzahlen are exact sums: grants of the largest allowed monthly amount add
 * up to exactly their total (two of the largest stored amounts once showed as −2).
 */
class KennzahlenSummenTest extends IntegrationTest {

    private static final int BEWILLIGUNGEN = 6;

    @Test
    void bewilligungenZumHoechstbetragErgebenDieExakteSumme() {
        Api fallmanager = als(Hoechstwerte.FALLMANAGER);
        Api sachgebietsleitung = als(Hoechstwerte.SACHGEBIETSLEITUNG);
        Api revision = als("rev.koch");
        String abfrage = "/api/kennzahlen?dienststelle=" + URLEncoder.encode(Hoechstwerte.DIENSTSTELLE, StandardCharsets.UTF_8);
        JsonNode vorher = revision.get(abfrage).erwarte(200).json().path("gesamt");

        for (int i = 0; i < BEWILLIGUNGEN; i++) {
            Map<String, Object> fall = Testdaten.neuerFall("Summe" + i, Hoechstwerte.DIENSTSTELLE);
            String fallId = fallmanager.post("/api/faelle", fall).erwarte(201).feld("fallId");
            String antrag = "/api/antraege/" + Testdaten.antragStellen(fallmanager, fallId, uhr.heute());
            long v = fallmanager.post(antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", Grenzen.MAX_BETRAG_MONATLICH_CENT,
                    "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Höchstbetrag")).erwarte(201).version();
            // above the Freigabegrenze a grant counts once a Sachgebietsleitung approved it
            sachgebietsleitung.post(antrag + "/freigabe", Map.of("version", v)).erwarte(200);
        }

        BigInteger erwartet = betrag(vorher).add(BigInteger.valueOf(Grenzen.MAX_BETRAG_MONATLICH_CENT).multiply(BigInteger.valueOf(BEWILLIGUNGEN)));
        JsonNode nachher = revision.warteAuf(abfrage, a -> betrag(a.json().path("gesamt")).equals(erwartet)).json().path("gesamt");
        assertThat(betrag(nachher)).isEqualTo(erwartet).isPositive();
        assertThat(nachher.path("empfaengerPersonen").asInt()).isEqualTo(vorher.path("empfaengerPersonen").asInt() + BEWILLIGUNGEN);
        for (JsonNode art : nachher.path("leistungsarten")) {
            if (art.path("leistungsart").asText().equals("HILFE_ZUM_LEBENSUNTERHALT")) {
                assertThat(art.path("betragMonatlichCent").bigIntegerValue()).isGreaterThanOrEqualTo(
                        BigInteger.valueOf(Grenzen.MAX_BETRAG_MONATLICH_CENT).multiply(BigInteger.valueOf(BEWILLIGUNGEN)));
            }
        }
        String csv = revision.mitKopfzeile("Accept", "text/csv").get(abfrage).erwarte(200).text();
        assertThat(csv).contains("betrag_monatlich_cent,,," + erwartet);
    }

    private static BigInteger betrag(JsonNode bereich) {
        return bereich.path("betragMonatlichCent").bigIntegerValue();
    }
}

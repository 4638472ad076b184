package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Hoechstwerte;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.Testdaten;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import de.fallbuch.kernel.kennzahlen.KennzahlenBereich;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The amounts in the Kennzahlen are exact sums: grants of the largest allowed monthly amount add
 * up to exactly their total (two of the largest stored amounts once showed as −2). Other tests
 * may leave one or two recipients in the Dienststelle, whose figures are withheld (docs/kennzahlen.md,
 * "Geheimhaltung"); so the sum is checked on the exact figures, and the published total – six
 * persons and more – must show it unchanged.
 */
class KennzahlenSummenTest extends IntegrationTest {

    private static final int BEWILLIGUNGEN = 6;

    @Autowired
    private KennzahlenAbfrageHandler abfrageHandler;

    @Test
    void bewilligungenZumHoechstbetragErgebenDieExakteSumme() {
        Api fallmanager = als(Hoechstwerte.FALLMANAGER);
        Api sachgebietsleitung = als(Hoechstwerte.SACHGEBIETSLEITUNG);
        Api revision = als("rev.koch");
        String abfrage = "/api/kennzahlen?dienststelle=" + URLEncoder.encode(Hoechstwerte.DIENSTSTELLE, StandardCharsets.UTF_8);
        KennzahlenAbfragen exakt = new KennzahlenAbfragen(uhr.heute(), uhr.heute().withDayOfYear(1),
                uhr.heute().withDayOfYear(uhr.heute().lengthOfYear()), Set.of(Hoechstwerte.DIENSTSTELLE));
        KennzahlenBereich vorher = abfrageHandler.berechnen(exakt).roh().gesamt();

        for (int i = 0; i < BEWILLIGUNGEN; i++) {
            Map<String, Object> fall = Testdaten.neuerFall("Summe" + i, Hoechstwerte.DIENSTSTELLE);
            String fallId = fallmanager.post("/api/faelle", fall).erwarte(201).feld("fallId");
            String antrag = "/api/antraege/" + Testdaten.antragStellen(fallmanager, fallId, uhr.heute());
            long v = fallmanager.post(antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", Grenzen.MAX_BETRAG_MONATLICH_CENT,
                    "rechtsgrundlage", "§ 27 SGB XII", "begruendung", "Höchstbetrag")).erwarte(201).version();
            // above the Freigabegrenze a grant counts once a Sachgebietsleitung approved it
            sachgebietsleitung.post(antrag + "/freigabe", Map.of("version", v)).erwarte(200);
        }

        BigInteger erwartet = vorher.betragMonatlichCent()
                .add(BigInteger.valueOf(Grenzen.MAX_BETRAG_MONATLICH_CENT).multiply(BigInteger.valueOf(BEWILLIGUNGEN)));
        JsonNode nachher = revision.warteAuf(abfrage, a -> betrag(a.json().path("gesamt")).equals(erwartet)).json().path("gesamt");
        assertThat(betrag(nachher)).isEqualTo(erwartet).isPositive();
        assertThat(abfrageHandler.berechnen(exakt).roh().gesamt().betragMonatlichCent()).isEqualTo(erwartet);
        assertThat(nachher.path("empfaengerPersonen").asInt()).isEqualTo(vorher.empfaengerPersonen() + BEWILLIGUNGEN);
        for (JsonNode art : nachher.path("leistungsarten")) {
            if (art.path("leistungsart").asText().equals("HILFE_ZUM_LEBENSUNTERHALT") && art.has("betragMonatlichCent")) {
                assertThat(art.path("betragMonatlichCent").bigIntegerValue()).isGreaterThanOrEqualTo(
                        BigInteger.valueOf(Grenzen.MAX_BETRAG_MONATLICH_CENT).multiply(BigInteger.valueOf(BEWILLIGUNGEN)));
            }
        }
        String csv = revision.mitKopfzeile("Accept", "text/csv").get(abfrage).erwarte(200).text();
        assertThat(csv).contains("\"betrag_monatlich_cent\",,," + erwartet);
    }

    private static BigInteger betrag(JsonNode bereich) {
        return bereich.path("betragMonatlichCent").bigIntegerValue();
    }
}

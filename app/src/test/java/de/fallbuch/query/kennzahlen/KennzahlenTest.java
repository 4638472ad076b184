package de.fallbuch.query.kennzahlen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.infrastruktur.TestDatenbank;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.kennzahlen.KennzahlenAbfragen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditors' figures, fed with a known set of cases through the REST API and checked figure by
 * figure against values computed by hand below.
 *
 * <p>All integration tests share one database, and the others work in the present. This test moves
 * the service's clock twenty years ahead and works in a year nobody else uses ({@link #JAHR}):
 * every flow of that year (decisions, Widersprüche, goals) and every grant running in it is ours.
 * Stocks that other tests' old cases can reach into — Anträge and Widersprüche undecided for
 * ever, agreements never ended — are asserted as differences to a baseline taken first.
 *
 * <p>The cases are few, so the published figures withhold most cells (docs/kennzahlen.md,
 * "Geheimhaltung"). The arithmetic is therefore checked on the exact figures the query handler
 * computes before suppression ({@link #roh}); every published answer is checked to show exactly
 * those figures where it shows one, and to name every one it withholds ({@link #passtZu}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KennzahlenTest extends IntegrationTest {

    static final int JAHR = LocalDate.now().getYear() + 20;
    /** The day the main cases come in: D0. */
    static final LocalDate D0 = LocalDate.of(JAHR, 3, 2);
    /** Older cases come in 200 days before, in the previous year. */
    static final LocalDate P = D0.minusDays(200);
    /** Stichtag 1: after the Aufhebung was decided, before the day it takes effect (D0 + 60). */
    static final LocalDate S1 = D0.plusDays(50);
    /** Stichtag 2: after the Aufhebung took effect, and after the Hiltrup agreement ended. */
    static final LocalDate S2 = D0.plusDays(70);

    @Autowired
    private EventStore ereignisse;
    @Autowired
    private EventProcessingConfiguration verarbeitung;
    @Autowired
    private KennzahlenProjektor projektor;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ApplicationContext kontext;
    @Autowired
    private PlatformTransactionManager transaktionen;
    @Autowired
    private KennzahlenAbfrageHandler abfrageHandler;
    @Autowired
    private ObjectMapper json;

    private Api mueller;
    private Api yilmaz;
    private Api schmidt;
    private Api koch;
    private JsonNode basis1;
    private JsonNode basis2;
    /** Every piece of personal data the test entered, to be searched for in the auditors' answers. */
    private final List<String> personendaten = new ArrayList<>();
    private final Map<String, String> antraege = new HashMap<>();

    @BeforeAll
    void faelleErfassen() throws IOException {
        mueller = als("fm.mueller");
        yilmaz = als("fm.yilmaz");
        schmidt = als("sgl.schmidt");
        koch = als("rev.koch");

        // Baseline of the stocks other tests' cases may reach into, before any of ours exists.
        warteBisKennzahlenAktuell();
        basis1 = roh("stichtag=" + S1);
        basis2 = roh("stichtag=" + S2);

        // Population of the year: the sample file's latest year, carried over to ours.
        String beispiel;
        try (InputStream datei = getClass().getResourceAsStream("/bevoelkerung/beispiel-bevoelkerung.csv")) {
            beispiel = new String(datei.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> zeilen = beispiel.lines().filter(z -> z.startsWith("jahr;") || z.startsWith("2026;"))
                .map(z -> z.replace("2026;", JAHR + ";")).collect(Collectors.toCollection(ArrayList::new));
        // Dienststellen other tests brought in (e.g. the one with the longest name, Hoechstwerte) get
        // zero inhabitants: the population is complete, so the totals keep their densities.
        for (JsonNode bereich : basis1.path("dienststellen")) {
            String andere = bereich.path("dienststelle").asText();
            if (!andere.equals("Innenstadt") && !andere.equals("Hiltrup")) {
                // quoted as CSV: some names hold semicolons and quotes (Kleinstellen.FORMEL)
                String feld = "\"" + andere.replace("\"", "\"\"") + "\"";
                beispiel.lines().filter(z -> z.startsWith("2026;Innenstadt;"))
                        .map(z -> JAHR + ";" + feld + ";" + z.split(";")[2] + ";0").forEach(zeilen::add);
            }
        }
        String csv = String.join("\n", zeilen);
        als("admin").put("/api/bevoelkerung", "text/csv", csv).erwarte(200);

        // --- Year before: two Hiltrup cases that stay open ---------------------------------------
        geheZu(P);
        String f8 = fall(yilmaz, "Hiltrup", "Kzacht", 30);
        String f9 = fall(yilmaz, "Hiltrup", "Kzneun", 40);
        String a8 = antrag(yilmaz, "A8", f8, "ASYLBLG", P);        // never decided
        String a9 = antrag(yilmaz, "A9", f9, "HILFE_ZUR_GESUNDHEIT", P);
        geheZu(P.plusDays(10));
        post(yilmaz, a9, "/ablehnung", Map.of("rechtsgrundlage", "§ 48 SGB XII", "begruendung", "Krankenversicherung vorhanden"));
        bescheid(yilmaz, a9);
        geheZu(P.plusDays(20));
        post(yilmaz, a9, "/widerspruch", Map.of("begruendung", "Versicherung deckt es nicht"));  // never decided
        assertThat(a8).isNotEqualTo(a9);

        // --- D0: the main cases come in -----------------------------------------------------------
        geheZu(D0);
        String f1 = fall(mueller, "Innenstadt", "Kzeins", 70);
        String f2 = fall(mueller, "Innenstadt", "Kzzwei", 40);
        String f3 = fall(mueller, "Innenstadt", "Kzdrei", 30);
        String f4 = fall(mueller, "Innenstadt", "Kzvier", 50);
        String f5 = fall(mueller, "Innenstadt", "Kzfuenf", 45);
        String f6 = fall(yilmaz, "Hiltrup", "Kzsechs", 70);
        String f7 = fall(yilmaz, "Hiltrup", "Kzsieben", 35);
        String f10 = fall(mueller, "Innenstadt", "Kzzehn", 28);
        String a1 = antrag(mueller, "A1", f1, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", D0);
        String a2 = antrag(mueller, "A2", f2, "HILFE_ZUM_LEBENSUNTERHALT", D0);
        String a3 = antrag(mueller, "A3", f3, "HILFE_ZUM_LEBENSUNTERHALT", D0);
        String a4 = antrag(mueller, "A4", f4, "HILFE_ZUR_PFLEGE", D0);
        String a5 = antrag(mueller, "A5", f5, "WOHNGELD", D0);
        String a6 = antrag(yilmaz, "A6", f6, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", D0);
        String a7 = antrag(yilmaz, "A7", f7, "HILFE_ZUM_LEBENSUNTERHALT", D0);
        String a10 = antrag(mueller, "A10", f10, "HILFE_ZUR_GESUNDHEIT", D0);
        post(mueller, a4, "/unterlagen-anforderung", Map.of("unterlagen", List.of("Pflegegutachten"),
                "frist", D0.plusDays(14).toString(), "mitRechtsfolgenbelehrung", true));
        String v2 = vereinbarung(mueller, f2);
        String v6 = vereinbarung(yilmaz, f6);

        geheZu(D0.plusDays(5));
        bewilligen(yilmaz, a6, 90_000);                                   // A6: 5 days, 900 €
        bescheid(yilmaz, a6);
        post(mueller, a10, "/ruecknahme", Map.of("zurueckgenommenAm", D0.plusDays(3).toString(), "erklaerung", "Hilfe anderweitig"));

        geheZu(D0.plusDays(10));
        bewilligen(mueller, a1, 80_000);                                  // A1: 10 days, 800 €
        bescheid(mueller, a1);
        post(mueller, a3, "/ablehnung", Map.of("rechtsgrundlage", "§ 19 SGB XII", "begruendung", "Einkommen reicht"));  // A3: 10 days
        bescheid(mueller, a3);

        geheZu(D0.plusDays(15));
        warteAufEreignis(a4, MitwirkungsfristAbgelaufen.class);
        post(yilmaz, a7, "/ablehnung", Map.of("rechtsgrundlage", "§ 19 SGB XII", "begruendung", "Vermögen vorhanden"));  // A7: 15 days
        bescheid(yilmaz, a7);

        geheZu(D0.plusDays(20));
        bewilligen(mueller, a2, 120_000);                                 // above the limit: counts after approval
        post(mueller, a3, "/widerspruch", Map.of("begruendung", "Einkommen falsch berechnet"));
        post(mueller, a4, "/versagung", Map.of("begruendung", "Pflegegutachten trotz Belehrung nicht vorgelegt"));  // A4: 20 days

        geheZu(D0.plusDays(25));
        post(schmidt, a2, "/freigabe", Map.of("vermerk", "geprüft"));     // A2: 25 days (approval)
        post(mueller, a3, "/abhilfe", Map.of("betragMonatlichCent", 50_000, "rechtsgrundlage", "§ 27a SGB XII",
                "begruendung", "Einkommen neu berechnet"));                // A3: grant of 500 € by Abhilfe

        geheZu(D0.plusDays(30));
        bewilligen(mueller, a5, 20_000);                                  // A5: 30 days, 200 €
        post(yilmaz, a7, "/widerspruch", Map.of("begruendung", "Vermögen ist Schonvermögen"));
        zielFeststellen(mueller, v2, 0, "/erreicht", Map.of("vermerk", "Ratenplan steht"));

        geheZu(D0.plusDays(35));
        post(mueller, a5, "/anhoerung", Map.of("anlass", "Einkommen aus neuer Arbeit; Aufhebung beabsichtigt",
                "frist", D0.plusDays(49).toString()));
        post(mueller, a5, "/anhoerung/stellungnahme", Map.of("stellungnahme", "Arbeit beginnt zum Monatsende"));

        geheZu(D0.plusDays(40));
        post(mueller, a5, "/aufhebung", Map.of("aufgehobenAb", D0.plusDays(60).toString(), "rechtsgrundlage", "§ 48 SGB X",
                "begruendung", "Einkommen aus Erwerbstätigkeit"));         // A5 ends from D0 + 60
        post(schmidt, a7, "/zurueckweisung", Map.of("begruendung", "Vermögen übersteigt die Freibeträge"));
        zielFeststellen(mueller, v2, 1, "/verfehlt", Map.of("begruendung", "Kurs nicht begonnen"));

        geheZu(D0.plusDays(60));
        warteAufEreignis(a6, EntscheidungBestandskraeftig.class);
        post(yilmaz, a6, "/widerspruch", Map.of("begruendung", "Betrag zu niedrig"));  // late: the month ended about D0 + 40
        post(yilmaz, v6, "/beendigung", Map.of("grund", "ABGEBROCHEN", "bemerkung", "Person ist weggezogen"), "/api/hilfevereinbarungen/");
        warteBisKennzahlenAktuell();
    }

    @AfterAll
    void uhrZurueck() {
        // The base class resets the clock after each test method; the cases were set up in @BeforeAll.
        uhr.zuruecksetzen();
    }

    // --------------------------------------------------------------------------------------------
    // Expected figures, by hand. Population (sample file, its 2026 figures carried to JAHR):
    //   Innenstadt: unter 18: 15,510   18–64: 88,790   65+: 18,240   all: 122,540   18+: 107,030
    //   Hiltrup:    unter 18:  7,940   18–64: 25,580   65+: 10,110   all:  43,630   18+:  35,690
    //   total:                                          65+: 28,350   all: 166,170   18+: 142,720
    // --------------------------------------------------------------------------------------------

    @Test
    void amStichtagVorDemWirksamwerdenDerAufhebungZaehltDieBewilligungNoch() {
        JsonNode k = roh("stichtag=" + S1);
        assertThat(k.path("stichtag").asText()).isEqualTo(S1.toString());
        assertThat(k.path("von").asText()).isEqualTo(JAHR + "-01-01");
        assertThat(k.path("bis").asText()).isEqualTo(JAHR + "-12-31");
        assertThat(k.path("bevoelkerungsjahr").asInt()).isEqualTo(JAHR);

        // Innenstadt on S1: A1 Grundsicherung 800 € (F1, 70 years), A2 HLU 1,200 € (approved D0+25),
        // A3 HLU 500 € (Abhilfe), A5 Wohngeld 200 € (revoked only from D0+60). A4 was refused.
        JsonNode innen = bereich(k, "Innenstadt");
        leistungsart(innen, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, "25.00", 80_000, "29.63", 80_000L);  // 1/4; 80,000/270,000
        leistungsart(innen, "HILFE_ZUM_LEBENSUNTERHALT", 2, "50.00", 170_000, "62.96", 85_000L);           // 2/4; 170,000/270,000
        leistungsart(innen, "WOHNGELD", 1, "25.00", 20_000, "7.41", 20_000L);                              // 1/4; 20,000/270,000
        leistungsart(innen, "HILFE_ZUR_PFLEGE", 0, "0.00", 0, "0.00", null);
        assertThat(innen.path("empfaengerPersonen").asInt()).isEqualTo(4);
        assertThat(innen.path("leistungsbezuege").asInt()).isEqualTo(4);
        assertThat(innen.path("betragMonatlichCent").asLong()).isEqualTo(270_000);
        assertThat(innen.path("betragJeEmpfaengerCent").asLong()).isEqualTo(67_500);                       // 270,000 / 4
        dichte(innen, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 0, 1, 107_030, "0.0093");                  // 1,000 / 107,030
        dichte(innen, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, 1, 18_240, "0.0548");                   // 1,000 / 18,240 (im Alter)
        dichte(innen, "HILFE_ZUM_LEBENSUNTERHALT", 0, 2, 122_540, "0.0163");                              // 2,000 / 122,540
        dichte(innen, "WOHNGELD", 0, 1, 122_540, "0.0082");                                                // 1,000 / 122,540
        dichte(innen, "UNTERHALTSVORSCHUSS", 0, 0, 15_510, "0.0000");
        dichte(innen, "HILFE_BESONDERE_SOZIALE_SCHWIERIGKEITEN", 0, 0, 107_030, "0.0000");

        // Hiltrup on S1: A6 Grundsicherung 900 € (F6, 70 years); A7 denied, A8 open, A9 denied.
        JsonNode hiltrup = bereich(k, "Hiltrup");
        leistungsart(hiltrup, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, "100.00", 90_000, "100.00", 90_000L);
        leistungsart(hiltrup, "HILFE_ZUM_LEBENSUNTERHALT", 0, "0.00", 0, "0.00", null);
        assertThat(hiltrup.path("empfaengerPersonen").asInt()).isEqualTo(1);
        assertThat(hiltrup.path("betragMonatlichCent").asLong()).isEqualTo(90_000);
        assertThat(hiltrup.path("betragJeEmpfaengerCent").asLong()).isEqualTo(90_000);
        dichte(hiltrup, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 0, 1, 35_690, "0.0280");                 // 1,000 / 35,690
        dichte(hiltrup, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, 1, 10_110, "0.0989");                 // 1,000 / 10,110
        dichte(hiltrup, "ASYLBLG", 0, 0, 43_630, "0.0000");

        // Total on S1: Grundsicherung 2 (170,000), HLU 2 (170,000), Wohngeld 1 (20,000) = 5 / 360,000.
        JsonNode gesamt = k.path("gesamt");
        assertThat(gesamt.path("dienststelle").asText()).isEqualTo("Gesamt");
        leistungsart(gesamt, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 2, "40.00", 170_000, "47.22", 85_000L);  // 2/5; 170/360
        leistungsart(gesamt, "HILFE_ZUM_LEBENSUNTERHALT", 2, "40.00", 170_000, "47.22", 85_000L);
        leistungsart(gesamt, "WOHNGELD", 1, "20.00", 20_000, "5.56", 20_000L);                                // 1/5; 20/360
        assertThat(gesamt.path("empfaengerPersonen").asInt()).isEqualTo(5);
        assertThat(gesamt.path("leistungsbezuege").asInt()).isEqualTo(5);
        assertThat(gesamt.path("betragMonatlichCent").asLong()).isEqualTo(360_000);
        assertThat(gesamt.path("betragJeEmpfaengerCent").asLong()).isEqualTo(72_000);                        // 360,000 / 5
        dichte(gesamt, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 0, 2, 142_720, "0.0140");                   // 2,000 / 142,720
        dichte(gesamt, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, 2, 28_350, "0.0705");                    // 2,000 / 28,350
        dichte(gesamt, "HILFE_ZUM_LEBENSUNTERHALT", 0, 2, 166_170, "0.0120");                               // 2,000 / 166,170
        dichte(gesamt, "WOHNGELD", 0, 1, 166_170, "0.0060");                                                 // 1,000 / 166,170

        zeitraumkennzahlen(k);

        // §88 SGG on S1: A8 (received P, 6 months over since P + 6 months) and the Widerspruch of
        // A9 (received P + 20, 3 months over) – both Hiltrup; on top of the baseline.
        untaetigkeit(k, basis1, "Innenstadt", 0, 0);
        untaetigkeit(k, basis1, "Hiltrup", 1, 1);
        untaetigkeit(k, basis1, null, 1, 1);

        // Agreements on S1: F2 (Innenstadt) and F6 (Hiltrup, ended only on D0 + 60).
        vereinbarungenInKraft(k, basis1, "Innenstadt", 1);
        vereinbarungenInKraft(k, basis1, "Hiltrup", 1);
        vereinbarungenInKraft(k, basis1, null, 2);
        assertThat(k.path("hinweise")).isEmpty();

        // Published: Hiltrup's single recipient (900 €) is withheld, and so is Innenstadt's row
        // total, as Gesamt minus Innenstadt would be Hiltrup. The total over both stays exact.
        JsonNode veroeffentlicht = kennzahlen("stichtag=" + S1);
        passtZu(veroeffentlicht, k);
        assertThat(bereich(veroeffentlicht, "Hiltrup").has("betragMonatlichCent")).isFalse();
        assertThat(leistungsartKnoten(bereich(veroeffentlicht, "Hiltrup"), "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG").has("betragMonatlichCent"))
                .isFalse();
        assertThat(bereich(veroeffentlicht, "Innenstadt").has("leistungsbezuege")).isFalse();
        assertThat(leistungsartKnoten(bereich(veroeffentlicht, "Innenstadt"), "WOHNGELD").has("empfaenger")).isFalse();
        assertThat(veroeffentlicht.path("gesamt").path("leistungsbezuege").asInt()).isEqualTo(5);
        assertThat(veroeffentlicht.path("gesamt").path("betragMonatlichCent").asLong()).isEqualTo(360_000);
        assertThat(veroeffentlicht.path("gesamt").path("betragJeEmpfaengerCent").asLong()).isEqualTo(72_000);
        assertThat(veroeffentlicht.path("gesamt").path("bearbeitungsdauer").path("medianTage").decimalValue()).isEqualByComparingTo("15");
        assertThat(veroeffentlicht.path("gesamt").path("erstentscheidungen").path("bewilligungsquoteProzent").decimalValue())
                .isEqualByComparingTo("57.14");
        assertThat(bereich(veroeffentlicht, "Hiltrup").path("bearbeitungsdauer").has("medianTage")).isFalse();
        KennzahlenGeheimhaltungTest.keineZelleLaesstSichZurueckrechnen(veroeffentlicht);
    }

    @Test
    void amStichtagNachDemWirksamwerdenDerAufhebungZaehltSieNichtMehr() {
        JsonNode k = roh("stichtag=" + S2);
        // Innenstadt on S2: A5 revoked from D0 + 60 → Grundsicherung 1 (80,000), HLU 2 (170,000) = 3 / 250,000.
        JsonNode innen = bereich(k, "Innenstadt");
        leistungsart(innen, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 1, "33.33", 80_000, "32.00", 80_000L);  // 1/3; 80/250
        leistungsart(innen, "HILFE_ZUM_LEBENSUNTERHALT", 2, "66.67", 170_000, "68.00", 85_000L);           // 2/3; 170/250
        leistungsart(innen, "WOHNGELD", 0, "0.00", 0, "0.00", null);
        assertThat(innen.path("empfaengerPersonen").asInt()).isEqualTo(3);
        assertThat(innen.path("betragMonatlichCent").asLong()).isEqualTo(250_000);
        assertThat(innen.path("betragJeEmpfaengerCent").asLong()).isEqualTo(83_333);                       // 250,000 / 3 = 83,333.3
        dichte(innen, "WOHNGELD", 0, 0, 122_540, "0.0000");

        // Total on S2: Grundsicherung 2 (170,000), HLU 2 (170,000) = 4 / 340,000.
        JsonNode gesamt = k.path("gesamt");
        leistungsart(gesamt, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", 2, "50.00", 170_000, "50.00", 85_000L);
        leistungsart(gesamt, "HILFE_ZUM_LEBENSUNTERHALT", 2, "50.00", 170_000, "50.00", 85_000L);
        leistungsart(gesamt, "WOHNGELD", 0, "0.00", 0, "0.00", null);
        assertThat(gesamt.path("empfaengerPersonen").asInt()).isEqualTo(4);
        assertThat(gesamt.path("betragMonatlichCent").asLong()).isEqualTo(340_000);
        assertThat(gesamt.path("betragJeEmpfaengerCent").asLong()).isEqualTo(85_000);
        dichte(gesamt, "WOHNGELD", 0, 0, 166_170, "0.0000");

        zeitraumkennzahlen(k);
        untaetigkeit(k, basis2, "Hiltrup", 1, 1);
        untaetigkeit(k, basis2, null, 1, 1);
        // The Hiltrup agreement ended on D0 + 60: only F2's is in force.
        vereinbarungenInKraft(k, basis2, "Innenstadt", 1);
        vereinbarungenInKraft(k, basis2, "Hiltrup", 0);
        vereinbarungenInKraft(k, basis2, null, 1);

        JsonNode veroeffentlicht = kennzahlen("stichtag=" + S2);
        passtZu(veroeffentlicht, k);
        assertThat(veroeffentlicht.path("gesamt").path("betragMonatlichCent").asLong()).isEqualTo(340_000);
        KennzahlenGeheimhaltungTest.keineZelleLaesstSichZurueckrechnen(veroeffentlicht);
    }

    @Test
    void ohneAngabenGeltenHeuteUndDasKalenderjahrUndDieSachgebietsleitungSiehtIhreDienststellen() {
        geheZu(S2);
        JsonNode heute = kennzahlen("");
        assertThat(heute.path("stichtag").asText()).isEqualTo(S2.toString());
        assertThat(heute.path("von").asText()).isEqualTo(JAHR + "-01-01");
        assertThat(heute.path("bis").asText()).isEqualTo(JAHR + "-12-31");
        assertThat(heute).isEqualTo(kennzahlen("stichtag=" + S2));

        // The Sachgebietsleitung sees Innenstadt and Hiltrup; one of them alone gives that one only.
        JsonNode sgl = schmidt.get("/api/kennzahlen?stichtag=" + S2 + "&dienststelle=Hiltrup").erwarte(200).json();
        assertThat(sgl.path("dienststellen")).hasSize(1);
        // Hiltrup alone has one recipient on S2 (900 €): withheld
        assertThat(sgl.path("gesamt").has("betragMonatlichCent")).isFalse();
        assertThat(sgl.path("gesamt").path("unterdrueckt")).extracting(JsonNode::asText).contains("betragMonatlichCent");
        JsonNode hiltrupAllein = roh("stichtag=" + S2 + "&dienststelle=Hiltrup");
        assertThat(hiltrupAllein.path("gesamt").path("betragMonatlichCent").asLong()).isEqualTo(90_000);
        assertThat(bereich(hiltrupAllein, "Hiltrup")).isEqualTo(bereich(roh("stichtag=" + S2), "Hiltrup"));
        passtZu(sgl, hiltrupAllein);
        assertThat(schmidt.get("/api/kennzahlen?stichtag=" + S2).erwarte(200).json().path("gesamt").path("empfaengerPersonen").asInt())
                .isEqualTo(4);

        // A shorter period: only April → A2's approval (D0 + 25 = 27 March) and others fall outside.
        JsonNode april = roh("stichtag=" + S2 + "&von=" + JAHR + "-04-01&bis=" + JAHR + "-04-30");
        // published, A5's 30 days are one person's: withheld with the count
        JsonNode aprilVeroeffentlicht = kennzahlen("stichtag=" + S2 + "&von=" + JAHR + "-04-01&bis=" + JAHR + "-04-30");
        passtZu(aprilVeroeffentlicht, april);
        assertThat(aprilVeroeffentlicht.path("gesamt").path("bearbeitungsdauer").has("medianTage")).isFalse();
        assertThat(aprilVeroeffentlicht.path("gesamt").path("erstentscheidungen").has("anzahl")).isFalse();
        // D0 + 30 = 1 April: A5 granted (30 days); D0 + 40 = 11 April: A7's Widerspruch rejected; goal missed.
        JsonNode erst = april.path("gesamt").path("erstentscheidungen");
        assertThat(erst.path("anzahl").asInt()).isEqualTo(1);
        assertThat(erst.path("bewilligt").asInt()).isEqualTo(1);
        assertThat(april.path("gesamt").path("bearbeitungsdauer").path("medianTage").decimalValue()).isEqualByComparingTo("30");
        assertThat(april.path("gesamt").path("widersprueche").path("zurueckgewiesen").asInt()).isEqualTo(1);
        assertThat(april.path("gesamt").path("widersprueche").path("abhilfequoteProzent").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(april.path("gesamt").path("hilfevereinbarungen").path("zieleVerfehlt").asInt()).isEqualTo(1);
        assertThat(april.path("gesamt").path("hilfevereinbarungen").path("zieleErreicht").asInt()).isEqualTo(1);  // D0 + 30 = 1 April
    }

    @Test
    void ohneBevoelkerungszahlenSagtDieAntwortDasStattDurchNullZuTeilen() {
        // Nobody loads population figures for the year after ours.
        JsonNode k = kennzahlen("stichtag=" + (JAHR + 1) + "-01-15&dienststelle=Innenstadt");
        assertThat(k.path("hinweise")).hasSize(1);
        assertThat(k.path("hinweise").get(0).asText()).contains("Innenstadt", String.valueOf(JAHR + 1), "keine vollständigen Bevölkerungszahlen");
        JsonNode dichte = leistungsartKnoten(bereich(k, "Innenstadt"), "HILFE_ZUM_LEBENSUNTERHALT").path("dichten").get(0);
        assertThat(dichte.has("einwohner")).isFalse();
        assertThat(dichte.has("je1000Einwohner")).isFalse();
        assertThat(leistungsartKnoten(k.path("gesamt"), "HILFE_ZUM_LEBENSUNTERHALT").path("dichten").get(0).has("je1000Einwohner")).isFalse();
    }

    @Test
    void nurRevisionUndSachgebietsleitungSehenKennzahlen() {
        for (String benutzer : List.of("fm.mueller", "fm.yilmaz", "rp.weber", "admin")) {
            Antwort antwort = als(benutzer).get("/api/kennzahlen").erwarte(403);
            assertThat(antwort.feld("code")).isEqualTo("KEINE_KENNZAHLEN");
            assertThat(antwort.feld("detail")).startsWith("Kennzahlen sehen nur die Revision und die Sachgebietsleitung");
        }
        assertThat(als("fm.mueller").mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen").erwarte(403).text()).doesNotContain("stichtag,");
        anonym().get("/api/kennzahlen").erwarte(401);
        assertThat(schmidt.get("/api/kennzahlen?dienststelle=Roxel").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
    }

    @Test
    void ungueltigeAngabenWerdenMitDeutscherMeldungAbgewiesen() {
        Antwort verkehrt = koch.get("/api/kennzahlen?von=" + JAHR + "-05-01&bis=" + JAHR + "-04-01").erwarte(400);
        assertThat(verkehrt.feld("detail")).isEqualTo("Der Zeitraum beginnt nach seinem Ende: „von“ (01.05." + JAHR
                + ") liegt nach „bis“ (01.04." + JAHR + ").");
        assertThat(verkehrt.json().path("fehler").get(0).path("feld").asText()).isEqualTo("von");
        assertThat(koch.get("/api/kennzahlen?stichtag=31.12.2026").erwarte(400).feld("detail"))
                .isEqualTo("„31.12.2026“ ist kein gültiges Datum für „stichtag“; erwartet wird JJJJ-MM-TT, z. B. 2026-12-31.");
        assertThat(koch.get("/api/kennzahlen?bis=2026-02-30").erwarte(400).json().path("fehler").get(0).path("feld").asText()).isEqualTo("bis");
        assertThat(koch.get("/api/kennzahlen?format=xls").erwarte(400).feld("detail")).startsWith("Unbekanntes Format „xls“");
        assertThat(koch.get("/api/kennzahlen?dienststelle=%20").erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
        // A period before the Stichtag's year is fine; only its order matters.
        koch.get("/api/kennzahlen?stichtag=" + S1 + "&von=" + (JAHR - 1) + "-01-01&bis=" + (JAHR - 1) + "-12-31").erwarte(200);
    }

    @Test
    void csvInternationalUndDeutsch() {
        Antwort international = koch.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?stichtag=" + S1 + "&dienststelle=Innenstadt")
                .erwarte(200);
        assertThat(international.kopf().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> zeilen = international.text().lines().toList();
        // Commons CSV, text cells quoted (so a neutralised formula is always quoted), figures bare
        assertThat(zeilen.get(0)).isEqualTo("\"stichtag\",\"von\",\"bis\",\"dienststelle\",\"kennzahl\",\"leistungsart\",\"bezug\",\"wert\"");
        String vorne = "\"" + S1 + "\",\"" + JAHR + "-01-01\",\"" + JAHR + "-12-31\",\"Innenstadt\",";
        assertThat(zeilen).contains(
                // two persons: withheld, with the shares and densities resting on them
                vorne + "\"empfaenger\",\"HILFE_ZUM_LEBENSUNTERHALT\",,\"•\"",
                vorne + "\"anteil_betrag_prozent\",\"HILFE_ZUM_LEBENSUNTERHALT\",,\"•\"",
                vorne + "\"dichte_je_1000_einwohner\",\"GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG\",\"je 1.000 Einwohner ab 18 Jahren\",\"•\"",
                vorne + "\"dichte_einwohner\",\"GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG\",\"je 1.000 Einwohner ab 18 Jahren\",107030",
                // four persons: shown
                vorne + "\"betrag_je_empfaenger_cent\",,,67500",
                vorne + "\"bearbeitungsdauer_median_tage\",,,20",
                // one denial and one refusal: withheld with the grants they could be computed from
                vorne + "\"bewilligungsquote_prozent\",,,\"•\"",
                vorne + "\"abhilfequote_prozent\",,,\"•\"");

        Antwort deutsch = koch.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?stichtag=" + S1 + "&dienststelle=Innenstadt&format=de")
                .erwarte(200);
        assertThat(deutsch.text()).startsWith("\uFEFF");
        List<String> de = deutsch.text().replace("\uFEFF", "").lines().toList();
        assertThat(de.get(0)).isEqualTo("\"stichtag\";\"von\";\"bis\";\"dienststelle\";\"kennzahl\";\"leistungsart\";\"bezug\";\"wert\"");
        String vorneDe = "\"" + S1 + "\";\"" + JAHR + "-01-01\";\"" + JAHR + "-12-31\";\"Innenstadt\";";
        assertThat(de).contains(
                vorneDe + "\"anteil_betrag_prozent\";\"HILFE_ZUM_LEBENSUNTERHALT\";;\"•\"",
                vorneDe + "\"betrag_je_empfaenger_cent\";;;67500",
                vorneDe + "\"bewilligungsquote_prozent\";;;\"•\"");
        assertThat(de).hasSameSizeAs(zeilen);
        // the exact figures behind it, in the German number format, for a group large enough
        JsonNode gross = roh("stichtag=" + S1 + "&dienststelle=Innenstadt");
        assertThat(gross.path("gesamt").path("bearbeitungsdauer").path("medianTage").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void keineAntwortFuerDieRevisionEnthaeltPersonendaten() {
        List<String> antworten = new ArrayList<>();
        for (String abfrage : List.of("stichtag=" + S1, "stichtag=" + S2, "stichtag=" + P.plusDays(30) + "&dienststelle=Hiltrup")) {
            antworten.add(koch.get("/api/kennzahlen?" + abfrage).erwarte(200).text());
            antworten.add(koch.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?" + abfrage).erwarte(200).text());
            antworten.add(koch.mitKopfzeile("Accept", "text/csv").get("/api/kennzahlen?format=de&" + abfrage).erwarte(200).text());
        }
        assertThat(personendaten).hasSizeGreaterThan(30);
        for (String antwort : antworten) {
            assertThat(antwort).contains("GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG");
            for (String datum : personendaten) {
                assertThat(antwort).doesNotContainIgnoringCase(datum);
            }
            // no Fall, Antrag or agreement id either
            antraege.values().forEach(id -> assertThat(antwort).doesNotContain(id));
        }
    }

    @Test
    void einNeuaufbauAusDemEventStoreErgibtDieselbenZahlen() {
        JsonNode vorher1 = kennzahlen("stichtag=" + S1);
        JsonNode vorher2 = kennzahlen("stichtag=" + S2);
        JsonNode rohVorher = roh("stichtag=" + S1);

        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(KennzahlenProjektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        prozessor.shutDown();
        prozessor.resetTokens();
        prozessor.start();
        warteBisKennzahlenAktuell();

        // A segment not yet claimed again is not in the processor's status: wait for the figures themselves.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(roh("stichtag=" + S1)).isEqualTo(rohVorher));
        assertThat(kennzahlen("stichtag=" + S1)).isEqualTo(vorher1);
        assertThat(kennzahlen("stichtag=" + S2)).isEqualTo(vorher2);
    }

    @Test
    void einZweimalZugestelltesEreignisWirktNurEinmal() {
        JsonNode vorher1 = kennzahlen("stichtag=" + S1);
        JsonNode vorher2 = kennzahlen("stichtag=" + S2);
        JsonNode rohVorher = roh("stichtag=" + S1);

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projektor);
        for (Map.Entry<String, String> eintrag : antraege.entrySet()) {
            if (eintrag.getKey().startsWith("fall-")) {
                continue;
            }
            List<? extends EventMessage<?>> alle = ereignisse.readEvents(eintrag.getValue(), 0).asStream().toList();
            new TransactionTemplate(transaktionen).executeWithoutResult(status -> {
                alle.forEach(ereignis -> handlerAufrufen(handler, ereignis));
                // an older event once more must not roll anything back either
                handlerAufrufen(handler, alle.get(alle.size() > 1 ? 1 : 0));
            });
        }

        assertThat(kennzahlen("stichtag=" + S1)).isEqualTo(vorher1);
        assertThat(kennzahlen("stichtag=" + S2)).isEqualTo(vorher2);
        assertThat(roh("stichtag=" + S1)).isEqualTo(rohVorher);
    }

    @Test
    void dieReportingSichtenZeigenDieFaktenOhnePersonendaten() {
        TestDatenbank.alsRolle(kontext, "fallbuch_reporting", jdbc -> {
            Map<String, Object> a1 = jdbc.sql("SELECT * FROM reporting.kennzahlen_antraege WHERE antrag_id = :id::uuid")
                    .param("id", antraege.get("A1")).query().singleRow();
            assertThat(a1).containsEntry("dienststelle", "Innenstadt").containsEntry("altersgruppe", "AB_65")
                    .containsEntry("leistungsart", "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG").containsEntry("erste_entscheidung_art", "BEWILLIGUNG");
            List<Map<String, Object>> a5 = jdbc.sql("SELECT * FROM reporting.kennzahlen_entscheidungen WHERE antrag_id = :id::uuid ORDER BY entschieden_am")
                    .param("id", antraege.get("A5")).query().listOfRows();
            assertThat(a5).extracting(z -> z.get("art")).containsExactly("BEWILLIGUNG", "AUFHEBUNG");
            assertThat(a5.get(1).get("aufgehoben_ab").toString()).isEqualTo(D0.plusDays(60).toString());
            List<String> spalten = jdbc.sql("""
                            SELECT column_name FROM information_schema.columns WHERE table_schema = 'reporting' AND table_name LIKE 'kennzahlen%'""")
                    .query(String.class).list();
            assertThat(spalten).isNotEmpty().noneMatch(spalte -> List.of("vorname", "nachname", "geburtsdatum", "strasse", "plz", "ort",
                    "anliegen", "begruendung", "entschieden_von", "aktenzeichen").contains(spalte));
            for (String sicht : List.of("kennzahlen_antraege", "kennzahlen_entscheidungen", "kennzahlen_widersprueche",
                    "kennzahlen_hilfevereinbarungen", "kennzahlen_ziele")) {
                // Ids are no personal data, but a generated postcode can occur inside a random UUID's digits.
                String inhalt = jdbc.sql("SELECT coalesce(json_agg(s)::text, '') FROM reporting." + sicht + " s").query(String.class).single()
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
                personendaten.forEach(datum -> assertThat(inhalt).as(sicht).doesNotContainIgnoringCase(datum));
            }
        });
    }

    private static void handlerAufrufen(AnnotationEventHandlerAdapter handler, EventMessage<?> ereignis) {
        try {
            handler.handle(ereignis);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flows in the calendar year JAHR: the same for both Stichtage. */
    private void zeitraumkennzahlen(JsonNode k) {
        // First decisions counting in JAHR (days from receipt on D0):
        //   Innenstadt: A1 granted 10, A3 denied 10, A4 refused 20, A2 granted 25 (approval), A5 granted 30
        //     sorted 10, 10, 20, 25, 30 → median 20; P90 rank ⌈0.9·5⌉ = 5 → 30
        //     grants 3/5 = 60 %, denials 1/5 = 20 %, refusals 1/5 = 20 %
        //   Hiltrup: A6 granted 5, A7 denied 15 (A9 was decided the year before)
        //     median (5 + 15) / 2 = 10; P90 rank ⌈0.9·2⌉ = 2 → 15; 50 % / 50 % / 0 %
        //   total: 5, 10, 10, 15, 20, 25, 30 → median 15; P90 rank ⌈6.3⌉ = 7 → 30
        //     grants 4/7 = 57.14 %, denials 2/7 = 28.57 %, refusals 1/7 = 14.29 %
        //   A10 (Innenstadt) was withdrawn on D0 + 3: no decision, counted apart.
        erstentscheidungen(bereich(k, "Innenstadt"), 5, "20", 30, 3, 1, 1, "60.00", "20.00", "20.00", 1);
        erstentscheidungen(bereich(k, "Hiltrup"), 2, "10", 15, 1, 1, 0, "50.00", "50.00", "0.00", 0);
        erstentscheidungen(k.path("gesamt"), 7, "15", 30, 4, 2, 1, "57.14", "28.57", "14.29", 1);
        // Notices delivered in JAHR: Innenstadt A1 and A3 (posted D0 + 10), Hiltrup A6 (D0 + 5) and A7 (D0 + 15).
        // Widersprüche: A3 (D0 + 20, on time, remedied D0 + 25), A7 (D0 + 30, on time, rejected D0 + 40),
        // A6 (D0 + 60, late, still open).
        //   Innenstadt 1/2 = 50 %, Abhilfe 1/1 = 100 %; Hiltrup 2/2 = 100 % (1 on time), Abhilfe 0/1 = 0 %;
        //   total 3/4 = 75 % (2 on time), Abhilfe 1/2 = 50 %
        widersprueche(bereich(k, "Innenstadt"), 2, 1, 1, "50.00", 1, 0, "100.00");
        widersprueche(bereich(k, "Hiltrup"), 2, 2, 1, "100.00", 0, 1, "0.00");
        widersprueche(k.path("gesamt"), 4, 3, 2, "75.00", 1, 1, "50.00");
        // Goals assessed in JAHR: F2's agreement, one reached, one missed → 50 %; Hiltrup none.
        ziele(bereich(k, "Innenstadt"), 1, 1, "50.00");
        ziele(bereich(k, "Hiltrup"), 0, 0, null);
        ziele(k.path("gesamt"), 1, 1, "50.00");
    }

    // --- driving the cases ------------------------------------------------------------------------

    /** Moves the service's clock forward to noon of that day (it only ever moves forward). */
    private void geheZu(LocalDate tag) {
        Duration bis = Duration.between(uhr.instant(), tag.atTime(12, 0).atZone(uhr.getZone()).toInstant());
        assertThat(bis).isPositive();
        uhr.vorstellen(bis);
        assertThat(uhr.heute()).isEqualTo(tag);
    }

    private String fall(Api fallmanager, String dienststelle, String nachname, int alter) {
        LocalDate geburtsdatum = uhr.heute().minusYears(alter).minusDays(40);
        String vorname = "Vn" + nachname;
        String strasse = nachname + "gasse " + alter;
        String plz = String.valueOf(48_900 + alter);
        String ort = "Ort" + nachname;
        personendaten.addAll(List.of(vorname, nachname, geburtsdatum.toString(), geburtsdatum.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                strasse, plz, ort, "Anliegen" + nachname));
        String fallId = fallmanager.post("/api/faelle", Map.of(
                "person", Map.of("vorname", vorname, "nachname", nachname, "geburtsdatum", geburtsdatum.toString(),
                        "anschrift", Map.of("strasse", strasse, "plz", plz, "ort", ort)),
                "dienststelle", dienststelle, "anliegen", "Anliegen" + nachname)).erwarte(201).feld("fallId");
        antraege.put("fall-" + nachname, fallId);
        return fallId;
    }

    private String antrag(Api fallmanager, String name, String fallId, String leistungsart, LocalDate eingang) {
        String id = fallmanager.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", leistungsart,
                "eingangsdatum", eingang.toString(), "kanal", "SCHRIFTLICH")).erwarte(201).feld("antragId");
        antraege.put(name, id);
        return id;
    }

    private void bewilligen(Api wer, String antragId, long cent) {
        post(wer, antragId, "/bewilligung", Map.of("betragMonatlichCent", cent, "rechtsgrundlage", "Gesetz", "begruendung", "Bedarf belegt"));
    }

    private void bescheid(Api wer, String antragId) {
        post(wer, antragId, "/bescheid", Map.of("aufgabeZurPostAm", uhr.heute().toString(), "mitRechtsbehelfsbelehrung", true));
    }

    private String vereinbarung(Api fallmanager, String fallId) {
        LocalDate heute = uhr.heute();
        Map<String, Object> entwurf = new HashMap<>();
        entwurf.put("fallId", fallId);
        entwurf.put("ziele", List.of(
                Map.of("beschreibung", "Schulden geregelt", "zieldatum", heute.plusDays(100).toString()),
                Map.of("beschreibung", "Sprachkurs abgeschlossen", "zieldatum", heute.plusDays(100).toString())));
        entwurf.put("massnahmen", List.of(Map.of("art", "SPRACHKURS", "verantwortlich", "PERSON", "geplanterBeginn", heute.toString())));
        entwurf.put("pflichten", List.of("Termine wahrnehmen"));
        entwurf.put("leistungenAmt", List.of(Map.of("beschreibung", "Fahrtkosten")));
        entwurf.put("ueberpruefungstermin", heute.plusDays(90).toString());
        String id = fallmanager.post("/api/hilfevereinbarungen", entwurf).erwarte(201).feld("hilfevereinbarungId");
        post(fallmanager, id, "/unterschrift", Map.of("unterzeichner", "PERSON"), "/api/hilfevereinbarungen/");
        post(fallmanager, id, "/unterschrift", Map.of("unterzeichner", "FALLMANAGER"), "/api/hilfevereinbarungen/");
        antraege.put("hv-" + fallId, id);
        return id;
    }

    private void zielFeststellen(Api wer, String vereinbarungId, int ziel, String akt, Map<String, Object> koerper) {
        // the agreement's view is eventually consistent: wait until it shows the agreement's goals
        String zielId = await().atMost(Duration.ofSeconds(30)).until(
                () -> wer.get("/api/hilfevereinbarungen/" + vereinbarungId),
                antwort -> antwort.status() == 200).json().path("ziele").get(ziel).path("zielId").asText();
        post(wer, vereinbarungId, "/ziele/" + zielId + akt, koerper, "/api/hilfevereinbarungen/");
    }

    private void post(Api wer, String antragId, String akt, Map<String, Object> koerper) {
        post(wer, antragId, akt, koerper, "/api/antraege/");
    }

    /** Posts an act with the aggregate's current version, read from the event store. */
    private void post(Api wer, String id, String akt, Map<String, Object> koerper, String basis) {
        Map<String, Object> mitVersion = new HashMap<>(koerper);
        mitVersion.put("version", ereignisse.lastSequenceNumberFor(id).orElseThrow());
        Antwort antwort = wer.post(basis + id + akt, mitVersion);
        assertThat(antwort.status()).as("%s%s: %s", basis, akt, antwort.text()).isBetween(200, 201);
    }

    private void warteAufEreignis(String aggregatId, Class<?> art) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> ereignisse.readEvents(aggregatId, 0).asStream().anyMatch(e -> art.isInstance(e.getPayload())));
    }

    /** Waits until the Kennzahlen processor has handled every event stored so far. */
    private void warteBisKennzahlenAktuell() {
        TrackingToken kopf = ereignisse.createHeadToken();
        if (kopf == null) {
            return;  // nothing stored yet
        }
        StreamingEventProcessor prozessor = verarbeitung
                .eventProcessor(KennzahlenProjektor.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !prozessor.processingStatus().isEmpty()
                && prozessor.processingStatus().values().stream()
                        .allMatch(s -> s.getTrackingToken() != null && s.getTrackingToken().covers(kopf) && !s.isErrorState()));
    }

    // --- reading the figures ----------------------------------------------------------------------

    /** The published figures, as the Revision reads them. */
    private JsonNode kennzahlen(String abfrage) {
        return koch.get("/api/kennzahlen?" + abfrage).erwarte(200).json();
    }

    /**
     * The exact figures before suppression, for the same parameters (stichtag required; von/bis
     * default to its calendar year, no dienststelle means all), as the API would render them.
     */
    private JsonNode roh(String abfrage) {
        Map<String, String> parameter = new HashMap<>();
        for (String teil : abfrage.split("&")) {
            String[] paar = teil.split("=", 2);
            parameter.put(paar[0], paar[1]);
        }
        LocalDate stichtag = LocalDate.parse(parameter.get("stichtag"));
        LocalDate von = parameter.containsKey("von") ? LocalDate.parse(parameter.get("von")) : stichtag.withDayOfYear(1);
        LocalDate bis = parameter.containsKey("bis") ? LocalDate.parse(parameter.get("bis")) : stichtag.withDayOfYear(stichtag.lengthOfYear());
        Set<String> dienststellen = parameter.containsKey("dienststelle") ? Set.of(parameter.get("dienststelle")) : Set.of();
        return json.valueToTree(abfrageHandler.berechnen(new KennzahlenAbfragen(stichtag, von, bis, dienststellen)).roh());
    }

    /**
     * The published answer shows the exact figure wherever it shows one, and names every figure it
     * leaves out in the {@code unterdrueckt} list of the same object.
     */
    private static void passtZu(JsonNode veroeffentlicht, JsonNode roh) {
        if (roh.isArray()) {
            assertThat(veroeffentlicht.size()).isEqualTo(roh.size());
            for (int i = 0; i < roh.size(); i++) {
                passtZu(veroeffentlicht.get(i), roh.get(i));
            }
            return;
        }
        if (roh.isNumber()) {
            assertThat(veroeffentlicht.isNumber()).isTrue();
            assertThat(veroeffentlicht.decimalValue()).isEqualByComparingTo(roh.decimalValue());
            return;
        }
        if (!roh.isObject()) {
            assertThat(veroeffentlicht).isEqualTo(roh);
            return;
        }
        List<String> unterdrueckt = new ArrayList<>();
        veroeffentlicht.path("unterdrueckt").forEach(n -> unterdrueckt.add(n.asText()));
        roh.fieldNames().forEachRemaining(feld -> {
            if (feld.equals("unterdrueckt")) {
                return;
            }
            if (veroeffentlicht.has(feld)) {
                passtZu(veroeffentlicht.get(feld), roh.get(feld));
            } else {
                assertThat(unterdrueckt).as("%s fehlt in %s", feld, veroeffentlicht).contains(feld);
            }
        });
        veroeffentlicht.fieldNames().forEachRemaining(feld -> assertThat(roh.has(feld) || feld.equals("unterdrueckt"))
                .as("%s ist erfunden", feld).isTrue());
        for (String feld : unterdrueckt) {
            assertThat(veroeffentlicht.has(feld)).as("%s ist unterdrückt und doch da", feld).isFalse();
        }
    }

    private static JsonNode bereich(JsonNode k, String dienststelle) {
        if (dienststelle == null) {
            return k.path("gesamt");
        }
        for (JsonNode b : k.path("dienststellen")) {
            if (b.path("dienststelle").asText().equals(dienststelle)) {
                return b;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode leistungsartKnoten(JsonNode bereich, String art) {
        for (JsonNode l : bereich.path("leistungsarten")) {
            if (l.path("leistungsart").asText().equals(art)) {
                return l;
            }
        }
        throw new AssertionError("Leistungsart " + art + " fehlt in " + bereich);
    }

    private static void leistungsart(JsonNode bereich, String art, int empfaenger, String anteil, long betrag, String anteilBetrag,
            Long jeEmpfaenger) {
        JsonNode l = leistungsartKnoten(bereich, art);
        assertThat(l.path("empfaenger").asInt()).as(art).isEqualTo(empfaenger);
        assertThat(l.path("anteilEmpfaengerProzent").decimalValue()).as(art).isEqualByComparingTo(anteil);
        assertThat(l.path("betragMonatlichCent").asLong()).as(art).isEqualTo(betrag);
        assertThat(l.path("anteilBetragProzent").decimalValue()).as(art).isEqualByComparingTo(anteilBetrag);
        if (jeEmpfaenger == null) {
            assertThat(l.has("betragJeEmpfaengerCent")).as(art).isFalse();
        } else {
            assertThat(l.path("betragJeEmpfaengerCent").asLong()).as(art).isEqualTo(jeEmpfaenger);
        }
    }

    private static void dichte(JsonNode bereich, String art, int index, int empfaenger, long einwohner, String je1000) {
        JsonNode d = leistungsartKnoten(bereich, art).path("dichten").get(index);
        assertThat(d.path("empfaenger").asInt()).as(art).isEqualTo(empfaenger);
        assertThat(d.path("einwohner").asLong()).as(art).isEqualTo(einwohner);
        assertThat(d.path("je1000Einwohner").decimalValue()).as(art).isEqualByComparingTo(je1000);
    }

    private static void erstentscheidungen(JsonNode bereich, int anzahl, String median, int p90, int bewilligt, int abgelehnt,
            int versagt, String quoteBewilligt, String quoteAbgelehnt, String quoteVersagt, int zurueckgenommen) {
        JsonNode dauer = bereich.path("bearbeitungsdauer");
        assertThat(dauer.path("anzahl").asInt()).isEqualTo(anzahl);
        assertThat(dauer.path("medianTage").decimalValue()).isEqualByComparingTo(median);
        assertThat(dauer.path("perzentil90Tage").asInt()).isEqualTo(p90);
        JsonNode e = bereich.path("erstentscheidungen");
        assertThat(e.path("anzahl").asInt()).isEqualTo(anzahl);
        assertThat(e.path("bewilligt").asInt()).isEqualTo(bewilligt);
        assertThat(e.path("abgelehnt").asInt()).isEqualTo(abgelehnt);
        assertThat(e.path("versagt").asInt()).isEqualTo(versagt);
        assertThat(e.path("bewilligungsquoteProzent").decimalValue()).isEqualByComparingTo(quoteBewilligt);
        assertThat(e.path("ablehnungsquoteProzent").decimalValue()).isEqualByComparingTo(quoteAbgelehnt);
        assertThat(e.path("versagungsquoteProzent").decimalValue()).isEqualByComparingTo(quoteVersagt);
        assertThat(e.path("zurueckgenommen").asInt()).isEqualTo(zurueckgenommen);
    }

    private static void widersprueche(JsonNode bereich, int bescheide, int eingegangen, int rechtzeitig, String quote, int abgeholfen,
            int zurueckgewiesen, String abhilfequote) {
        JsonNode w = bereich.path("widersprueche");
        assertThat(w.path("bescheideBekanntgegeben").asInt()).isEqualTo(bescheide);
        assertThat(w.path("eingegangen").asInt()).isEqualTo(eingegangen);
        assertThat(w.path("rechtzeitig").asInt()).isEqualTo(rechtzeitig);
        assertThat(w.path("widerspruchsquoteProzent").decimalValue()).isEqualByComparingTo(quote);
        assertThat(w.path("abgeholfen").asInt()).isEqualTo(abgeholfen);
        assertThat(w.path("zurueckgewiesen").asInt()).isEqualTo(zurueckgewiesen);
        assertThat(w.path("abhilfequoteProzent").decimalValue()).isEqualByComparingTo(abhilfequote);
    }

    private static void ziele(JsonNode bereich, int erreicht, int verfehlt, String quote) {
        JsonNode h = bereich.path("hilfevereinbarungen");
        assertThat(h.path("zieleErreicht").asInt()).isEqualTo(erreicht);
        assertThat(h.path("zieleVerfehlt").asInt()).isEqualTo(verfehlt);
        if (quote == null) {
            assertThat(h.has("zielerreichungsquoteProzent")).isFalse();
        } else {
            assertThat(h.path("zielerreichungsquoteProzent").decimalValue()).isEqualByComparingTo(quote);
        }
    }

    private static void untaetigkeit(JsonNode k, JsonNode basis, String dienststelle, int antraege, int widersprueche) {
        JsonNode jetzt = bereich(k, dienststelle).path("untaetigkeit");
        JsonNode vorher = bereich(basis, dienststelle).path("untaetigkeit");
        assertThat(jetzt.path("antraegeUeberSechsMonate").asInt() - vorher.path("antraegeUeberSechsMonate").asInt(0))
                .as("Anträge über sechs Monate, %s", dienststelle).isEqualTo(antraege);
        assertThat(jetzt.path("widerspruecheUeberDreiMonate").asInt() - vorher.path("widerspruecheUeberDreiMonate").asInt(0))
                .as("Widersprüche über drei Monate, %s", dienststelle).isEqualTo(widersprueche);
    }

    private static void vereinbarungenInKraft(JsonNode k, JsonNode basis, String dienststelle, int anzahl) {
        int jetzt = bereich(k, dienststelle).path("hilfevereinbarungen").path("inKraft").asInt();
        int vorher = bereich(basis, dienststelle).path("hilfevereinbarungen").path("inKraft").asInt(0);
        assertThat(jetzt - vorher).as("Hilfevereinbarungen in Kraft, %s", dienststelle).isEqualTo(anzahl);
    }
}

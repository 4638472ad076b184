package de.fallbuch.app.eingang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.eingang.Bauplan.Entfernen;
import de.fallbuch.app.eingang.Bauplan.Ersetzen;
import de.fallbuch.app.eingang.Bauplan.Keine;
import de.fallbuch.app.eingang.Bauplan.Roh;
import de.fallbuch.app.eingang.Bauplan.Verletzung;
import de.fallbuch.app.eingang.Bauplan.Zusatzfeld;
import de.fallbuch.app.eingang.Tuer.Ziel;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import java.math.BigInteger;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Properties of every command door, tried with thousands of generated bodies, valid and hostile
 * (issue 11): a door never answers 5xx; a refusal (4xx) stores nothing — no event, no Aktenzeichen
 * drawn; an accepted act (2xx) stores only what every later reader can handle (valid JSON for
 * PostgreSQL's jsonb, NFC text without control characters, within the declared limits) and shows
 * up in its view with no dead letter. A valid body on an aggregate in the right state is accepted.
 *
 * <p>The service runs once for all properties, on its own embedded PostgreSQL. The number of
 * tries per door is jqwik's default ({@code jqwik.tries.default} in junit-platform.properties,
 * or {@code -Djqwik.tries.default=N}).
 */
class BefehlseingangEigenschaftenTest {

    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Fields that hold dates (a free text may well read "0001-01-01"). */
    private static final Pattern DATUMSFELD = Pattern.compile("(datum|[aA]m|[vV]on|[bB]is|[fF]rist|[tT]ermin|[aA]b|[bB]eginn|[eE]nde)$");
    private static final Pattern VERBOTENE_ZEICHEN = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|\\p{Cs}|[\\uFFFE\\uFFFF]");

    private static ConfigurableApplicationContext dienst;
    private static JdbcClient datenbank;
    private static Map<String, Api> benutzer;
    private static Tueren tueren;

    /** Aggregates changed by accepted acts during one property: view path → last version. */
    private final Map<String, Long> angenommen = new HashMap<>();
    private Ziel ziel;

    @BeforeContainer
    static void starten() {
        Path daten = Path.of("target", "test-daten", "eigenschaften-" + UUID.randomUUID()).toAbsolutePath();
        // As arguments, not default properties: those would lose against application.yml (port 8080, ./data).
        dienst = new SpringApplicationBuilder(FallbuchApplication.class)
                .run("--server.port=0", "--fallbuch.data-dir=" + daten, "--logging.level.root=WARN",
                        "--logging.level.org.axonframework=ERROR");
        int port = Integer.parseInt(dienst.getEnvironment().getProperty("local.server.port"));
        datenbank = dienst.getBean(JdbcClient.class);
        benutzer = Map.of("fm.mueller", Api.fuer(port, "fm.mueller", "demo"), "sgl.schmidt", Api.fuer(port, "sgl.schmidt", "demo"),
                "admin", Api.fuer(port, "admin", "demo"));
        tueren = new Tueren(benutzer.get("fm.mueller"), benutzer.get("sgl.schmidt"));
    }

    @AfterContainer
    static void stoppen() {
        if (dienst != null) {
            dienst.close();
        }
    }

    // --- the doors of the Fall --------------------------------------------------------------------

    @Property
    void fallEroeffnen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.fallEroeffnen(), b);
    }

    @Property
    void erstberatung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.erstberatung(), b);
    }

    @Property
    void beratung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.beratung(), b);
    }

    @Property
    void einzelfallanalyse(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.einzelfallanalyse(), b);
    }

    @Property
    void vermittlung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.vermittlung(), b);
    }

    @Property
    void wiedervorlage(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.wiedervorlage(), b);
    }

    @Property
    void wiedervorlageErledigen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.wiedervorlageErledigen(), b);
    }

    @Property
    void fallmanagerWechseln(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.fallmanagerWechseln(), b);
    }

    @Property
    void abschluss(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.abschluss(), b);
    }

    @Property
    void wiederaufnahme(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.wiederaufnahme(), b);
    }

    @Property
    void personendaten(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.personendaten(), b);
    }

    // --- the doors of the Antrag ------------------------------------------------------------------

    @Property
    void antragStellen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.antragStellen(), b);
    }

    @Property
    void unterlagenAnfordern(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.unterlagenAnfordern(), b);
    }

    @Property
    void unterlagenEingang(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.unterlagenEingang(), b);
    }

    @Property
    void bewilligen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.bewilligen(), b);
    }

    @Property
    void ablehnen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.ablehnen(), b);
    }

    @Property
    void versagen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.versagen(), b);
    }

    @Property
    void freigeben(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.freigeben(), b);
    }

    @Property
    void bescheid(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.bescheid(), b);
    }

    @Property
    void widerspruch(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.widerspruch(), b);
    }

    @Property
    void abhilfe(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.abhilfe(), b);
    }

    @Property
    void zurueckweisung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.zurueckweisung(), b);
    }

    @Property
    void ruecknahme(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.ruecknahme(), b);
    }

    @Property
    void anhoerung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.anhoerung(), b);
    }

    @Property
    void stellungnahme(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.stellungnahme(), b);
    }

    @Property
    void aufhebung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.aufhebung(), b);
    }

    // --- the doors of the Hilfevereinbarung ---------------------------------------------------------

    @Property
    void vereinbarungEntwerfen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.vereinbarungEntwerfen(), b);
    }

    @Property
    void entwurfAendern(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.entwurfAendern(), b);
    }

    @Property
    void unterschrift(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.unterschrift(), b);
    }

    @Property
    void fortschreibung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.fortschreibung(), b);
    }

    @Property
    void massnahmeBeginnen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.massnahmeBeginnen(), b);
    }

    @Property
    void massnahmeAbschliessen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.massnahmeAbschliessen(), b);
    }

    @Property
    void massnahmeAbbrechen(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.massnahmeAbbrechen(), b);
    }

    @Property
    void zielErreicht(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.zielErreicht(), b);
    }

    @Property
    void zielVerfehlt(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.zielVerfehlt(), b);
    }

    @Property
    void ueberpruefung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.ueberpruefung(), b);
    }

    @Property
    void pflichtverletzung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.pflichtverletzung(), b);
    }

    @Property
    void einwilligungswiderruf(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.einwilligungswiderruf(), b);
    }

    @Property
    void beendigung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.beendigung(), b);
    }

    // --- the doors of Datenschutz ----------------------------------------------------------------------

    @Property
    void loeschsperre(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.loeschsperre(), b);
    }

    @Property
    void loeschsperreAufheben(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.loeschsperreAufheben(), b);
    }

    @Property
    void loeschung(@ForAll("bauplaene") Bauplan b) {
        versuchen(tueren.loeschung(), b);
    }

    // --- the properties -------------------------------------------------------------------------------

    private void versuchen(Tuer tuer, Bauplan bauplan) {
        if (ziel == null) {
            ziel = tuer.vorbereiten().get();
        }
        Object koerper = bauplan.koerper(tuer.koerper().apply(ziel));
        String erschaffen = tuer.erschaffenesEreignis();
        long ereignisseVorher = ereignisse(tuer, ziel);
        long aktenzeichenVorher = aktenzeichen();

        Antwort antwort = benutzer.get(tuer.benutzer()).post(tuer.pfad().apply(ziel), koerper);

        assertThat(antwort.status()).as("%s → %s", tuer.name(), antwort.text()).isBetween(200, 499);
        if (antwort.status() >= 400) {
            assertThat(antwort.kopf().firstValue("Content-Type")).as("Antwort: %s", antwort.text())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(antwort.feld("detail")).as("deutsche Meldung").isNotBlank();
            assertThat(ereignisse(tuer, ziel)).as("eine Ablehnung speichert kein Ereignis: %s", antwort.text())
                    .isEqualTo(ereignisseVorher);
            assertThat(aktenzeichen()).as("eine Ablehnung zieht kein Aktenzeichen").isEqualTo(aktenzeichenVorher);
            if (bauplan.gueltig() && tuer.gueltigMoeglich()) {
                throw new AssertionError(tuer.name() + ": ein gültiger Körper wurde abgelehnt: " + antwort.text());
            }
            return;
        }
        String aggregatId = erschaffen == null ? ziel.aggregatId() : erschaffeneKennung(antwort);
        assertThat(aggregatId).as("Kennung in %s", antwort.text()).isNotBlank();
        gespeichertIstLesbar(aggregatId);
        angenommen.put(ansicht(tuer, aggregatId), antwort.version());
        if (erschaffen == null) {
            ziel = tuer.einmalig() ? null : ziel.mitVersion(antwort.version());
        } else {
            assertThat(aktenzeichen()).isEqualTo(erschaffen.endsWith("FallEroeffnet") ? aktenzeichenVorher + 1 : aktenzeichenVorher);
        }
    }

    /** After each property: every accepted act is in its view, and no view parked an event. */
    @AfterProperty
    void ansichtenHolenAuf() {
        ziel = null;
        angenommen.forEach((pfad, version) -> benutzer.get("fm.mueller").warteAuf(pfad,
                a -> a.status() == 200 && a.version() >= version));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Antwort projektionen = benutzer.get("admin").get("/api/admin/projektionen").erwarte(200);
            for (JsonNode p : projektionen.json()) {
                assertThat(p.path("deadLetters").asLong()).as("Dead Letters in %s", p.path("name").asText()).isZero();
            }
        });
        angenommen.clear();
    }

    /** The events just stored can be read by PostgreSQL as jsonb and hold only values within the declared limits. */
    private static void gespeichertIstLesbar(String aggregatId) {
        List<String> nutzlasten = datenbank.sql("SELECT payload::jsonb::text FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregatId).query(String.class).list();
        assertThat(nutzlasten).isNotEmpty();
        for (String nutzlast : nutzlasten) {
            try {
                pruefeWerte(Api.JSON.readTree(nutzlast), "");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void pruefeWerte(JsonNode knoten, String pfad) {
        if (knoten.isObject()) {
            knoten.fields().forEachRemaining(f -> pruefeWerte(f.getValue(), pfad + "." + f.getKey()));
        } else if (knoten.isArray()) {
            assertThat(knoten.size()).as(pfad).isLessThanOrEqualTo(Math.max(Grenzen.MAX_LISTENEINTRAEGE, 7));
            knoten.forEach(e -> pruefeWerte(e, pfad + "[]"));
        } else if (knoten.isTextual() && pfad.endsWith(".verschluesselt")) {
            // Personal data is stored encrypted (issue 12): the cipher text is base64; what it holds was
            // checked at the door and reaches the views, which the property checks after each run.
            assertThat(knoten.asText()).matches("[A-Za-z0-9+/=]+");
        } else if (knoten.isTextual()) {
            String text = knoten.asText();
            assertThat(text.codePointCount(0, text.length())).as(pfad).isLessThanOrEqualTo(Textart.FREITEXT.maxZeichen());
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", pfad).isTrue();
            assertThat(VERBOTENE_ZEICHEN.matcher(text).find()).as("Steuerzeichen in %s", pfad).isFalse();
            if (DATUM.matcher(text).matches() && DATUMSFELD.matcher(pfad).find()) {
                LocalDate datum = LocalDate.parse(text);
                assertThat(datum).as(pfad).isBetween(Grenzen.FRUEHESTES_GEBURTSDATUM, Grenzen.SPAETESTES_GESCHAEFTSDATUM);
            }
        } else if (knoten.isNumber()) {
            assertThat(knoten.isIntegralNumber()).as("ganze Zahl: %s", pfad).isTrue();
            if (pfad.endsWith("Cent")) {
                assertThat(knoten.asLong()).as(pfad).isBetween(Grenzen.MIN_BETRAG_CENT, Grenzen.MAX_BETRAG_MONATLICH_CENT);
            }
        }
    }

    /** The id of the aggregate a creating door made (an Antrag's answer also names its Fall). */
    private static String erschaffeneKennung(Antwort antwort) {
        for (String feld : List.of("antragId", "hilfevereinbarungId", "fallId")) {
            if (antwort.feld(feld) != null) {
                return antwort.feld(feld);
            }
        }
        return null;
    }

    private static String ansicht(Tuer tuer, String aggregatId) {
        String pfad = tuer.pfad().apply(new Ziel(aggregatId, 0));
        String art = pfad.split("/")[2];
        return "/api/" + art + "/" + aggregatId;
    }

    private static long ereignisse(Tuer tuer, Ziel ziel) {
        String typ = tuer.erschaffenesEreignis();
        if (typ != null) {
            return datenbank.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = :typ").param("typ", typ)
                    .query(Long.class).single();
        }
        return datenbank.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id").param("id", ziel.aggregatId())
                .query(Long.class).single();
    }

    private static long aktenzeichen() {
        return datenbank.sql("SELECT coalesce(sum(letzte_nummer), 0) FROM aktenzeichen_zaehler").query(Long.class).single();
    }

    // --- generators -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Bauplan> bauplaene() {
        Map<Textart, Arbitrary<List<String>>> proArt = new EnumMap<>(Textart.class);
        for (Textart art : Textart.values()) {
            proArt.put(art, gueltigerText(art).list().ofMinSize(1).ofMaxSize(3));
        }
        Arbitrary<Map<Textart, List<String>>> texte = Combinators.combine(proArt.get(Textart.NAME), proArt.get(Textart.ANSCHRIFTTEIL),
                proArt.get(Textart.KURZTEXT), proArt.get(Textart.EINTRAG), proArt.get(Textart.FREITEXT)).as((n, a, k, e, f) -> {
                    Map<Textart, List<String>> m = new EnumMap<>(Textart.class);
                    m.put(Textart.NAME, n);
                    m.put(Textart.ANSCHRIFTTEIL, a);
                    m.put(Textart.KURZTEXT, k);
                    m.put(Textart.EINTRAG, e);
                    m.put(Textart.FREITEXT, f);
                    return m;
                });
        Arbitrary<Verletzung> verletzung = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(15, Arbitraries.just(new Keine())),
                net.jqwik.api.Tuple.of(60, Combinators.combine(Arbitraries.integers().between(0, 60), feindlicherWert()).as(Ersetzen::new)),
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 60).map(Entfernen::new)),
                net.jqwik.api.Tuple.of(7, Combinators.combine(Arbitraries.of("version", "unbekannt", "__proto__", "person", "@type"),
                        feindlicherWert()).as(Zusatzfeld::new)),
                net.jqwik.api.Tuple.of(10, rohKoerper().map(Roh::new)));
        return Combinators.combine(texte, verletzung).as(Bauplan::new);
    }

    /** Texts a caseworker may enter for a kind: letters incl. umlauts and four-byte characters, up to the maximum. */
    private static Arbitrary<String> gueltigerText(Textart art) {
        Arbitrary<String> zeichen = art.mehrzeilig()
                ? Arbitraries.of("a", "e", "n", "r", "s", "ä", "ö", "ü", "ß", "é", "Ş", "𝔄", " ", "-", ".", ",", "1", "§", "€", "\n", "\t")
                : Arbitraries.of("a", "e", "n", "r", "s", "ä", "ö", "ü", "ß", "é", "Ş", "𝔄", " ", "-");
        return Combinators.combine(Arbitraries.of("A", "Ä", "Z", "Ş", "𝔄"), zeichen.list().ofMaxSize(art.maxZeichen() - 1))
                .as((anfang, rest) -> anfang + String.join("", rest));
    }

    /** Values an attacker or a careless client sends: wrong types, limits + 1, control characters, extreme dates and numbers. */
    private static Arbitrary<Object> feindlicherWert() {
        List<Object> feste = Arrays.asList(null, "", "   ", "\u0000", "Mül\u0000ler", "\u0007", "\u001b[2J", "\ud800", "a\udc00b",
                "\u202eevil", "\uFEFF", "\uFFFF", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
                "'; DROP TABLE domain_event_entry; --", "${jndi:ldap://x/a}", "e\u0301", 12.5, 1.5, -1, 0, Long.MAX_VALUE,
                Long.MIN_VALUE, new BigInteger("99999999999999999999999"), 1e308, true, false, List.of(), Arrays.asList((Object) null),
                Map.of(), Map.of("a", 1), "0001-01-01", "9999-12-31", "1899-12-31", "2100-01-01", "1971-04-12T00:00:00Z",
                "2026-02-30", "31.02.1987", "14.2.87", "+10000-01-01", "NaN", "UNBEKANNT_WERT", "hilfe_zum_lebensunterhalt",
                UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "x".repeat(Textart.NAME.maxZeichen() + 1),
                "x".repeat(Textart.KURZTEXT.maxZeichen() + 1), "x".repeat(Textart.EINTRAG.maxZeichen() + 1),
                "x".repeat(Textart.FREITEXT.maxZeichen() + 1), "𝔄".repeat(Textart.FREITEXT.maxZeichen() + 1), "y".repeat(100_000),
                Collections.nCopies(Grenzen.MAX_LISTENEINTRAEGE + 1, "Kontoauszug"), Collections.nCopies(10_000, "x"),
                Collections.nCopies(1_000, "GESUNDHEIT"), Grenzen.MAX_BETRAG_MONATLICH_CENT + 1, Integer.MAX_VALUE);
        return Arbitraries.oneOf(
                Arbitraries.of(feste),
                Arbitraries.strings().all().ofMaxLength(300).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.strings().all().ofMaxLength(20).list().ofMaxSize(5).map(l -> (Object) new ArrayList<>(l)));
    }

    /** Bodies that are not the expected JSON object at all. */
    private static Arbitrary<String> rohKoerper() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "null", "[]", "{", "{\"version\":", "\"text\"", "42", "{\"version\": 0,}", "{'version': 0}",
                        "{\"version\": 0, \"version\": 1}", "[".repeat(5_000) + "]".repeat(5_000),
                        "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "{\"version\": 01}", "{\"version\": 0x10}",
                        "\uFEFF{\"version\": 0}", "{\"version\": Infinity}"),
                Arbitraries.strings().all().ofMaxLength(200));
    }
}

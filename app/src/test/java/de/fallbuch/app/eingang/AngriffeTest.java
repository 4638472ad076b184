package de.fallbuch.app.eingang;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.app.eingang.Tuer.Text;
import de.fallbuch.app.eingang.Tuer.Ziel;
import de.fallbuch.kernel.common.Grenzen;
import de.fallbuch.kernel.common.Grenzen.Textart;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks of issue 11, each a named case, at every command door: every text field over its
 * limit, with a NUL byte, with a control character (and a line break where one line is meant);
 * every date outside its window, as a date-time, or impossible; amounts beyond the limit or with
 * a fraction; a fractional version; {@code null} and too many list entries. Each must be refused
 * with 400 (413 for a body over the size limit) as German problem+json naming the field, and
 * store nothing: no event for the aggregate, no Aktenzeichen drawn.
 */
class AngriffeTest extends IntegrationTest {

    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Autowired
    private JdbcClient jdbc;

    private final Map<String, Ziel> vorbereitet = new HashMap<>();

    /** One attack: a door, the field it aims at, a description, how it changes the valid body, the expected status. */
    private record Angriff(Tuer tuer, String feld, String beschreibung, UnaryOperator<Object> veraendern, int status) {
    }

    @TestFactory
    Stream<DynamicTest> jedeTuerWeistJedenFeindlichenWertAbUndSpeichertNichts() {
        List<Angriff> angriffe = new ArrayList<>();
        for (Tuer tuer : alleTueren()) {
            Map<String, Object> vorlage = tuer.koerper().apply(new Ziel("00000000-0000-0000-0000-000000000000", 0,
                    Map.of("wiedervorlageId", "x", "massnahmeId", "x", "zielId", "x", "pflichtId", "x")));
            sammeln(tuer, vorlage, List.of(), angriffe);
        }
        assertThat(angriffe).as("Zahl der benannten Angriffe").hasSizeGreaterThan(133);
        return angriffe.stream().map(a -> DynamicTest.dynamicTest(a.tuer().name() + ": " + a.feld() + " " + a.beschreibung()
                + " → " + a.status(), () -> angreifen(a)));
    }

    /** The cases the issue names one by one, as they were found. */
    @Test
    void dieGefundenenAngriffeWerdenAbgewiesen() {
        Api mueller = als("fm.mueller");
        Map<String, Object> person = new LinkedHashMap<>(Map.of("vorname", "Anna", "nachname", "N".repeat(201), "geburtsdatum", "1980-05-01"));
        Map<String, Object> fall = new LinkedHashMap<>(Map.of("person", person, "dienststelle", "Innenstadt", "anliegen", "Miete"));
        long aktenzeichen = aktenzeichen();
        abgewiesen(mueller.post("/api/faelle", fall), 400, "nachname");
        person.put("nachname", "Mül\u0000ler");
        abgewiesen(mueller.post("/api/faelle", fall), 400, "nachname");
        person.put("nachname", "Müller");
        person.put("geburtsdatum", "0001-01-01");
        abgewiesen(mueller.post("/api/faelle", fall), 400, "geburtsdatum");
        person.put("geburtsdatum", "1971-04-12T00:00:00Z");
        abgewiesen(mueller.post("/api/faelle", fall), 400, null);
        person.put("geburtsdatum", "1971-04-12");
        // Above the body limit. (Tomcat reads at most 2 MiB of a refused body before it closes the
        // connection, so a client sending 10 MB may see the connection reset after the 413.)
        fall.put("anliegen", "M".repeat(Grenzen.MAX_ANFRAGE_BYTES + 1024));
        abgewiesen(mueller.postGross("/api/faelle", fall), 413, null);
        assertThat(aktenzeichen()).as("keine abgewiesene Eröffnung verbraucht ein Aktenzeichen").isEqualTo(aktenzeichen);

        String fallId = mueller.post("/api/faelle", Map.of("person", person, "dienststelle", "Innenstadt", "anliegen", "Miete"))
                .erwarte(201).feld("fallId");
        long v = mueller.post("/api/faelle/" + fallId + "/erstberatung", Map.of("version", 0, "anliegen", "Miete",
                "ersteSchritte", "Vermieter")).erwarte(200).version();
        abgewiesen(mueller.postRoh("/api/faelle/" + fallId + "/einzelfallanalyse", "{\"version\":" + v
                + ",\"hemmnisse\":[null],\"ressourcen\":\"viel\",\"erwerbsfaehigkeit\":\"ERWERBSFAEHIG\"}"), 400, null);
        abgewiesen(mueller.postGross("/api/faelle/" + fallId + "/einzelfallanalyse", "{\"version\":" + v + ",\"hemmnisse\":["
                + String.join(",", Collections.nCopies(100_000, "\"SCHULDEN\"")) + "],\"ressourcen\":\"viel\",\"erwerbsfaehigkeit\":\"ERWERBSFAEHIG\"}"),
                413, null);
        abgewiesen(mueller.postGross("/api/faelle/" + fallId + "/beratungen", Map.of("version", v, "thema", "Miete",
                "inhalt", "I".repeat(Grenzen.MAX_ANFRAGE_BYTES + 1024))), 413, null);
        abgewiesen(mueller.postRoh("/api/faelle/" + fallId + "/beratungen", "{\"version\": 1.5, \"thema\": \"Miete\", \"inhalt\": \"x\"}"),
                400, null);

        String antrag = "/api/antraege/" + mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "HILFE_ZUM_LEBENSUNTERHALT",
                "eingangsdatum", Testdatum.heute(), "kanal", "SCHRIFTLICH")).erwarte(201).feld("antragId");
        abgewiesen(mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "HILFE_ZUM_LEBENSUNTERHALT",
                "eingangsdatum", "0001-01-01", "kanal", "SCHRIFTLICH")), 400, "eingangsdatum");
        abgewiesen(mueller.post(antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", Long.MAX_VALUE,
                "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Regelbedarf")), 400, "betragMonatlichCent");
        abgewiesen(mueller.postRoh(antrag + "/bewilligung", "{\"version\":0,\"betragMonatlichCent\":12.5,"
                + "\"rechtsgrundlage\":\"§ 27a SGB XII\",\"begruendung\":\"Regelbedarf\"}"), 400, null);
        abgewiesen(mueller.post(antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "rechtsgrundlage", "R".repeat(100_000), "begruendung", "Regelbedarf")), 400, "rechtsgrundlage");
        abgewiesen(mueller.post(antrag + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "bewilligungVon", Testdatum.heute(), "bewilligungBis", "9999-12-31", "rechtsgrundlage", "§ 27a SGB XII",
                "begruendung", "Regelbedarf")), 400, "bewilligungBis");
        abgewiesen(mueller.post(antrag + "/unterlagen-anforderung", Map.of("version", 0, "unterlagen",
                Collections.nCopies(10_000, "Kontoauszug"), "frist", Testdatum.inTagen(14))), 400, "unterlagen");
        abgewiesen(mueller.postRoh(antrag + "/unterlagen-anforderung", "{\"version\":0,\"unterlagen\":[null],\"frist\":\""
                + Testdatum.inTagen(14) + "\"}"), 400, null);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", antrag.substring(antrag.lastIndexOf('/') + 1)).query(Long.class).single()).isOne();
    }

    private void abgewiesen(Antwort antwort, int status, String feld) {
        assertThat(antwort.status()).as(antwort.text()).isEqualTo(status);
        assertThat(antwort.kopf().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwort.feld("detail")).isNotBlank().doesNotContain("Exception");
        if (feld != null) {
            assertThat(antwort.json().path("felder").toString() + antwort.text()).containsIgnoringCase(feld);
        }
    }

    private void angreifen(Angriff angriff) {
        Tuer tuer = angriff.tuer();
        Ziel ziel = vorbereitet.computeIfAbsent(tuer.name(), n -> tuer.vorbereiten().get());
        @SuppressWarnings("unchecked")
        Map<String, Object> koerper = (Map<String, Object>) Tuer.mitBeispielen(tuer.koerper().apply(ziel));
        Object angegriffen = angriff.veraendern().apply(koerper);
        long ereignisse = ereignisse(tuer, ziel);
        long aktenzeichen = aktenzeichen();

        Antwort antwort = als(tuer.benutzer()).post(tuer.pfad().apply(ziel), angegriffen);

        assertThat(antwort.status()).as("%s: %s", angriff.beschreibung(), antwort.text()).isEqualTo(angriff.status());
        assertThat(antwort.kopf().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwort.feld("detail")).as("deutsche Meldung").isNotBlank().doesNotContain("Exception");
        assertThat(ereignisse(tuer, ziel)).as("kein Ereignis gespeichert").isEqualTo(ereignisse);
        assertThat(aktenzeichen()).as("kein Aktenzeichen gezogen").isEqualTo(aktenzeichen);
    }

    /** Collects the attacks on every leaf of a body: texts by their kind, dates, amounts, versions, lists. */
    private void sammeln(Tuer tuer, Object knoten, List<Object> pfad, List<Angriff> angriffe) {
        if (knoten instanceof Map<?, ?> karte) {
            karte.forEach((k, v) -> sammeln(tuer, v, anhaengen(pfad, k), angriffe));
            return;
        }
        String feld = name(pfad);
        if (knoten instanceof List<?> liste) {
            angriffe.add(new Angriff(tuer, feld, "mit einem null-Eintrag", ersetzen(pfad, Arrays.asList((Object) null)), 400));
            if (!liste.isEmpty() && !(liste.get(0) instanceof String)) {
                angriffe.add(new Angriff(tuer, feld, "mit " + (Grenzen.MAX_LISTENEINTRAEGE + 1) + " Einträgen",
                        ersetzen(pfad, Collections.nCopies(Grenzen.MAX_LISTENEINTRAEGE + 1, liste.get(0))), 400));
            }
            for (int i = 0; i < liste.size(); i++) {
                sammeln(tuer, liste.get(i), anhaengen(pfad, i), angriffe);
            }
            return;
        }
        if (knoten instanceof Text text) {
            Textart art = text.art();
            angriffe.add(new Angriff(tuer, feld, "mit " + (art.maxZeichen() + 1) + " Zeichen",
                    ersetzen(pfad, "ä".repeat(art.maxZeichen() + 1)), 400));
            angriffe.add(new Angriff(tuer, feld, "mit NUL-Byte", ersetzen(pfad, "Mül\u0000ler"), 400));
            angriffe.add(new Angriff(tuer, feld, "mit Steuerzeichen ESC", ersetzen(pfad, "rot\u001b[31m"), 400));
            if (!art.mehrzeilig()) {
                angriffe.add(new Angriff(tuer, feld, "mit Zeilenumbruch", ersetzen(pfad, "zwei\nZeilen"), 400));
            }
            return;
        }
        if (knoten instanceof String s && DATUM.matcher(s).matches()) {
            angriffe.add(new Angriff(tuer, feld, "im Jahr 1", ersetzen(pfad, "0001-01-01"), 400));
            angriffe.add(new Angriff(tuer, feld, "am 31.12.9999", ersetzen(pfad, "9999-12-31"), 400));
            angriffe.add(new Angriff(tuer, feld, "als Zeitpunkt", ersetzen(pfad, s + "T00:00:00Z"), 400));
            angriffe.add(new Angriff(tuer, feld, "am 30. Februar", ersetzen(pfad, "2026-02-30"), 400));
            return;
        }
        if ("version".equals(feld)) {
            angriffe.add(new Angriff(tuer, feld, "als Bruch 1.5", ersetzen(pfad, 1.5), 400));
            angriffe.add(new Angriff(tuer, feld, "als Text", ersetzen(pfad, "null"), 400));
        }
        if (feld.endsWith("Cent")) {
            angriffe.add(new Angriff(tuer, feld, "mit Long.MAX_VALUE", ersetzen(pfad, Long.MAX_VALUE), 400));
            angriffe.add(new Angriff(tuer, feld, "über der Höchstgrenze", ersetzen(pfad, Grenzen.MAX_BETRAG_MONATLICH_CENT + 1), 400));
            angriffe.add(new Angriff(tuer, feld, "mit halben Cent 12.5", ersetzen(pfad, 12.5), 400));
            angriffe.add(new Angriff(tuer, feld, "von 0", ersetzen(pfad, 0), 400));
            angriffe.add(new Angriff(tuer, feld, "negativ", ersetzen(pfad, -100), 400));
        }
    }

    private static List<Object> anhaengen(List<Object> pfad, Object schritt) {
        List<Object> neu = new ArrayList<>(pfad);
        neu.add(schritt);
        return neu;
    }

    private static String name(List<Object> pfad) {
        StringBuilder s = new StringBuilder();
        for (Object schritt : pfad) {
            s.append(schritt instanceof Integer i ? "[" + i + "]" : (s.isEmpty() ? "" : ".") + schritt);
        }
        return s.toString();
    }

    /** Replaces the node at {@code pfad} in a (mutable) body. */
    @SuppressWarnings("unchecked")
    private static UnaryOperator<Object> ersetzen(List<Object> pfad, Object wert) {
        return koerper -> {
            Object eltern = koerper;
            for (int i = 0; i < pfad.size() - 1; i++) {
                Object schritt = pfad.get(i);
                eltern = schritt instanceof Integer idx ? ((List<Object>) eltern).get(idx) : ((Map<String, Object>) eltern).get(schritt);
            }
            Object letzter = pfad.get(pfad.size() - 1);
            if (letzter instanceof Integer idx) {
                ((List<Object>) eltern).set(idx, wert);
            } else {
                ((Map<String, Object>) eltern).put((String) letzter, wert);
            }
            return koerper;
        };
    }

    private List<Tuer> alleTueren() {
        Tueren tueren = new Tueren(als("fm.mueller"), als("sgl.schmidt"));
        List<Tuer> alle = new ArrayList<>();
        for (Method m : Tueren.class.getDeclaredMethods()) {
            if (m.getReturnType() == Tuer.class && m.getParameterCount() == 0) {
                try {
                    m.setAccessible(true);
                    alle.add((Tuer) m.invoke(tueren));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        alle.sort(java.util.Comparator.comparing(Tuer::name));
        assertThat(alle).hasSize(42);
        return alle;
    }

    private long ereignisse(Tuer tuer, Ziel ziel) {
        String typ = tuer.erschaffenesEreignis();
        return typ != null
                ? jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = :typ").param("typ", typ).query(Long.class).single()
                : jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id").param("id", ziel.aggregatId())
                        .query(Long.class).single();
    }

    private long aktenzeichen() {
        return jdbc.sql("SELECT coalesce(sum(letzte_nummer), 0) FROM aktenzeichen_zaehler").query(Long.class).single();
    }

    /** Dates relative to the office's today. */
    private static final class Testdatum {

        static String heute() {
            return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString();
        }

        static String inTagen(int tage) {
            return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(tage).toString();
        }
    }
}

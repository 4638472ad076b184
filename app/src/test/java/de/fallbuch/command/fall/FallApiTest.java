package de.fallbuch.command.fall;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerFall;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Fall through its REST API: every act, and every kind of refusal. */
class FallApiTest extends IntegrationTest {

    private static final LocalDate HEUTE = LocalDate.now(ZoneId.of("Europe/Berlin"));

    private Api mueller;

    @BeforeEach
    void anmelden() {
        mueller = als("fm.mueller");
        // Logs in once (bcrypt, cost 10; remembered for a few minutes), so the timing below measures the way from
        // the command to the view and not the password check.
        mueller.get("/api/faelle").erwarte(200);
    }

    @Test
    void einFallWirdEroeffnetUndErscheintInnerhalbEinerSekundeInDerAnsicht() {
        long start = System.nanoTime();
        Antwort eroeffnet = mueller.post("/api/faelle", neuerFall("Schneider", "Innenstadt")).erwarte(201);
        String fallId = eroeffnet.feld("fallId");

        assertThat(eroeffnet.feld("aktenzeichen")).matches("50-" + HEUTE.getYear() + "-\\d{6}");
        assertThat(eroeffnet.version()).isZero();
        assertThat(eroeffnet.kopf().firstValue("Location")).contains("/api/faelle/" + fallId);

        Antwort fall = mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        assertThat(System.nanoTime() - start).as("bis der Fall in der Ansicht steht").isLessThan(1_000_000_000L);
        assertThat(fall.feld("aktenzeichen")).isEqualTo(eroeffnet.feld("aktenzeichen"));
        assertThat(fall.feld("status")).isEqualTo("OFFEN");
        assertThat(fall.feld("fallmanager")).isEqualTo("fm.mueller");
        assertThat(fall.feld("dienststelle")).isEqualTo("Innenstadt");
        assertThat(fall.json().path("person").path("nachname").asText()).isEqualTo("Schneider");
        assertThat(fall.feld("eroeffnetAm")).isEqualTo(HEUTE.toString());

        Antwort liste = mueller.get("/api/faelle").erwarte(200);
        assertThat(liste.json().findValuesAsText("fallId")).contains(fallId);
    }

    @Test
    void jedeHandlungAmFallVeraendertIhnUndLiefertDieNeueVersion() {
        String fallId = fallEroeffnen(mueller, "Becker", "Innenstadt");
        String pfad = "/api/faelle/" + fallId;

        long v = mueller.post(pfad + "/erstberatung", Map.of("version", 0, "anliegen", "Mietschulden",
                "ersteSchritte", "Kontoauszüge mitbringen")).erwarte(200).version();
        assertThat(v).isEqualTo(1);
        v = mueller.post(pfad + "/beratungen", Map.of("version", v, "thema", "Miete", "inhalt", "Vermieter angerufen"))
                .erwarte(200).version();
        v = mueller.post(pfad + "/einzelfallanalyse", Map.of("version", v, "hemmnisse", List.of("SCHULDEN", "WOHNEN"),
                "ressourcen", "Ausbildung als Köchin", "erwerbsfaehigkeit", "ERWERBSFAEHIG")).erwarte(200).version();
        Antwort vermittelt = mueller.post(pfad + "/vermittlungen", Map.of("version", v, "partner", "SCHULDNERBERATUNG",
                "anlass", "Mietschulden", "einwilligungErteilt", true, "einwilligungAm", HEUTE.toString())).erwarte(201);
        assertThat(vermittelt.feld("vermittlungId")).isNotBlank();
        v = vermittelt.version();
        Antwort wiedervorlage = mueller.post(pfad + "/wiedervorlagen", Map.of("version", v,
                "faelligAm", HEUTE.plusDays(14).toString(), "anlass", "Kontoauszüge prüfen")).erwarte(201);
        v = wiedervorlage.version();
        v = mueller.post(pfad + "/wiedervorlagen/" + wiedervorlage.feld("wiedervorlageId") + "/erledigung",
                Map.of("version", v, "vermerk", "liegen vor")).erwarte(200).version();
        v = mueller.post(pfad + "/abschluss", Map.of("version", v, "grund", "ARBEITSAUFNAHME")).erwarte(200).version();
        v = mueller.post(pfad + "/wiederaufnahme", Map.of("version", v, "grund", "Stelle nicht angetreten"))
                .erwarte(200).version();
        assertThat(v).isEqualTo(8);

        long letzte = v;
        Antwort fall = mueller.warteAuf(pfad, a -> a.version() == letzte);
        assertThat(fall.feld("status")).isEqualTo("OFFEN");
        assertThat(fall.feld("erstberatungAm")).isEqualTo(HEUTE.toString());
        assertThat(fall.json().path("anzahlBeratungsgespraeche").asInt()).isEqualTo(1);
        assertThat(fall.feld("erwerbsfaehigkeit")).isEqualTo("ERWERBSFAEHIG");
        assertThat(fall.json().path("wiedervorlagen").get(0).path("erledigtAm").asText()).isEqualTo(HEUTE.toString());
    }

    @Test
    void dieSachgebietsleitungWeistDenFallEinerFallmanagerinDerDienststelleZu() {
        String fallId = fallEroeffnen(als("fm.yilmaz"), "Kaya", "Hiltrup");
        Api schmidt = als("sgl.schmidt");

        Antwort fremd = schmidt.post("/api/faelle/" + fallId + "/fallmanager",
                Map.of("version", 0, "neuerFallmanager", "fm.mueller", "grund", "Urlaub")).erwarte(422);
        assertThat(fremd.feld("code")).isEqualTo("KEIN_FALLMANAGER_DER_DIENSTSTELLE");
        assertThat(fremd.feld("detail")).isEqualTo("„fm.mueller“ ist kein Fallmanager der Dienststelle Hiltrup.");

        Antwort selbst = als("fm.yilmaz").post("/api/faelle/" + fallId + "/fallmanager",
                Map.of("version", 0, "neuerFallmanager", "fm.yilmaz", "grund", "x")).erwarte(403);
        assertThat(selbst.feld("code")).isEqualTo("NUR_SACHGEBIETSLEITUNG");
    }

    @Test
    void ohneAnmeldungAntwortetDieApi401() {
        Antwort antwort = anonym().get("/api/faelle").erwarte(401);
        assertThat(antwort.feld("code")).isEqualTo("NICHT_ANGEMELDET");
        assertThat(antwort.kopf().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        anonym().post("/api/faelle", neuerFall("Ohne", "Innenstadt")).erwarte(401);
        assertThat(als("fm.mueller", "falsch").get("/api/faelle").erwarte(401).feld("detail"))
                .isEqualTo("Bitte melden Sie sich an (Benutzername und Passwort).");
    }

    @Test
    void derGesundheitsendpunktAntwortetOhneAnmeldung() {
        assertThat(anonym().get("/actuator/health").erwarte(200).feld("status")).isEqualTo("UP");
    }

    @Test
    void eineFallmanagerinEinerAnderenDienststelleBekommt403UndSiehtDenFallNichtInIhrerListe() {
        String fallId = fallEroeffnen(mueller, "Wagner", "Innenstadt");
        mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        Api yilmaz = als("fm.yilmaz");

        assertThat(yilmaz.get("/api/faelle/" + fallId).erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(yilmaz.post("/api/faelle/" + fallId + "/erstberatung",
                Map.of("version", 0, "anliegen", "x", "ersteSchritte", "y")).erwarte(403).feld("code")).isEqualTo("KEIN_SCHREIBZUGRIFF");
        assertThat(yilmaz.get("/api/faelle").erwarte(200).json().findValuesAsText("fallId")).doesNotContain(fallId);
        assertThat(yilmaz.get("/api/faelle?dienststelle=Innenstadt").erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(yilmaz.post("/api/faelle", neuerFall("Falsch", "Innenstadt")).erwarte(403).feld("detail"))
                .isEqualTo("Sie sind der Dienststelle „Innenstadt“ nicht zugeordnet.");
    }

    @Test
    void rechtspruefungLiestAllesUndAendertNichtsRevisionSiehtKeineFaelle() {
        String fallId = fallEroeffnen(mueller, "Schulz", "Innenstadt");
        Api weber = als("rp.weber");
        weber.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);
        assertThat(weber.get("/api/faelle").erwarte(200).json().findValuesAsText("fallId")).contains(fallId);
        assertThat(weber.post("/api/faelle/" + fallId + "/erstberatung",
                Map.of("version", 0, "anliegen", "x", "ersteSchritte", "y")).erwarte(403).feld("detail"))
                .isEqualTo("In Ihrer Rolle Rechtsprüfung können Sie Fälle nicht ändern.");
        assertThat(weber.post("/api/faelle", neuerFall("Weber", "Innenstadt")).erwarte(403).feld("code")).isEqualTo("NUR_FALLMANAGER");

        Antwort revision = als("rev.koch").get("/api/faelle/" + fallId).erwarte(403);
        assertThat(revision.text()).doesNotContain("Schulz");
        als("rev.koch").get("/api/faelle").erwarte(403);
    }

    @Test
    void eineVeralteteVersionWirdMit409AbgelehntUndNenntWerGeaendertHat() {
        String fallId = fallEroeffnen(mueller, "Hoffmann", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/erstberatung",
                Map.of("version", 0, "anliegen", "Miete", "ersteSchritte", "Unterlagen")).erwarte(200);

        Antwort veraltet = als("sgl.schmidt").post("/api/faelle/" + fallId + "/beratungen",
                Map.of("version", 0, "thema", "Miete", "inhalt", "x")).erwarte(409);
        assertThat(veraltet.feld("code")).isEqualTo("VERSION_VERALTET");
        assertThat(veraltet.feld("detail"))
                .isEqualTo("Der Fall wurde inzwischen von fm.mueller geändert – bitte neu laden und die Eingabe prüfen.");
    }

    @Test
    void fehlerhafteEingabenWerdenMit400UndFeldAbgelehnt() {
        Antwort keinJson = mueller.postRoh("/api/faelle", "{person: kaputt").erwarte(400);
        assertThat(keinJson.feld("code")).isEqualTo("UNLESBARE_ANFRAGE");

        Map<String, Object> ohneNachname = new HashMap<>(neuerFall("x", "Innenstadt"));
        ohneNachname.put("person", Map.of("vorname", "Anna", "geburtsdatum", "1980-05-01"));
        Antwort fehlt = mueller.post("/api/faelle", ohneNachname).erwarte(400);
        assertThat(fehlt.feld("detail")).isEqualTo("Der Nachname fehlt.");
        assertThat(fehlt.json().path("fehler").get(0).path("feld").asText()).isEqualTo("person.nachname");

        Map<String, Object> falschesDatum = new HashMap<>(neuerFall("x", "Innenstadt"));
        falschesDatum.put("person", Map.of("vorname", "Anna", "nachname", "B", "geburtsdatum", "01.05.1980"));
        Antwort datum = mueller.post("/api/faelle", falschesDatum).erwarte(400);
        assertThat(datum.feld("detail")).contains("01.05.1980").contains("JJJJ-MM-TT");

        String fallId = fallEroeffnen(mueller, "Klein", "Innenstadt");
        Antwort ohneVersion = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("grund", "UMZUG")).erwarte(400);
        assertThat(ohneVersion.json().path("fehler").get(0).path("feld").asText()).isEqualTo("version");
        Antwort falscherGrund = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "LANGEWEILE"))
                .erwarte(400);
        assertThat(falscherGrund.feld("detail")).contains("LANGEWEILE").contains("ARBEITSAUFNAHME");
        Antwort ohneBemerkung = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "SONSTIGES"))
                .erwarte(400);
        assertThat(ohneBemerkung.json().path("fehler").get(0).path("feld").asText()).isEqualTo("bemerkung");

        assertThat(mueller.get("/api/faelle/keine-uuid").erwarte(400).feld("code")).isEqualTo("UNGUELTIGE_ANGABE");
    }

    @Test
    void eineVerletzteRegelWirdMit422UndCodeAbgelehnt() {
        String fallId = fallEroeffnen(mueller, "Richter", "Innenstadt");
        Antwort antwort = mueller.post("/api/faelle/" + fallId + "/vermittlungen", Map.of("version", 0, "partner", "JOBCENTER",
                "anlass", "Arbeitssuche", "einwilligungErteilt", false)).erwarte(422);
        assertThat(antwort.feld("code")).isEqualTo("EINWILLIGUNG_FEHLT");
        assertThat(antwort.feld("detail")).startsWith("Ohne Einwilligung der Person dürfen keine Sozialdaten an Jobcenter");
        assertThat(antwort.feld("title")).isEqualTo("Fachliche Regel verletzt");
    }

    @Test
    void einUnbekannterFallIst404() {
        String unbekannt = "/api/faelle/00000000-0000-0000-0000-000000000000";
        assertThat(mueller.get(unbekannt).erwarte(404).feld("code")).isEqualTo("FALL_UNBEKANNT");
        mueller.post(unbekannt + "/abschluss", Map.of("version", 0, "grund", "UMZUG")).erwarte(404);
    }

    @Test
    void gleichzeitigEroeffneteFaelleBekommenVerschiedeneAktenzeichen() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Antwort>> auftraege = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                auftraege.add(pool.submit(() -> mueller.post("/api/faelle", neuerFall("Parallel", "Innenstadt"))));
            }
            List<String> aktenzeichen = new ArrayList<>();
            for (Future<Antwort> auftrag : auftraege) {
                aktenzeichen.add(auftrag.get().erwarte(201).feld("aktenzeichen"));
            }
            Set<String> verschieden = aktenzeichen.stream().collect(Collectors.toSet());
            assertThat(verschieden).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
    }
}

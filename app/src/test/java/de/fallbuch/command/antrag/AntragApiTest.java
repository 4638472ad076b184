package de.fallbuch.command.antrag;

import static de.fallbuch.app.Testdaten.antragStellen;
import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.common.Metadaten;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Antrag through its REST API against PostgreSQL: its acts, the rules across aggregates, deadlines, access. */
class AntragApiTest extends IntegrationTest {

    @Autowired
    private EventStore ereignisse;
    @Autowired
    private JdbcClient jdbc;

    private Api mueller;
    private LocalDate heute;

    @BeforeEach
    void anmelden() {
        mueller = als("fm.mueller");
        heute = uhr.heute();
    }

    @Test
    void einAntragWirdGestelltUndErscheintMitSeinenFristenInDerAnsicht() {
        String fallId = fallEroeffnen(mueller, "Antragsteller", "Innenstadt");
        Antwort gestellt = mueller.post("/api/antraege", neuerAntrag(fallId, "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG", heute)).erwarte(201);
        String antragId = gestellt.feld("antragId");
        assertThat(gestellt.version()).isZero();
        assertThat(gestellt.kopf().firstValue("Location")).contains("/api/antraege/" + antragId);

        Antwort antrag = mueller.warteAuf("/api/antraege/" + antragId, a -> a.status() == 200);
        assertThat(antrag.feld("status")).isEqualTo("IN_BEARBEITUNG");
        assertThat(antrag.feld("fallId")).isEqualTo(fallId);
        assertThat(antrag.feld("dienststelle")).isEqualTo("Innenstadt");
        assertThat(antrag.feld("aktenzeichen")).matches("50-\\d{4}-\\d{6}");
        assertThat(antrag.feld("leistungsbeginn")).isEqualTo(heute.withDayOfMonth(1).toString());
        assertThat(antrag.json().path("fristen").get(0).path("art").asText()).isEqualTo("UNTAETIGKEIT_ANTRAG");
        assertThat(antrag.json().path("fristen").get(0).path("datum").asText())
                .isEqualTo(Fristenrechner.untaetigkeitsfristEndeAntrag(heute).toString());
    }

    @Test
    void keinAntragFuerEinenUnbekanntenOderAbgeschlossenenFall() {
        Antwort unbekannt = mueller.post("/api/antraege", neuerAntrag(UUID.randomUUID().toString(), "WOHNGELD", heute)).erwarte(422);
        assertThat(unbekannt.feld("code")).isEqualTo("FALL_UNBEKANNT");

        String fallId = fallEroeffnen(mueller, "Abgeschlossen", "Innenstadt");
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "UMZUG")).erwarte(200);
        Antwort abgeschlossen = mueller.post("/api/antraege", neuerAntrag(fallId, "WOHNGELD", heute)).erwarte(422);
        assertThat(abgeschlossen.feld("code")).isEqualTo("FALL_ABGESCHLOSSEN");
        assertThat(abgeschlossen.feld("detail"))
                .isEqualTo("Der Fall ist abgeschlossen. Ein neuer Antrag kann erst nach der Wiederaufnahme des Falls erfasst werden.");
        assertThat(jdbc.sql("SELECT count(*) FROM antrag_register WHERE fall_id = :fall::uuid").param("fall", fallId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void sozialhilfeSetztMitDerKenntnisDesAmtsEinNichtFrueher() {
        String fallId = fallEroeffnen(mueller, "Kenntnis", "Innenstadt");
        String ohneKenntnis = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        Antwort zuFrueh = mueller.post(ohneKenntnis + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "bewilligungVon", heute.minusMonths(2).toString(), "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Regelbedarf"))
                .erwarte(422);
        assertThat(zuFrueh.feld("code")).isEqualTo("KENNTNISGRUNDSATZ");

        LocalDate kenntnis = heute.minusDays(20);
        String mitKenntnis = "/api/antraege/" + mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart",
                "HILFE_ZUM_LEBENSUNTERHALT", "eingangsdatum", heute.toString(), "kanal", "SCHRIFTLICH",
                "kenntnisAm", kenntnis.toString(), "kenntnisQuelle", "Mitteilung des Jobcenters")).erwarte(201).feld("antragId");
        assertThat(mueller.warteAuf(mitKenntnis, a -> a.status() == 200).feld("leistungsbeginn")).isEqualTo(kenntnis.toString());
        mueller.post(mitKenntnis + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "bewilligungVon", kenntnis.toString(), "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
        assertThat(mueller.warteAuf("/api/faelle/" + fallId + "/verlauf", a -> a.text().contains("Kenntnis des Amts seit")).text())
                .contains("Mitteilung des Jobcenters");

        // Grundsicherung needs an application: no earlier Kenntnis
        assertThat(mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG",
                "eingangsdatum", heute.toString(), "kanal", "SCHRIFTLICH", "kenntnisAm", kenntnis.toString(),
                "kenntnisQuelle", "Anruf")).erwarte(422).feld("code")).isEqualTo("KENNTNIS_NICHT_ANWENDBAR");
    }

    @Test
    void einFallMitLaufenderBewilligungKannErstNachIhrerAufhebungAbgeschlossenWerden() {
        String fallId = fallEroeffnen(mueller, "Laufend", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        Antwort bewilligt = mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300,
                "rechtsgrundlage", "§ 27a SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
        String bis = mueller.warteAuf(pfad, a -> a.version() == bewilligt.version()).json().path("entscheidung").path("bewilligungBis").asText();

        Antwort verweigert = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME"))
                .erwarte(422);
        assertThat(verweigert.feld("code")).isEqualTo("BEWILLIGUNG_LAEUFT");
        assertThat(verweigert.feld("detail")).startsWith("In diesem Fall läuft noch eine Bewilligung bis zum "
                + LocalDate.parse(bis).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ".");

        // revoked from tomorrow: it still runs today
        long v = mueller.post(pfad + "/anhoerung", Map.of("version", bewilligt.version(), "anlass", "Arbeitsaufnahme",
                "frist", heute.plusDays(14).toString())).erwarte(201).version();
        v = mueller.post(pfad + "/anhoerung/stellungnahme", Map.of("version", v, "stellungnahme", "Stimmt.")).erwarte(200).version();
        mueller.post(pfad + "/aufhebung", Map.of("version", v, "aufgehobenAb", heute.plusDays(1).toString(),
                "rechtsgrundlage", "§ 48 SGB X", "begruendung", "Einkommen")).erwarte(201);
        assertThat(mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME"))
                .erwarte(422).feld("detail")).startsWith("In diesem Fall läuft noch eine Bewilligung bis zum "
                        + heute.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ".");
        // the next day it has ended
        uhr.umTageVorstellen(1);
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME")).erwarte(200);
    }

    @Test
    void einFallMitUnentschiedenenAntraegenKannErstNachIhrerEntscheidungAbgeschlossenWerden() {
        String fallId = fallEroeffnen(mueller, "Zweiantraege", "Innenstadt");
        String abgelehnt = antragStellen(mueller, fallId, heute);
        String zurueckgenommen = antragStellen(mueller, fallId, heute);

        Antwort verweigert = mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME"))
                .erwarte(422);
        assertThat(verweigert.feld("code")).isEqualTo("FALL_HAT_UNENTSCHIEDENE_ANTRAEGE");
        assertThat(verweigert.feld("detail")).isEqualTo("Über 2 Anträge in diesem Fall ist noch nicht entschieden. "
                + "Ein Fall mit unentschiedenen Anträgen kann nicht abgeschlossen werden.");

        mueller.post("/api/antraege/" + abgelehnt + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Einkommen deckt den Bedarf")).erwarte(201);
        assertThat(mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME"))
                .erwarte(422).feld("detail")).startsWith("Über einen Antrag in diesem Fall ist noch nicht entschieden.");

        mueller.post("/api/antraege/" + zurueckgenommen + "/ruecknahme", Map.of("version", 0, "erklaerung", "Arbeit gefunden"))
                .erwarte(200);
        mueller.post("/api/faelle/" + fallId + "/abschluss", Map.of("version", 0, "grund", "ARBEITSAUFNAHME")).erwarte(200);
    }

    @Test
    void gleichzeitigesAbschliessenUndNeuerAntragLassenNieEinenUnentschiedenenAntragImAbgeschlossenenFall() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int runde = 0; runde < 5; runde++) {
                String fallId = fallEroeffnen(mueller, "Gleichzeitig", "Innenstadt");
                Future<Antwort> abschluss = pool.submit(() -> mueller.post("/api/faelle/" + fallId + "/abschluss",
                        Map.of("version", 0, "grund", "UMZUG")));
                List<Future<Antwort>> antraege = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    antraege.add(pool.submit(() -> mueller.post("/api/antraege", neuerAntrag(fallId, "WOHNGELD", heute))));
                }
                int abgeschlossen = abschluss.get().status();
                long gestellt = 0;
                for (Future<Antwort> antrag : antraege) {
                    Antwort antwort = antrag.get();
                    assertThat(antwort.status()).as(antwort.text()).isIn(201, 422);
                    gestellt += antwort.status() == 201 ? 1 : 0;
                }
                assertThat(abgeschlossen).isIn(200, 422);
                assertThat(abgeschlossen == 200 && gestellt > 0).as("Fall abgeschlossen und trotzdem %d neue Anträge", gestellt).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eineBewilligungUeberDerGrenzeGibtNurDieSachgebietsleitungFreiUndNieWerEntschiedenHat() {
        Api schmidt = als("sgl.schmidt");
        String fallId = fallEroeffnen(mueller, "Vieraugen", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        Antwort bewilligt = schmidt.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 180_000,
                "rechtsgrundlage", "§§ 61 ff. SGB XII", "begruendung", "Pflegegrad 4, ambulante Pflege")).erwarte(201);
        assertThat(bewilligt.feld("entscheidungId")).isNotBlank();

        Antwort ohneFreigabe = mueller.post(pfad + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString(),
                "mitRechtsbehelfsbelehrung", true)).erwarte(422);
        assertThat(ohneFreigabe.feld("code")).isEqualTo("FREIGABE_AUSSTEHEND");
        assertThat(ohneFreigabe.feld("detail")).startsWith("Die Bewilligung über 1.800,00 € monatlich liegt über der Freigabegrenze");

        Antwort fallmanagerin = mueller.post(pfad + "/freigabe", Map.of("version", 1)).erwarte(403);
        assertThat(fallmanagerin.feld("code")).isEqualTo("NUR_SACHGEBIETSLEITUNG");
        Antwort selbst = schmidt.post(pfad + "/freigabe", Map.of("version", 1)).erwarte(422);
        assertThat(selbst.feld("code")).isEqualTo("VIER_AUGEN_PRINZIP");
        assertThat(selbst.feld("detail"))
                .isEqualTo("Sie haben diese Bewilligung selbst entschieden. Freigeben muss sie eine andere Person (Vier-Augen-Prinzip).");

        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == 1);
        assertThat(antrag.feld("status")).isEqualTo("FREIGABE_AUSSTEHEND");
        assertThat(antrag.json().path("entscheidung").path("entschiedenVon").asText()).isEqualTo("sgl.schmidt");
        assertThat(antrag.json().path("entscheidung").path("freigabeErforderlich").asBoolean()).isTrue();
    }

    @Test
    void wennDieMitwirkungsfristVerstreichtHaeltDasSystemEsFestUndDieVersagungWirdMoeglich() {
        String fallId = fallEroeffnen(mueller, "Fristablauf", "Innenstadt");
        String antragId = antragStellen(mueller, fallId, heute);
        String pfad = "/api/antraege/" + antragId;
        LocalDate frist = heute.plusDays(14);
        mueller.post(pfad + "/unterlagen-anforderung", Map.of("version", 0, "unterlagen", List.of("Kontoauszüge", "Mietvertrag"),
                "frist", frist.toString())).erwarte(201);

        Antwort zuFrueh = mueller.post(pfad + "/versagung", Map.of("version", 1, "begruendung", "keine Unterlagen")).erwarte(422);
        assertThat(zuFrueh.feld("code")).isEqualTo("MITWIRKUNGSFRIST_LAEUFT");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time = :ablauf")
                .param("ablauf", Fristenrechner.ablauf(frist, uhr.getZone()).atOffset(ZoneOffset.UTC))
                .query(Long.class).single()).isPositive();

        uhr.umTageVorstellen(15);
        DomainEventMessage<?> abgelaufen = warteAufEreignis(antragId, MitwirkungsfristAbgelaufen.class);
        assertThat(((MitwirkungsfristAbgelaufen) abgelaufen.getPayload()).frist()).isEqualTo(frist);
        assertThat(abgelaufen.getMetaData()).containsEntry(Metadaten.BENUTZER, "system").containsEntry(Metadaten.ROLLE, "SYSTEM");

        Antwort versagt = mueller.post(pfad + "/versagung", Map.of("version", 2, "begruendung",
                "Kontoauszüge und Mietvertrag trotz Belehrung nicht vorgelegt")).erwarte(201);
        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == versagt.version());
        assertThat(antrag.feld("status")).isEqualTo("ENTSCHIEDEN");
        assertThat(antrag.json().path("entscheidung").path("art").asText()).isEqualTo("VERSAGUNG");
        assertThat(antrag.json().path("entscheidung").path("rechtsgrundlage").asText()).isEqualTo("§ 66 Abs. 1 SGB I");
        assertThat(antrag.json().path("mitwirkung").path("fristAbgelaufen").asBoolean()).isTrue();
    }

    @Test
    void nachAnhoerungUndStellungnahmeWirdDieBewilligungAufgehoben() {
        String fallId = fallEroeffnen(mueller, "Aufhebung", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        long v = mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300, "rechtsgrundlage",
                "§ 27a SGB XII", "begruendung", "Regelbedarf und Kosten der Unterkunft")).erwarte(201).version();
        Antwort ohneAnhoerung = mueller.post(pfad + "/aufhebung", Map.of("version", v, "aufgehobenAb", heute.plusMonths(1).toString(),
                "rechtsgrundlage", "§ 48 SGB X", "begruendung", "Einkommen")).erwarte(422);
        assertThat(ohneAnhoerung.feld("code")).isEqualTo("ANHOERUNG_FEHLT");

        v = mueller.post(pfad + "/anhoerung", Map.of("version", v, "anlass", "Erwerbseinkommen ab nächstem Monat",
                "frist", heute.plusDays(14).toString())).erwarte(201).version();
        v = mueller.post(pfad + "/anhoerung/stellungnahme", Map.of("version", v, "stellungnahme", "Die Stelle beginnt später."))
                .erwarte(200).version();
        Antwort aufgehoben = mueller.post(pfad + "/aufhebung", Map.of("version", v, "aufgehobenAb", heute.plusMonths(1).toString(),
                "rechtsgrundlage", "§ 48 Abs. 1 Satz 2 Nr. 3 SGB X", "begruendung", "Erwerbseinkommen deckt den Bedarf")).erwarte(201);

        long letzte = aufgehoben.version();
        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == letzte);
        assertThat(antrag.json().path("entscheidung").path("art").asText()).isEqualTo("AUFHEBUNG");
        assertThat(antrag.json().path("entscheidung").path("aufgehobenAb").asText()).isEqualTo(heute.plusMonths(1).toString());
        assertThat(antrag.json().path("anhoerung").path("stellungnahmeAm").asText()).isEqualTo(heute.toString());
    }

    @Test
    void derWiderspruchFuehrtZurAbhilfeUndDieNeueEntscheidungErsetztDieAlte() {
        String fallId = fallEroeffnen(mueller, "Abhilfe", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        String abgelehnt = mueller.post(pfad + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "§ 19 Abs. 1 SGB XII",
                "begruendung", "Vermögen über dem Schonbetrag")).erwarte(201).feld("entscheidungId");
        mueller.post(pfad + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString(), "mitRechtsbehelfsbelehrung", true))
                .erwarte(200);
        Antwort widerspruch = mueller.post(pfad + "/widerspruch", Map.of("version", 2, "begruendung", "Das Auto ist geschont"))
                .erwarte(201);
        assertThat(widerspruch.feld("widerspruchId")).isNotBlank();
        Antwort abhilfe = mueller.post(pfad + "/abhilfe", Map.of("version", 3, "betragMonatlichCent", 56_300, "rechtsgrundlage",
                "§ 27a SGB XII", "begruendung", "Kfz ist Schonvermögen (§ 90 Abs. 2 Nr. 2 SGB XII)")).erwarte(201);

        long letzte = abhilfe.version();
        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == letzte);
        assertThat(antrag.feld("status")).isEqualTo("ENTSCHIEDEN");
        assertThat(antrag.json().path("entscheidung").path("art").asText()).isEqualTo("BEWILLIGUNG");
        assertThat(antrag.json().path("entscheidung").path("entscheidungId").asText()).isEqualTo(abhilfe.feld("entscheidungId"));
        assertThat(antrag.json().path("entscheidung").path("ersetztEntscheidungId").asText()).isEqualTo(abgelehnt);
        assertThat(antrag.json().path("widerspruch").path("ergebnis").asText()).isEqualTo("ABGEHOLFEN");
        assertThat(antrag.json().path("widerspruch").path("rechtzeitig").asBoolean()).isTrue();
    }

    @Test
    void zugriffWieBeimFallVeralteteVersion409UnbekannterAntrag404() {
        String fallId = fallEroeffnen(mueller, "Zugriff", "Innenstadt");
        String pfad = "/api/antraege/" + antragStellen(mueller, fallId, heute);
        mueller.warteAuf(pfad, a -> a.status() == 200);

        Api yilmaz = als("fm.yilmaz");
        assertThat(yilmaz.get(pfad).erwarte(403).feld("code")).isEqualTo("FREMDE_DIENSTSTELLE");
        assertThat(yilmaz.post(pfad + "/ablehnung", Map.of("version", 0, "rechtsgrundlage", "x", "begruendung", "y"))
                .erwarte(403).feld("code")).isEqualTo("KEIN_SCHREIBZUGRIFF");
        assertThat(yilmaz.post("/api/antraege", neuerAntrag(fallId, "WOHNGELD", heute)).erwarte(403).feld("code"))
                .isEqualTo("KEIN_SCHREIBZUGRIFF");

        Api weber = als("rp.weber");
        assertThat(weber.get(pfad).erwarte(200).feld("status")).isEqualTo("IN_BEARBEITUNG");
        assertThat(weber.post(pfad + "/ruecknahme", Map.of("version", 0)).erwarte(403).feld("detail"))
                .isEqualTo("In Ihrer Rolle Rechtsprüfung können Sie Anträge nicht bearbeiten.");
        Antwort revision = als("rev.koch").get(pfad).erwarte(403);
        assertThat(revision.feld("code")).isEqualTo("KEINE_PERSONENDATEN");

        mueller.post(pfad + "/unterlagen-anforderung", Map.of("version", 0, "unterlagen", List.of("Mietvertrag"),
                "frist", heute.plusDays(14).toString())).erwarte(201);
        Antwort veraltet = als("sgl.schmidt").post(pfad + "/ruecknahme", Map.of("version", 0)).erwarte(409);
        assertThat(veraltet.feld("code")).isEqualTo("VERSION_VERALTET");
        assertThat(veraltet.feld("detail"))
                .isEqualTo("Der Antrag wurde inzwischen von fm.mueller geändert – bitte neu laden und die Eingabe prüfen.");

        String unbekannt = "/api/antraege/" + UUID.randomUUID();
        assertThat(mueller.get(unbekannt).erwarte(404).feld("code")).isEqualTo("ANTRAG_UNBEKANNT");
        assertThat(mueller.post(unbekannt + "/ruecknahme", Map.of("version", 0)).erwarte(404).feld("code")).isEqualTo("ANTRAG_UNBEKANNT");
        Antwort ohneVersion = mueller.post(pfad + "/ruecknahme", Map.of()).erwarte(400);
        assertThat(ohneVersion.json().path("fehler").get(0).path("feld").asText()).isEqualTo("version");
        Antwort falscheArt = mueller.post("/api/antraege", Map.of("fallId", fallId, "leistungsart", "TASCHENGELD",
                "eingangsdatum", heute.toString(), "kanal", "SCHRIFTLICH")).erwarte(400);
        assertThat(falscheArt.feld("detail")).contains("TASCHENGELD").contains("GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG");
    }

    @Test
    void wasDerDienstSelbstErfasstMachtDieEingabeNichtVeraltetEineFremdeAenderungSchon() {
        String fallId = fallEroeffnen(mueller, "Bestandskraft", "Innenstadt");
        String antragId = antragStellen(mueller, fallId, heute);
        String pfad = "/api/antraege/" + antragId;
        mueller.post(pfad + "/bewilligung", Map.of("version", 0, "betragMonatlichCent", 56_300, "rechtsgrundlage",
                "§ 27a SGB XII", "begruendung", "Regelbedarf")).erwarte(201);
        long gelesen = mueller.post(pfad + "/bescheid", Map.of("version", 1, "aufgabeZurPostAm", heute.toString(),
                "mitRechtsbehelfsbelehrung", true)).erwarte(200).version();

        // a month and more later the decision became final: recorded by the system, not by a person
        uhr.umTageVorstellen(40);
        DomainEventMessage<?> bestandskraft = warteAufEreignis(antragId, EntscheidungBestandskraeftig.class);
        assertThat(bestandskraft.getSequenceNumber()).isEqualTo(gelesen + 1);
        assertThat(bestandskraft.getMetaData().get(Metadaten.BENUTZER)).isEqualTo("system");

        // the caseworker comes back with the version read before: no 409 for what nobody decided
        long angehoert = mueller.post(pfad + "/anhoerung", Map.of("version", gelesen, "anlass", "Erwerbseinkommen ab nächstem Monat",
                "frist", uhr.heute().plusDays(14).toString())).erwarte(201).version();
        assertThat(angehoert).isEqualTo(gelesen + 2);
        // a colleague's act in between still makes an old version stale
        Antwort veraltet = als("sgl.schmidt").post(pfad + "/anhoerung/stellungnahme", Map.of("version", gelesen,
                "stellungnahme", "Die Stelle beginnt später.")).erwarte(409);
        assertThat(veraltet.feld("detail")).isEqualTo("Der Antrag wurde inzwischen von fm.mueller geändert – bitte neu laden und die Eingabe prüfen.");
    }

    private DomainEventMessage<?> warteAufEreignis(String antragId, Class<?> art) {
        DomainEventMessage<?>[] gefunden = new DomainEventMessage<?>[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            gefunden[0] = ereignisse.readEvents(antragId).asStream()
                    .filter(e -> art.isInstance(e.getPayload())).findFirst().orElse(null);
            return gefunden[0] != null;
        });
        return gefunden[0];
    }
}

package de.fallbuch.command.antrag;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static de.fallbuch.app.Testdaten.neuerAntrag;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.Api.Antwort;
import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.common.Metadaten;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One Antrag from receipt to a Widerspruchsbescheid, driven through REST as the office would, and
 * then read back from the event store: every step is there, with who did it and when.
 */
class AntragReiseTest extends IntegrationTest {

    @Autowired
    private EventStore ereignisse;

    @Test
    void vomAntragBisZumWiderspruchsbescheidStehtJederSchrittMitWerUndWannImEventStore() {
        Instant beginn = Instant.now();
        Api mueller = als("fm.mueller").mitKopfzeile("X-Correlation-Id", "reise-mueller");
        Api schmidt = als("sgl.schmidt").mitKopfzeile("X-Correlation-Id", "reise-schmidt");
        LocalDate heute = uhr.heute();

        // Fall → Antrag
        String fallId = fallEroeffnen(mueller, "Reisende", "Innenstadt");
        Antwort gestellt = mueller.post("/api/antraege", neuerAntrag(fallId, "HILFE_ZUM_LEBENSUNTERHALT", heute)).erwarte(201);
        String antragId = gestellt.feld("antragId");
        String pfad = "/api/antraege/" + antragId;

        // Unterlagen angefordert → eingegangen
        long v = mueller.post(pfad + "/unterlagen-anforderung", Map.of("version", gestellt.version(),
                "unterlagen", List.of("Kontoauszüge der letzten drei Monate", "Mietvertrag"), "frist", heute.plusDays(14).toString()))
                .erwarte(201).version();
        v = mueller.post(pfad + "/unterlagen-eingang", Map.of("version", v, "bemerkung", "vollständig")).erwarte(200).version();

        // Bewilligung über der Freigabegrenze: die Entscheiderin kann nicht selbst freigeben
        Antwort bewilligt = mueller.post(pfad + "/bewilligung", Map.of("version", v, "betragMonatlichCent", 125_000,
                "rechtsgrundlage", "§§ 27 ff. SGB XII", "begruendung", "Regelbedarf, Mehrbedarf und Kosten der Unterkunft")).erwarte(201);
        v = bewilligt.version();
        Antwort selbst = mueller.post(pfad + "/freigabe", Map.of("version", v)).erwarte(422);
        assertThat(selbst.feld("code")).isEqualTo("VIER_AUGEN_PRINZIP");
        assertThat(mueller.post(pfad + "/bescheid", Map.of("version", v, "aufgabeZurPostAm", heute.toString(),
                "mitRechtsbehelfsbelehrung", true)).erwarte(422).feld("code")).isEqualTo("FREIGABE_AUSSTEHEND");

        // Freigabe durch eine andere Person → Bescheid
        v = schmidt.post(pfad + "/freigabe", Map.of("version", v, "vermerk", "Bedarf geprüft")).erwarte(200).version();
        v = mueller.post(pfad + "/bescheid", Map.of("version", v, "aufgabeZurPostAm", heute.toString(),
                "mitRechtsbehelfsbelehrung", true)).erwarte(200).version();

        // Die Widerspruchsfrist verstreicht: die Entscheidung wird bestandskräftig
        LocalDate fristEnde = Fristenrechner.widerspruchsfristEnde(Fristenrechner.bekanntgabe(heute), true);
        uhr.umTageVorstellen(ChronoUnit.DAYS.between(heute, fristEnde) + 3);
        long bestandskraeftig = v + 1;
        Antwort nachFrist = mueller.warteAuf(pfad, a -> a.version() == bestandskraeftig);
        assertThat(nachFrist.feld("status")).isEqualTo("BESTANDSKRAEFTIG");
        v = bestandskraeftig;

        // Ein verspäteter Widerspruch wird festgehalten – als verspätet – und zurückgewiesen
        Antwort widerspruch = mueller.post(pfad + "/widerspruch", Map.of("version", v, "begruendung", "Mehrbedarf fehlt"))
                .erwarte(201);
        v = widerspruch.version();
        v = schmidt.post(pfad + "/zurueckweisung", Map.of("version", v, "rechtsgrundlage", "§ 84 Abs. 1 SGG",
                "begruendung", "Der Widerspruch ist nach Ablauf der Widerspruchsfrist eingegangen.")).erwarte(200).version();
        long letzte = v;
        Antwort antrag = mueller.warteAuf(pfad, a -> a.version() == letzte);
        assertThat(antrag.feld("status")).isEqualTo("BESTANDSKRAEFTIG");
        assertThat(antrag.json().path("widerspruch").path("rechtzeitig").asBoolean()).isFalse();
        assertThat(antrag.json().path("widerspruch").path("ergebnis").asText()).isEqualTo("ZURUECKGEWIESEN");
        Instant ende = Instant.now();

        // Der Event Store zeigt jeden Schritt: was, wer, wann
        List<? extends DomainEventMessage<?>> schritte = ereignisse.readEvents(antragId).asStream().toList();
        assertThat(schritte).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "AntragGestellt", "UnterlagenAngefordert", "UnterlagenEingegangen", "AntragBewilligt", "BewilligungFreigegeben",
                "BescheidBekanntgegeben", "EntscheidungBestandskraeftig", "WiderspruchEingelegt", "WiderspruchZurueckgewiesen");
        assertThat(schritte).extracting(e -> e.getMetaData().get(Metadaten.BENUTZER)).containsExactly(
                "fm.mueller", "fm.mueller", "fm.mueller", "fm.mueller", "sgl.schmidt",
                "fm.mueller", "system", "fm.mueller", "sgl.schmidt");
        assertThat(schritte).extracting(e -> e.getMetaData().get(Metadaten.ROLLE)).containsExactly(
                "FALLMANAGER", "FALLMANAGER", "FALLMANAGER", "FALLMANAGER", "SACHGEBIETSLEITUNG",
                "FALLMANAGER", "SYSTEM", "FALLMANAGER", "SACHGEBIETSLEITUNG");
        assertThat(schritte).extracting(e -> e.getMetaData().get(Metadaten.KORRELATIONS_ID)).containsExactly(
                "reise-mueller", "reise-mueller", "reise-mueller", "reise-mueller", "reise-schmidt",
                // the deadline was set by the request that posted the notice
                "reise-mueller", "reise-mueller", "reise-mueller", "reise-schmidt");
        for (int i = 0; i < schritte.size(); i++) {
            assertThat(schritte.get(i).getSequenceNumber()).isEqualTo(i);
            assertThat(schritte.get(i).getTimestamp()).isBetween(beginn, ende);
            if (i > 0) {
                assertThat(schritte.get(i).getTimestamp()).isAfterOrEqualTo(schritte.get(i - 1).getTimestamp());
            }
        }

        // … and the decision record is self-contained: who decided, who approved, on which dates
        AntragGestellt eingang = (AntragGestellt) schritte.get(0).getPayload();
        assertThat(eingang.eingangsdatum()).isEqualTo(heute);
        assertThat(((UnterlagenAngefordert) schritte.get(1).getPayload()).rechtsfolgenbelehrung()).contains("§§ 60, 66 Abs. 1 und 3 SGB I");
        assertThat(((UnterlagenEingegangen) schritte.get(2).getPayload()).nachFristablauf()).isFalse();
        AntragBewilligt bewilligung = (AntragBewilligt) schritte.get(3).getPayload();
        assertThat(bewilligung.entschiedenVon()).isEqualTo("fm.mueller");
        assertThat(bewilligung.betragMonatlichCent()).isEqualTo(125_000);
        assertThat(bewilligung.freigabeErforderlich()).isTrue();
        assertThat(bewilligung.entscheidungId().toString()).isEqualTo(bewilligt.feld("entscheidungId"));
        BewilligungFreigegeben freigabe = (BewilligungFreigegeben) schritte.get(4).getPayload();
        assertThat(freigabe.freigegebenVon()).isEqualTo("sgl.schmidt");
        assertThat(freigabe.entscheidungId()).isEqualTo(bewilligung.entscheidungId());
        BescheidBekanntgegeben bescheid = (BescheidBekanntgegeben) schritte.get(5).getPayload();
        assertThat(bescheid.bekanntgabeAm()).isEqualTo(heute.plusDays(4));
        assertThat(bescheid.widerspruchsfristEnde()).isEqualTo(fristEnde);
        EntscheidungBestandskraeftig bestandskraft = (EntscheidungBestandskraeftig) schritte.get(6).getPayload();
        assertThat(bestandskraft.bestandskraeftigAm()).isEqualTo(fristEnde.plusDays(1));
        WiderspruchEingelegt spaet = (WiderspruchEingelegt) schritte.get(7).getPayload();
        assertThat(spaet.rechtzeitig()).isFalse();
        assertThat(spaet.eingegangenAm()).isEqualTo(fristEnde.plusDays(3));
        WiderspruchZurueckgewiesen bescheidWiderspruch = (WiderspruchZurueckgewiesen) schritte.get(8).getPayload();
        assertThat(bescheidWiderspruch.verfristet()).isTrue();
        assertThat(bescheidWiderspruch.entschiedenVon()).isEqualTo("sgl.schmidt");
        assertThat(bescheidWiderspruch.entscheidungId()).isEqualTo(bewilligung.entscheidungId());
    }
}

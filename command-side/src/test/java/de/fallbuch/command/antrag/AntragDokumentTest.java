package de.fallbuch.command.antrag;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Dokumentart;
import de.fallbuch.kernel.common.Dokumentnachweis;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every act that issues a document asks for it before its event is applied and records the proof in
 * the event; the Rechtsbehelfsbelehrung at Bekanntgabe follows from the document; a proof outside the declared
 * limits, or a document that cannot be made, stops the act.
 */
class AntragDokumentTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate HEUTE = LocalDate.of(2026, 3, 2);
    private static final Instant JETZT = ZonedDateTime.of(HEUTE.atTime(9, 30), BERLIN).toInstant();
    private static final LocalDate EINGANG = LocalDate.of(2026, 2, 16);
    private static final LocalDate FRIST = LocalDate.of(2026, 3, 16);
    private static final Map<String, ?> ALS_MUELLER = Map.of(Metadaten.BENUTZER, "fm.mueller");
    private static final String SHA = "a".repeat(64);
    private static final String VORLAGE = "b".repeat(64);

    private final UUID antragId = UUID.randomUUID();
    private final UUID fallId = UUID.randomUUID();
    private final UUID entscheidungId = UUID.randomUUID();
    private final UUID neueEntscheidungId = UUID.randomUUID();
    private final UUID anforderungId = UUID.randomUUID();
    private final UUID widerspruchId = UUID.randomUUID();
    private final UUID anhoerungId = UUID.randomUUID();
    private AggregateTestFixture<Antrag> fixture;
    /** What the aggregate asked for, in order. */
    private final List<Dokumentart> bestellt = new ArrayList<>();
    private final List<AntragEreignis> akte = new ArrayList<>();
    /** What the fake document service answers: a proof with this hash, or an exception. */
    private String sha256 = SHA;
    private RuntimeException ausfall;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Antrag.class);
        fixture.registerInjectableResource(Clock.fixed(JETZT, BERLIN));
        fixture.registerInjectableResource(new Freigabegrenze(100_000));
        fixture.registerInjectableResource(new Mindestfristen(14, 14));
        fixture.registerInjectableResource((Dokumentausfertigung) (art, dokumentId, akt) -> {
            if (ausfall != null) {
                throw ausfall;
            }
            bestellt.add(art);
            akte.add(akt);
            return nachweis(art, dokumentId);
        });
        fixture.registerInjectableResource(new FallAuskunft() {
            @Override
            public Optional<FallStatus> statusFuerNeuenAntrag(UUID id) {
                return Optional.of(FallStatus.OFFEN);
            }

            @Override
            public Optional<Altersgruppe> altersgruppeAm(UUID id, LocalDate tag) {
                return Optional.empty();
            }
        });
    }

    private Dokumentnachweis nachweis(Dokumentart art, UUID dokumentId) {
        return new Dokumentnachweis(dokumentId, art, sha256, VORLAGE, 7, art.rechtsbehelf() != Dokumentart.Rechtsbehelf.KEINER);
    }

    private AntragGestellt gestellt() {
        return new AntragGestellt(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH, EINGANG,
                Altersgruppe.VON_18_BIS_UNTER_65, null, null);
    }

    private AntragBewilligt bewilligt(Dokumentnachweis dokument) {
        return new AntragBewilligt(antragId, entscheidungId, 56_300, EINGANG, LocalDate.of(2027, 2, 15), "§ 27a SGB XII",
                "Bedarf nachgewiesen", HEUTE, "fm.mueller", false, null, dokument);
    }

    private AntragAbgelehnt abgelehnt() {
        return new AntragAbgelehnt(antragId, entscheidungId, "§ 19 Abs. 1 SGB XII", "Einkommen deckt den Bedarf", HEUTE, "fm.mueller",
                null, nachweis(Dokumentart.ABLEHNUNGSBESCHEID, entscheidungId));
    }

    private BescheidBekanntgegeben bekanntgegeben() {
        return new BescheidBekanntgegeben(antragId, entscheidungId, HEUTE, true, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 4, 7));
    }

    private WiderspruchEingelegt widerspruch() {
        return new WiderspruchEingelegt(antragId, widerspruchId, entscheidungId, HEUTE, "Miete zu niedrig", LocalDate.of(2026, 4, 7), true);
    }

    @Test
    void dieBewilligungTraegtDenNachweisIhresBescheids() {
        fixture.given(gestellt())
                .when(new AntragBewilligen(antragId, 0L, entscheidungId, 56_300L, EINGANG, LocalDate.of(2027, 2, 15), "§ 27a SGB XII",
                        "Bedarf nachgewiesen"), ALS_MUELLER)
                .expectEvents(bewilligt(nachweis(Dokumentart.BEWILLIGUNGSBESCHEID, entscheidungId)));
        assertThat(bestellt).containsExactly(Dokumentart.BEWILLIGUNGSBESCHEID);
        // The document is rendered from the act as it will be recorded (without its own proof).
        assertThat(akte.get(0)).isEqualTo(bewilligt(null));
    }

    @Test
    void dieAblehnungTraegtDenNachweisIhresBescheids() {
        fixture.given(gestellt())
                .when(new AntragAblehnen(antragId, 0L, entscheidungId, "§ 19 Abs. 1 SGB XII", "Einkommen deckt den Bedarf"), ALS_MUELLER)
                .expectEvents(abgelehnt());
    }

    @Test
    void dieVersagungTraegtDenNachweisIhresBescheidsUndDieAnforderungDenDerMitwirkungsaufforderung() {
        UnterlagenAngefordert angefordert = new UnterlagenAngefordert(antragId, anforderungId, List.of("Kontoauszüge"), HEUTE, FRIST,
                Antrag.standardbelehrung(FRIST), nachweis(Dokumentart.MITWIRKUNGSAUFFORDERUNG, anforderungId));
        fixture.given(gestellt())
                .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Kontoauszüge"), FRIST, true, null), ALS_MUELLER)
                .expectEvents(angefordert);
        fixture.given(gestellt(), angefordert, new MitwirkungsfristAbgelaufen(antragId, anforderungId, FRIST))
                .when(new AntragVersagen(antragId, 2L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                .expectEvents(new AntragVersagt(antragId, entscheidungId, anforderungId, "§ 66 Abs. 1 SGB I", "nicht mitgewirkt", HEUTE,
                        "fm.mueller", null, nachweis(Dokumentart.VERSAGUNGSBESCHEID, entscheidungId)));
        assertThat(bestellt).containsExactly(Dokumentart.MITWIRKUNGSAUFFORDERUNG, Dokumentart.VERSAGUNGSBESCHEID);
    }

    @Test
    void anhoerungsschreibenUndAufhebungsbescheid() {
        AnhoerungEingeleitet eingeleitet = new AnhoerungEingeleitet(antragId, anhoerungId, entscheidungId, "Erwerbseinkommen", HEUTE,
                FRIST, nachweis(Dokumentart.ANHOERUNGSSCHREIBEN, anhoerungId));
        fixture.given(gestellt(), bewilligt(null), bekanntgegeben())
                .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Erwerbseinkommen", FRIST), ALS_MUELLER)
                .expectEvents(eingeleitet);
        fixture.given(gestellt(), bewilligt(null), bekanntgegeben(), eingeleitet,
                        new AnhoerungStellungnahmeEingegangen(antragId, anhoerungId, HEUTE, "Stimmt."))
                .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, LocalDate.of(2026, 4, 1), "§ 48 Abs. 1 SGB X",
                        "Einkommen deckt den Bedarf"), ALS_MUELLER)
                .expectEvents(new BewilligungAufgehoben(antragId, neueEntscheidungId, entscheidungId, anhoerungId, LocalDate.of(2026, 4, 1),
                        "§ 48 Abs. 1 SGB X", "Einkommen deckt den Bedarf", HEUTE, "fm.mueller",
                        nachweis(Dokumentart.AUFHEBUNGSBESCHEID, neueEntscheidungId)));
    }

    @Test
    void derAbhilfebescheidIstDasDokumentDerNeuenEntscheidungDerWiderspruchsbescheidDasDesWiderspruchs() {
        fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch())
                .when(new WiderspruchAbhelfen(antragId, 3L, neueEntscheidungId, 56_300L, EINGANG, LocalDate.of(2027, 2, 15),
                        "§ 27a SGB XII", "doch Bedarf"), ALS_MUELLER)
                .expectEvents(new WiderspruchAbgeholfen(antragId, widerspruchId, entscheidungId, neueEntscheidungId, "doch Bedarf", HEUTE,
                                "fm.mueller"),
                        new AntragBewilligt(antragId, neueEntscheidungId, 56_300, EINGANG, LocalDate.of(2027, 2, 15), "§ 27a SGB XII",
                                "doch Bedarf", HEUTE, "fm.mueller", false, entscheidungId,
                                nachweis(Dokumentart.ABHILFEBESCHEID, neueEntscheidungId)));
        fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch())
                .when(new WiderspruchZurueckweisen(antragId, 3L, null, "unbegründet"), ALS_MUELLER)
                .expectEvents(new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId, false, "§ 85 Abs. 2 SGG",
                        "unbegründet", HEUTE, "fm.mueller", nachweis(Dokumentart.WIDERSPRUCHSBESCHEID, widerspruchId)));
    }

    @Test
    void obDerBescheidEineRechtsbehelfsbelehrungTraegtFolgtAusSeinemDokument() {
        // The document has none (an office template without it): the year of § 66 Abs. 2 SGG, whatever the caller says.
        Dokumentnachweis ohneBelehrung = new Dokumentnachweis(entscheidungId, Dokumentart.BEWILLIGUNGSBESCHEID, SHA, VORLAGE, 7, false);
        fixture.given(gestellt(), bewilligt(ohneBelehrung))
                .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, true))
                .expectEvents(new BescheidBekanntgegeben(antragId, entscheidungId, HEUTE, false, LocalDate.of(2026, 3, 6),
                        LocalDate.of(2027, 3, 8)));
        // The document has one: no statement needed.
        fixture.given(gestellt(), bewilligt(nachweis(Dokumentart.BEWILLIGUNGSBESCHEID, entscheidungId)))
                .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, null))
                .expectEvents(bekanntgegeben());
    }

    @Test
    void eineEntscheidungVonVorDenDokumentenBrauchtWeiterDieAngabeZurBelehrung() {
        fixture.given(gestellt(), bewilligt(null))
                .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, null))
                .expectException(UngueltigeAngabe.class)
                .expectExceptionMessage("Bitte angeben, ob der Bescheid eine zutreffende Rechtsbehelfsbelehrung enthält.")
                .expectNoEvents();
    }

    @Test
    void einNachweisAusserhalbDerGrenzenHaeltDieEntscheidungAuf() {
        sha256 = "A".repeat(64);
        fixture.given(gestellt())
                .when(new AntragAblehnen(antragId, 0L, entscheidungId, "§ 19 Abs. 1 SGB XII", "kein Bedarf"), ALS_MUELLER)
                .expectException(UngueltigeAngabe.class)
                .expectExceptionMessage("Eine SHA-256-Prüfsumme besteht aus genau 64 Hexadezimalziffern (0–9, a–f).")
                .expectNoEvents();
    }

    @Test
    void ohneDokumentKeineEntscheidung() {
        ausfall = new IllegalStateException("Vorlage nicht lesbar");
        fixture.given(gestellt())
                .when(new AntragAblehnen(antragId, 0L, entscheidungId, "§ 19 Abs. 1 SGB XII", "kein Bedarf"), ALS_MUELLER)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }
}

package de.fallbuch.command.antrag;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.antrag.AnhoerungEingeleitet;
import de.fallbuch.kernel.antrag.AnhoerungEinleiten;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeEingegangen;
import de.fallbuch.kernel.antrag.AnhoerungStellungnahmeErfassen;
import de.fallbuch.kernel.antrag.AnhoerungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.AntragAbgelehnt;
import de.fallbuch.kernel.antrag.AntragAblehnen;
import de.fallbuch.kernel.antrag.AntragBewilligen;
import de.fallbuch.kernel.antrag.AntragBewilligt;
import de.fallbuch.kernel.antrag.AntragGestellt;
import de.fallbuch.kernel.antrag.AntragStellen;
import de.fallbuch.kernel.antrag.AntragVersagen;
import de.fallbuch.kernel.antrag.AntragVersagt;
import de.fallbuch.kernel.antrag.AntragZuruecknehmen;
import de.fallbuch.kernel.antrag.AntragZurueckgenommen;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.BescheidBekanntgeben;
import de.fallbuch.kernel.antrag.BescheidBekanntgegeben;
import de.fallbuch.kernel.antrag.BewilligungAufgehoben;
import de.fallbuch.kernel.antrag.BewilligungAufheben;
import de.fallbuch.kernel.antrag.BewilligungFreigeben;
import de.fallbuch.kernel.antrag.BewilligungFreigegeben;
import de.fallbuch.kernel.antrag.EntscheidungBestandskraeftig;
import de.fallbuch.kernel.antrag.MitwirkungsfristAbgelaufen;
import de.fallbuch.kernel.antrag.UnterlagenAnfordern;
import de.fallbuch.kernel.antrag.UnterlagenAngefordert;
import de.fallbuch.kernel.antrag.UnterlagenEingangErfassen;
import de.fallbuch.kernel.antrag.UnterlagenEingegangen;
import de.fallbuch.kernel.antrag.WiderspruchAbgeholfen;
import de.fallbuch.kernel.antrag.WiderspruchAbhelfen;
import de.fallbuch.kernel.antrag.WiderspruchEingelegt;
import de.fallbuch.kernel.antrag.WiderspruchEinlegen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckgewiesen;
import de.fallbuch.kernel.antrag.WiderspruchZurueckweisen;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.common.ZugriffVerweigert;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AntragTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate HEUTE = LocalDate.of(2026, 3, 2);
    private static final Instant JETZT = ZonedDateTime.of(HEUTE.atTime(9, 30), BERLIN).toInstant();
    private static final LocalDate EINGANG = LocalDate.of(2026, 2, 16);
    private static final LocalDate FRIST = LocalDate.of(2026, 3, 16);
    /** Midnight after the last day of FRIST, Central European Time. */
    private static final Instant FRIST_ABGELAUFEN = Instant.parse("2026-03-16T23:00:00Z");
    private static final String HLU = "§ 27a SGB XII";
    private static final Map<String, ?> ALS_MUELLER = Map.of(Metadaten.BENUTZER, "fm.mueller", Metadaten.ROLLE, "FALLMANAGER");
    private static final Map<String, ?> ALS_SCHMIDT = Map.of(Metadaten.BENUTZER, "sgl.schmidt", Metadaten.ROLLE, "SACHGEBIETSLEITUNG");
    private static final Map<String, ?> ALS_YILMAZ = Map.of(Metadaten.BENUTZER, "fm.yilmaz", Metadaten.ROLLE, "FALLMANAGER");

    private final UUID antragId = UUID.randomUUID();
    private final UUID fallId = UUID.randomUUID();
    private final UUID anforderungId = UUID.randomUUID();
    private final UUID entscheidungId = UUID.randomUUID();
    private final UUID neueEntscheidungId = UUID.randomUUID();
    private final UUID widerspruchId = UUID.randomUUID();
    private final UUID anhoerungId = UUID.randomUUID();
    private AggregateTestFixture<Antrag> fixture;
    /** What the write model's Fall register says about the Fall. */
    private Optional<FallStatus> fall = Optional.of(FallStatus.OFFEN);
    /** The person's birth date in the Fall's events (null: erased). */
    private LocalDate geburtsdatum = LocalDate.of(1980, 5, 1);

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Antrag.class);
        fixture.registerInjectableResource(Clock.fixed(JETZT, BERLIN));
        fixture.registerInjectableResource(new Freigabegrenze(100_000));
        fixture.registerInjectableResource(new Mindestfristen(14, 14));
        // Most rules are about the act; the document it is issued with is tested in AntragDokumentTest.
        fixture.registerInjectableResource((Dokumentausfertigung) (art, dokumentId, akt) -> null);
        fixture.registerInjectableResource(new FallAuskunft() {
            @Override
            public Optional<FallStatus> statusFuerNeuenAntrag(UUID id) {
                return id.equals(fallId) ? fall : Optional.empty();
            }

            @Override
            public Optional<Altersgruppe> altersgruppeAm(UUID id, LocalDate tag) {
                return id.equals(fallId) ? Altersgruppe.am(geburtsdatum, tag) : Optional.empty();
            }
        });
    }

    /** A refused access with this code. */
    private static Matcher<Object> zugriffMitCode(String code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "ZugriffVerweigert mit Code", "Code") {
            @Override
            protected String featureValueOf(Object verweigert) {
                return verweigert instanceof ZugriffVerweigert z ? z.code() : null;
            }
        };
    }

    /** A refusal of a domain rule with this code from the catalogue. */
    private static Matcher<Regelverstoss> hatCode(String code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "Regelverstoss mit Code", "Code") {
            @Override
            protected String featureValueOf(Regelverstoss verstoss) {
                return verstoss.code();
            }
        };
    }

    /** An event as the service records it by itself (deadlines, Bestandskraft): role SYSTEM in the metadata. */
    private GenericDomainEventMessage<Object> vomSystem(Object ereignis) {
        return new GenericDomainEventMessage<>("Antrag", antragId.toString(), 0, ereignis,
                MetaData.with(Metadaten.BENUTZER, "system").and(Metadaten.ROLLE, Rolle.SYSTEM.name()));
    }

    private AntragGestellt gestellt() {
        return new AntragGestellt(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH, EINGANG,
                Altersgruppe.VON_18_BIS_UNTER_65, null, null);
    }

    private UnterlagenAngefordert angefordert(boolean mitBelehrung) {
        return new UnterlagenAngefordert(antragId, anforderungId, List.of("Kontoauszüge der letzten drei Monate"), HEUTE, FRIST,
                mitBelehrung ? Antrag.standardbelehrung(FRIST) : null);
    }

    private AntragBewilligt bewilligt(long betrag, boolean freigabeErforderlich) {
        return new AntragBewilligt(antragId, entscheidungId, betrag, EINGANG, LocalDate.of(2027, 2, 15), HLU,
                "Bedarf nachgewiesen", HEUTE, "fm.mueller", freigabeErforderlich, null);
    }

    private AntragAbgelehnt abgelehnt() {
        return new AntragAbgelehnt(antragId, entscheidungId, "§ 19 Abs. 1 SGB XII", "Einkommen deckt den Bedarf", HEUTE, "fm.mueller", null);
    }

    /** Posted today (Monday 02.03.2026): delivered 06.03., one month → Ostermontag 06.04. → 07.04.2026. */
    private BescheidBekanntgegeben bekanntgegeben() {
        return new BescheidBekanntgegeben(antragId, entscheidungId, HEUTE, true, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 4, 7));
    }

    private WiderspruchEingelegt widerspruch(boolean rechtzeitig) {
        return new WiderspruchEingelegt(antragId, widerspruchId, entscheidungId, HEUTE, "Miete zu niedrig angesetzt",
                LocalDate.of(2026, 4, 7), rechtzeitig);
    }

    @Nested
    class Stellen {

        @Test
        void einEingangsdatumImJahrEinsIstNichtPlausibel() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, LocalDate.of(1, 1, 1),
                            Antragskanal.SCHRIFTLICH))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum 01.01.0001 im Feld „eingangsdatum“ ist nicht plausibel: "
                            + "es muss zwischen dem 01.01.2000 und dem 31.12.2099 liegen.")
                    .expectNoEvents();
        }

        @Test
        void einAntragWirdFuerEinenOffenenFallGestellt() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(gestellt());
        }

        @Test
        void eineFruehereKenntnisBrauchtIhreQuelle() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUR_PFLEGE, EINGANG, Antragskanal.SCHRIFTLICH,
                            EINGANG.minusDays(3), " "))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, wodurch das Amt vor dem Antrag Kenntnis erhielt "
                            + "(z. B. Anruf, Vorsprache, Mitteilung eines anderen Trägers).");
        }

        @Test
        void dieKenntnisLiegtNichtNachDemEingang() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUR_PFLEGE, EINGANG, Antragskanal.SCHRIFTLICH,
                            EINGANG.plusDays(1), "Anruf"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Mit dem Eingang des Antrags hatte das Amt Kenntnis; „Kenntnis am“ kann nicht danach liegen.");
        }

        @Test
        void eineQuelleOhneTagIstUnvollstaendig() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUR_PFLEGE, EINGANG, Antragskanal.SCHRIFTLICH, null, "Anruf"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Zur Quelle der Kenntnis fehlt der Tag, an dem das Amt Kenntnis erhielt.");
        }

        @Test
        void leistungenMitAntragserfordernisKennenKeineFruehereKenntnis() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.SCHRIFTLICH, EINGANG.minusDays(3), "Anruf der Tochter"))
                    .expectException(hatCode("KENNTNIS_NICHT_ANWENDBAR"))
                    .expectExceptionMessage("„Kenntnis am“ gilt für Leistungen, die ohne Antrag einsetzen, sobald das Amt vom Bedarf "
                            + "erfährt (§ 18 SGB XII). Grundsicherung im Alter und bei Erwerbsminderung setzt einen Antrag voraus; "
                            + "es zählt der Eingang.")
                    .expectNoEvents();
        }

        @Test
        void grundsicherungZaehltAbDemErstenDesAntragsmonats() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.ZUR_NIEDERSCHRIFT))
                    .expectEvents(new AntragGestellt(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.ZUR_NIEDERSCHRIFT, LocalDate.of(2026, 2, 1), Altersgruppe.VON_18_BIS_UNTER_65, null, null));
        }

        @Test
        void dieAltersgruppeAmEingangstagStehtImKlartextImEreignis() {
            geburtsdatum = EINGANG.minusYears(65);
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.SCHRIFTLICH))
                    .expectEvents(new AntragGestellt(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.SCHRIFTLICH, LocalDate.of(2026, 2, 1), Altersgruppe.AB_65, null, null));
        }

        @Test
        void ohneLesbaresGeburtsdatumBleibtDieAltersgruppeOffen() {
            geburtsdatum = null;
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.WOHNGELD, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectEvents(new AntragGestellt(antragId, fallId, Leistungsart.WOHNGELD, EINGANG, Antragskanal.SCHRIFTLICH, EINGANG, null, null, null));
        }

        @Test
        void fuerEinenUnbekanntenFallGibtEsKeinenAntrag() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, UUID.randomUUID(), Leistungsart.WOHNGELD, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Einen Fall mit dieser Kennung gibt es nicht; ein Antrag gehört immer zu einem Fall.")
                    .expectNoEvents();
        }

        @Test
        void fuerEinenAbgeschlossenenFallGibtEsKeinenAntrag() {
            fall = Optional.of(FallStatus.ABGESCHLOSSEN);
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.WOHNGELD, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Fall ist abgeschlossen. Ein neuer Antrag kann erst nach der Wiederaufnahme des Falls erfasst werden.")
                    .expectNoEvents();
        }

        @Test
        void einAntragOhneFallGibtEsNicht() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, null, Leistungsart.WOHNGELD, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Fall, zu dem der Antrag gehört, fehlt.");
        }

        @Test
        void einEingangsdatumInDerZukunftWirdAbgelehnt() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.WOHNGELD, HEUTE.plusDays(1), Antragskanal.SCHRIFTLICH))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Eingangsdatum liegt in der Zukunft.");
        }

        @Test
        void ohneLeistungsartKanalOderEingangsdatumIstDerAntragUnvollstaendig() {
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, null, EINGANG, Antragskanal.SCHRIFTLICH))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die beantragte Leistungsart fehlt.");
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.WOHNGELD, EINGANG, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Eingangsweg des Antrags fehlt.");
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.WOHNGELD, null, Antragskanal.SCHRIFTLICH))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Eingangsdatum des Antrags fehlt.");
        }
    }

    @Nested
    class Versionen {

        @Test
        void wasDerDienstSelbstErfasstHatMachtDieEingabeNichtVeraltet() {
            // the caseworker read version 1; meanwhile the deadline passed (recorded by the system)
            fixture.given(gestellt(), angefordert(true), vomSystem(new MitwirkungsfristAbgelaufen(antragId, anforderungId, FRIST)))
                    .when(new AntragVersagen(antragId, 1L, entscheidungId, null, "Kontoauszüge trotz Belehrung nicht vorgelegt"), ALS_MUELLER)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new AntragVersagt(antragId, entscheidungId, anforderungId, "§ 66 Abs. 1 SGB I",
                            "Kontoauszüge trotz Belehrung nicht vorgelegt", HEUTE, "fm.mueller", null));
        }

        @Test
        void einSpaeteresSystemereignisEntschuldigtKeineFremdeAenderung() {
            // version 0 misses the request for documents by a person, not only the system's deadline event
            fixture.given(gestellt(), angefordert(true), vomSystem(new MitwirkungsfristAbgelaufen(antragId, anforderungId, FRIST)))
                    .when(new AntragVersagen(antragId, 0L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                    .expectException(VeralteteVersion.class)
                    .expectNoEvents();
        }

        @Test
        void eineVeralteteVersionWirdVorJederRegelAbgelehnt() {
            fixture.given(gestellt(), angefordert(true))
                    .when(new AntragAblehnen(antragId, 0L, entscheidungId, "x", "y"), ALS_MUELLER)
                    .expectException(VeralteteVersion.class)
                    .expectExceptionMessage("Der Antrag wurde inzwischen geändert – bitte neu laden und die Eingabe prüfen.")
                    .expectNoEvents();
        }
    }

    @Nested
    class Mitwirkung {

        @Test
        void einLeererEintragInDerListeDerUnterlagenWirdAbgelehnt() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, java.util.Arrays.asList("Mietvertrag", null), FRIST, true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Liste „unterlagen“ enthält einen leeren Eintrag (null).")
                    .expectNoEvents();
        }

        @Test
        void mehrAls50UnterlagenWerdenNichtAufEinmalAngefordert() {
            List<String> unterlagen = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "Unterlage " + i).toList();
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, unterlagen, FRIST, true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Liste „unterlagen“ hat 51 Einträge; erlaubt sind höchstens 50.")
                    .expectNoEvents();
        }

        @Test
        void eineUnterlageIstEinEintragVonHoechstens500Zeichen() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag", "K".repeat(501)), FRIST, true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „unterlagen[1]“ ist zu lang: erlaubt sind höchstens 500 Zeichen, angegeben sind 501.")
                    .expectNoEvents();
        }

        @Test
        void eineFristIm10000JahrhundertIstNichtPlausibel() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), LocalDate.of(9999, 12, 31), true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum 31.12.9999 im Feld „frist“ ist nicht plausibel: "
                            + "es muss zwischen dem 01.01.2000 und dem 31.12.2099 liegen.")
                    .expectNoEvents();
        }

        @Test
        void unterlagenWerdenMitFristUndSchriftlicherBelehrungAngefordertUndDieFristWirdGesetzt() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of(" Kontoauszüge der letzten drei Monate ", ""),
                            FRIST, true, null))
                    .expectResultMessagePayload(1L)
                    .expectEvents(angefordert(true))
                    .expectScheduledDeadline(FRIST_ABGELAUFEN, new Fristablauf(anforderungId));
        }

        @Test
        void dieStandardbelehrungNenntFristUndFolgen() {
            assertThat(Antrag.standardbelehrung(FRIST)).isEqualTo(
                    "Wenn Sie die angeforderten Unterlagen nicht bis zum 16.03.2026 vorlegen, kann die Leistung ohne weitere "
                            + "Ermittlungen bis zur Nachholung der Mitwirkung ganz oder teilweise versagt werden (§§ 60, 66 Abs. 1 und 3 SGB I).");
        }

        @Test
        void eineEigeneBelehrungErsetztDieStandardbelehrung() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST, true, "Eigener Text"))
                    .expectEvents(new UnterlagenAngefordert(antragId, anforderungId, List.of("Mietvertrag"), HEUTE, FRIST, "Eigener Text"));
        }

        @Test
        void ohneBelehrungWirdKeineFestgehalten() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Kontoauszüge der letzten drei Monate"), FRIST, false, "ignoriert"))
                    .expectEvents(angefordert(false));
        }

        @Test
        void eineFristHeuteOderInDerVergangenheitWirdAbgelehnt() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), HEUTE, true, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Frist für die Unterlagen muss nach dem heutigen Tag liegen.")
                    .expectNoScheduledDeadlines();
        }

        @Test
        void eineFristKuerzerAlsZweiWochenIstNichtAngemessen() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST.minusDays(1), true, null))
                    .expectException(Regelverstoss.class)
                    .expectException(hatCode("FRIST_ZU_KURZ"))
                    .expectExceptionMessage("Die Frist für die Unterlagen ist zu kurz: angemessen (§ 66 Abs. 3 SGB I) sind mindestens "
                            + "14 Tage, also frühestens der 16.03.2026.")
                    .expectNoScheduledDeadlines();
        }

        @Test
        void ohneUnterlagenOderFristIstDieAnforderungUnvollstaendig() {
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of(" "), FRIST, true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, welche Unterlagen angefordert werden.");
            fixture.given(gestellt())
                    .when(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), null, true, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Frist für die Unterlagen fehlt.");
        }

        @Test
        void solangeEineAnforderungLaeuftGibtEsKeineZweite() {
            fixture.given(gestellt(), angefordert(true))
                    .when(new UnterlagenAnfordern(antragId, 1L, UUID.randomUUID(), List.of("Mietvertrag"), FRIST.plusDays(7), true, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es sind bereits Unterlagen mit Frist bis 16.03.2026 angefordert. Bitte zuerst deren Eingang erfassen.");
        }

        @Test
        void waehrendDieBewilligungAufFreigabeWartetWerdenKeineUnterlagenMehrAngefordert() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new UnterlagenAnfordern(antragId, 1L, anforderungId, List.of("Mietvertrag"), FRIST, true, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Antrag ist entschieden, die Bewilligung wartet auf die Freigabe. "
                            + "Unterlagen werden jetzt nicht mehr angefordert oder erfasst.");
        }

        @Test
        void nachDerEntscheidungWerdenKeineUnterlagenMehrAngefordert() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new UnterlagenAnfordern(antragId, 1L, anforderungId, List.of("Mietvertrag"), FRIST, true, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Antrag ist bereits entschieden. Eine neue Entscheidung ergeht nur auf Widerspruch "
                            + "(Abhilfe) oder als Aufhebung.");
        }

        @Test
        void einEingangInDerZukunftWirdAbgelehnt() {
            fixture.given(gestellt(), angefordert(true))
                    .when(new UnterlagenEingangErfassen(antragId, 1L, HEUTE.plusDays(1), null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Eingang der Unterlagen kann nicht in der Zukunft liegen.");
        }

        @Test
        void derEingangDerUnterlagenBeendetDieFrist() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Kontoauszüge der letzten drei Monate"), FRIST, true, null))
                    .when(new UnterlagenEingangErfassen(antragId, 1L, null, "vollständig"))
                    .expectEvents(new UnterlagenEingegangen(antragId, anforderungId, HEUTE, false, "vollständig"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void unterlagenOhneAnforderungKoennenNichtEingehen() {
            fixture.given(gestellt())
                    .when(new UnterlagenEingangErfassen(antragId, 0L, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Zu diesem Antrag sind keine Unterlagen angefordert, die noch ausstehen.");
        }

        @Test
        void unterlagenGehenNichtVorIhrerAnforderungEin() {
            fixture.given(gestellt(), angefordert(true))
                    .when(new UnterlagenEingangErfassen(antragId, 1L, HEUTE.minusDays(1), null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Unterlagen können nicht vor ihrer Anforderung am 02.03.2026 eingegangen sein.");
        }

        @Test
        void unterlagenNachFristablaufWerdenAlsVerspaetetFestgehalten() {
            fixture.given(gestellt(), new UnterlagenAngefordert(antragId, anforderungId, List.of("Mietvertrag"), EINGANG,
                            EINGANG.plusDays(7), "Belehrung"), new MitwirkungsfristAbgelaufen(antragId, anforderungId, EINGANG.plusDays(7)))
                    .when(new UnterlagenEingangErfassen(antragId, 2L, HEUTE, null))
                    .expectEvents(new UnterlagenEingegangen(antragId, anforderungId, HEUTE, true, null));
        }
    }

    @Nested
    class Fristen {

        @Test
        void wennDieMitwirkungsfristVerstreichtHaeltDerAntragEsFest() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Kontoauszüge der letzten drei Monate"), FRIST, true, null))
                    .whenTimeAdvancesTo(FRIST_ABGELAUFEN)
                    .expectTriggeredDeadlinesWithName(Antrag.MITWIRKUNGSFRIST)
                    .expectEvents(new MitwirkungsfristAbgelaufen(antragId, anforderungId, FRIST));
        }

        @Test
        void amLetztenTagDerFristIstSieNochNichtAbgelaufen() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST, true, null))
                    .whenTimeAdvancesTo(FRIST_ABGELAUFEN.minusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void sindDieUnterlagenDaVerstreichtDieFristFolgenlos() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST, true, null),
                            new UnterlagenEingangErfassen(antragId, 1L, HEUTE, null))
                    .whenTimeAdvancesTo(FRIST_ABGELAUFEN.plusSeconds(3600))
                    .expectNoEvents();
        }

        @Test
        void eineUeberholteFristHandeltNicht() {
            // A deadline that fires after its request was answered (e.g. delivered late by the scheduler) is ignored.
            fixture.given(gestellt(), angefordert(true), new UnterlagenEingegangen(antragId, anforderungId, HEUTE, false, null))
                    .whenThenTimeAdvancesTo(FRIST_ABGELAUFEN)
                    .expectNoEvents();
        }

        @Test
        void nachAblaufDerWiderspruchsfristWirdDieEntscheidungBestandskraeftig() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false))
                    .andGivenCommands(new BescheidBekanntgeben(antragId, 1L, HEUTE, true))
                    .whenTimeAdvancesTo(Instant.parse("2026-04-07T22:00:00Z"))
                    .expectEvents(new EntscheidungBestandskraeftig(antragId, entscheidungId, LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 8)));
        }

        @Test
        void einRechtzeitigerWiderspruchHaeltDieBestandskraftAuf() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false))
                    .andGivenCommands(new BescheidBekanntgeben(antragId, 1L, HEUTE, true),
                            new WiderspruchEinlegen(antragId, 2L, widerspruchId, HEUTE, "zu wenig"))
                    .whenTimeAdvancesTo(Instant.parse("2026-04-08T00:00:00Z"))
                    .expectNoEvents();
        }

        @Test
        void nachAblaufDerAnhoerungsfristIstDiePersonAngehoert() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .andGivenCommands(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen aus neuer Beschäftigung", FRIST))
                    .whenTimeAdvancesTo(FRIST_ABGELAUFEN)
                    .expectEvents(new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST));
        }
    }

    @Nested
    class Bewilligung {

        @Test
        void einBetragUeber100000EuroImMonatWirdAbgelehnt() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, Long.MAX_VALUE, null, null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der monatliche Betrag darf höchstens 100.000,00 € betragen.")
                    .expectNoEvents();
        }

        @Test
        void genau100000EuroImMonatSindMoeglich() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 10_000_000L, null, null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void einBewilligungszeitraumUeber36MonateWirdAbgelehnt() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 50_000L, EINGANG, EINGANG.plusMonths(36), HLU, "Bedarf"),
                            ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ein Bewilligungszeitraum dauert höchstens 36 Monate (in der Regel zwölf, § 44 Abs. 3 SGB XII); "
                            + "vom 16.02.2026 an also bis spätestens 15.02.2029.")
                    .expectNoEvents();
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 50_000L, EINGANG, EINGANG.plusMonths(36).minusDays(1), HLU,
                            "Bedarf"), ALS_MUELLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void eineBewilligungBis9999IstNichtPlausibel() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 50_000L, EINGANG, LocalDate.of(9999, 12, 31), HLU, "Bedarf"),
                            ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum 31.12.9999 im Feld „bewilligungBis“ ist nicht plausibel: "
                            + "es muss zwischen dem 01.01.2000 und dem 31.12.2099 liegen.");
        }

        @Test
        void dieRechtsgrundlageIstEinKurztextDieBegruendungEinFreitext() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 50_000L, null, null, "§".repeat(201), "Bedarf"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „rechtsgrundlage“ ist zu lang: erlaubt sind höchstens 200 Zeichen, angegeben sind 201.");
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 50_000L, null, null, HLU, "B".repeat(10_001)), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „begruendung“ ist zu lang: erlaubt sind höchstens 10.000 Zeichen, angegeben sind 10.001.");
        }

        @Test
        void eineBewilligungBisZurGrenzeGiltSofortUndNenntWerEntschiedenHat() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 100_000L, null, null, HLU, "Bedarf nachgewiesen"), ALS_MUELLER)
                    .expectEvents(new AntragBewilligt(antragId, entscheidungId, 100_000, EINGANG, LocalDate.of(2027, 2, 15), HLU,
                            "Bedarf nachgewiesen", HEUTE, "fm.mueller", false, null));
        }

        @Test
        void bewilligungUeberGrenzeBrauchtFreigabe() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 100_001L, null, null, HLU, "Bedarf nachgewiesen"), ALS_MUELLER)
                    .expectEvents(new AntragBewilligt(antragId, entscheidungId, 100_001, EINGANG, LocalDate.of(2027, 2, 15), HLU,
                            "Bedarf nachgewiesen", HEUTE, "fm.mueller", true, null));
        }

        @Test
        void grundsicherungGiltZwoelfMonateAbDemErstenDesAntragsmonats() {
            fixture.given(new AntragGestellt(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.SCHRIFTLICH, LocalDate.of(2026, 2, 1), Altersgruppe.AB_65, null, null))
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 61_200L, null, null, "§§ 41 ff. SGB XII", "Rente reicht nicht"), ALS_MUELLER)
                    .expectEvents(new AntragBewilligt(antragId, entscheidungId, 61_200, LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31),
                            "§§ 41 ff. SGB XII", "Rente reicht nicht", HEUTE, "fm.mueller", false, null));
        }

        @Test
        void grundsicherungVorDemAntragsmonatWirdNichtBewilligt() {
            fixture.given(new AntragGestellt(antragId, fallId, Leistungsart.GRUNDSICHERUNG_ALTER_ERWERBSMINDERUNG, EINGANG,
                            Antragskanal.SCHRIFTLICH, LocalDate.of(2026, 2, 1), Altersgruppe.AB_65, null, null))
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 61_200L, LocalDate.of(2026, 1, 1), null,
                            "§§ 41 ff. SGB XII", "Rente reicht nicht"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Grundsicherung wird frühestens ab dem Ersten des Monats geleistet, in dem sie beantragt wurde "
                            + "(§ 44 Abs. 2 SGB XII), hier ab 01.02.2026.");
        }

        @Test
        void sozialhilfeSetztNichtVorDerKenntnisDesAmtsEin() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, EINGANG.minusMonths(1), null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectException(hatCode("KENNTNISGRUNDSATZ"))
                    .expectExceptionMessage("Sozialhilfe setzt erst ein, wenn dem Amt bekannt wird, dass ihre Voraussetzungen vorliegen "
                            + "(§ 18 SGB XII), hier am 16.02.2026. Ein früherer Beginn setzt eine frühere Kenntnis voraus; sie ist mit "
                            + "ihrer Quelle beim Antrag zu erfassen („Kenntnis am“).")
                    .expectNoEvents();
        }

        @Test
        void eineFruehereKenntnisMitQuelleErlaubtDenFrueherenBeginn() {
            LocalDate kenntnis = EINGANG.minusDays(10);
            fixture.givenNoPriorActivity()
                    .when(new AntragStellen(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH,
                            kenntnis, "Anruf des Vermieters"))
                    .expectEvents(new AntragGestellt(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH,
                            kenntnis, Altersgruppe.VON_18_BIS_UNTER_65, kenntnis, "Anruf des Vermieters"));
            fixture.given(new AntragGestellt(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH,
                            kenntnis, Altersgruppe.VON_18_BIS_UNTER_65, kenntnis, "Anruf des Vermieters"))
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, kenntnis, null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectSuccessfulHandlerExecution();
            fixture.given(new AntragGestellt(antragId, fallId, Leistungsart.HILFE_ZUM_LEBENSUNTERHALT, EINGANG, Antragskanal.SCHRIFTLICH,
                            kenntnis, Altersgruppe.VON_18_BIS_UNTER_65, kenntnis, "Anruf des Vermieters"))
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, kenntnis.minusDays(1), null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectException(hatCode("KENNTNISGRUNDSATZ"));
        }

        @Test
        void jedeEntscheidungIstZuBegruenden() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, null, null, HLU, " "), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Jede Entscheidung ist zu begründen (§ 35 SGB X): die Begründung fehlt.");
        }

        @Test
        void ohneRechtsgrundlageKeineEntscheidung() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, null, null, null, "Bedarf"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Rechtsgrundlage der Entscheidung fehlt.");
        }

        @Test
        void einBetragVonNullCentIstKeineBewilligung() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 0L, null, null, HLU, "Bedarf"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der monatliche Betrag muss größer als 0 Cent sein.");
        }

        @Test
        void einZeitraumDerVorSeinemBeginnEndetWirdAbgelehnt() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, HEUTE, HEUTE.minusDays(1), HLU, "Bedarf"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Bewilligungszeitraum endet vor seinem Beginn.");
        }

        @Test
        void ohneAngemeldetePersonGibtEsKeineEntscheidung() {
            fixture.given(gestellt())
                    .when(new AntragBewilligen(antragId, 0L, entscheidungId, 45_000L, null, null, HLU, "Bedarf"))
                    .expectException(ZugriffVerweigert.class)
                    .expectExceptionMessage("Eine Entscheidung trifft eine angemeldete Person; sie ist nicht bekannt.");
        }

        @Test
        void eineEntscheidungWirdNichtGeaendertSondernNurDurchWiderspruchOderAufhebungErsetzt() {
            fixture.given(gestellt(), bewilligt(45_000, false))
                    .when(new AntragAblehnen(antragId, 1L, neueEntscheidungId, "§ 19 SGB XII", "doch kein Bedarf"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Antrag ist bereits entschieden. Eine neue Entscheidung ergeht nur auf Widerspruch "
                            + "(Abhilfe) oder als Aufhebung.");
        }

        @Test
        void eineNeueEntscheidungVorDerFreigabeErsetztDieWartendeBewilligung() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new AntragBewilligen(antragId, 1L, neueEntscheidungId, 90_000L, null, null, HLU, "Mehrbedarf entfällt"), ALS_MUELLER)
                    .expectEvents(new AntragBewilligt(antragId, neueEntscheidungId, 90_000, EINGANG, LocalDate.of(2027, 2, 15), HLU,
                            "Mehrbedarf entfällt", HEUTE, "fm.mueller", false, entscheidungId));
        }

        @Test
        void eineBewilligungBeendetEineLaufendeMitwirkungsfrist() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST, true, null))
                    .when(new AntragBewilligen(antragId, 1L, entscheidungId, 45_000L, null, null, HLU, "Bedarf auch so belegt"), ALS_MUELLER)
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class Ablehnung {

        @Test
        void einAntragWirdMitRechtsgrundlageUndBegruendungAbgelehnt() {
            fixture.given(gestellt())
                    .when(new AntragAblehnen(antragId, 0L, entscheidungId, "§ 19 Abs. 1 SGB XII", "Einkommen deckt den Bedarf"), ALS_MUELLER)
                    .expectEvents(abgelehnt());
        }

        @Test
        void eineAblehnungOhneBegruendungGibtEsNicht() {
            fixture.given(gestellt())
                    .when(new AntragAblehnen(antragId, 0L, entscheidungId, "§ 19 Abs. 1 SGB XII", null), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Jede Entscheidung ist zu begründen (§ 35 SGB X): die Begründung fehlt.");
        }
    }

    @Nested
    class Versagung {

        private final MitwirkungsfristAbgelaufen abgelaufen = new MitwirkungsfristAbgelaufen(antragId, anforderungId, FRIST);

        @Test
        void nachAbgelaufenerFristMitBelehrungWirdVersagt() {
            fixture.given(gestellt(), angefordert(true), abgelaufen)
                    .when(new AntragVersagen(antragId, 2L, entscheidungId, null, "Kontoauszüge trotz Belehrung nicht vorgelegt"), ALS_MUELLER)
                    .expectEvents(new AntragVersagt(antragId, entscheidungId, anforderungId, "§ 66 Abs. 1 SGB I",
                            "Kontoauszüge trotz Belehrung nicht vorgelegt", HEUTE, "fm.mueller", null));
        }

        @Test
        void ohneAnforderungKeineVersagung() {
            fixture.given(gestellt())
                    .when(new AntragVersagen(antragId, 0L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Versagt werden darf erst, wenn Unterlagen mit Frist und schriftlicher Belehrung über die "
                            + "Folgen angefordert wurden und die Frist abgelaufen ist (§ 66 Abs. 3 SGB I).");
        }

        @Test
        void ohneSchriftlicheBelehrungKeineVersagung() {
            fixture.given(gestellt(), angefordert(false), abgelaufen)
                    .when(new AntragVersagen(antragId, 2L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Versagt werden darf erst, wenn Unterlagen mit Frist und schriftlicher Belehrung über die "
                            + "Folgen angefordert wurden und die Frist abgelaufen ist (§ 66 Abs. 3 SGB I).");
        }

        @Test
        void solangeDieFristLaeuftKeineVersagung() {
            fixture.given(gestellt(), angefordert(true))
                    .when(new AntragVersagen(antragId, 1L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Mitwirkungsfrist läuft noch bis 16.03.2026; versagt werden darf erst nach ihrem Ablauf (§ 66 Abs. 3 SGB I).");
        }

        @Test
        void nachgereichteUnterlagenSchliessenDieVersagungAus() {
            fixture.given(gestellt(), angefordert(true), abgelaufen, new UnterlagenEingegangen(antragId, anforderungId, HEUTE, true, null))
                    .when(new AntragVersagen(antragId, 3L, entscheidungId, null, "nicht mitgewirkt"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die angeforderten Unterlagen sind eingegangen; eine Versagung wegen fehlender Mitwirkung ist nicht möglich.");
        }
    }

    @Nested
    class Freigabe {

        @Test
        void eineAnderePersonGibtDieBewilligungFrei() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new BewilligungFreigeben(antragId, 1L, "geprüft"), ALS_SCHMIDT)
                    .expectEvents(new BewilligungFreigegeben(antragId, entscheidungId, HEUTE, "sgl.schmidt", "geprüft"));
        }

        @Test
        void werEntschiedenHatKannNichtFreigeben() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new BewilligungFreigeben(antragId, 1L, null), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Sie haben diese Bewilligung selbst entschieden. Freigeben muss sie eine andere Person (Vier-Augen-Prinzip).")
                    .expectNoEvents();
        }

        @Test
        void einFallmanagerDerNichtEntschiedenHatGibtNichtFrei() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new BewilligungFreigeben(antragId, 1L, null), ALS_YILMAZ)
                    .expectException(Matchers.allOf(Matchers.instanceOf(ZugriffVerweigert.class), zugriffMitCode("NUR_SACHGEBIETSLEITUNG")))
                    .expectExceptionMessage("Eine Bewilligung über der Freigabegrenze gibt die Sachgebietsleitung frei.")
                    .expectNoEvents();
        }

        @Test
        void ohneAusstehendeFreigabeHoertEinFallmanagerNurDieRolle() {
            // Nothing waits for approval, so nobody "decided it himself": the role is what refuses.
            fixture.given(gestellt(), bewilligt(45_000, false))
                    .when(new BewilligungFreigeben(antragId, 1L, null), ALS_MUELLER)
                    .expectException(Matchers.allOf(Matchers.instanceOf(ZugriffVerweigert.class), zugriffMitCode("NUR_SACHGEBIETSLEITUNG")))
                    .expectExceptionMessage("Eine Bewilligung über der Freigabegrenze gibt die Sachgebietsleitung frei.");
        }

        @Test
        void ohneRolleInDenMetadatenGibtNiemandFrei() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new BewilligungFreigeben(antragId, 1L, null), Map.of(Metadaten.BENUTZER, "sgl.schmidt"))
                    .expectException(Matchers.allOf(Matchers.instanceOf(ZugriffVerweigert.class), zugriffMitCode("NUR_SACHGEBIETSLEITUNG")))
                    .expectNoEvents();
        }

        @Test
        void eineBewilligungUnterDerGrenzeWartetAufKeineFreigabe() {
            fixture.given(gestellt(), bewilligt(45_000, false))
                    .when(new BewilligungFreigeben(antragId, 1L, null), ALS_SCHMIDT)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es gibt keine Bewilligung, die auf eine Freigabe wartet.");
        }

        @Test
        void eineFreigegebeneBewilligungWirdNichtNochmalFreigegeben() {
            fixture.given(gestellt(), bewilligt(150_000, true), new BewilligungFreigegeben(antragId, entscheidungId, HEUTE, "sgl.schmidt", null))
                    .when(new BewilligungFreigeben(antragId, 2L, null), ALS_SCHMIDT)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es gibt keine Bewilligung, die auf eine Freigabe wartet.");
        }
    }

    @Nested
    class Bescheid {

        @Test
        void derBescheidGiltAmViertenTagAlsBekanntgegebenUndDieWiderspruchsfristWirdGesetzt() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false))
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, true))
                    .expectEvents(bekanntgegeben())
                    .expectScheduledDeadline(Instant.parse("2026-04-07T22:00:00Z"), new Fristablauf(entscheidungId));
        }

        @Test
        void ohneRechtsbehelfsbelehrungLaeuftDieFristEinJahr() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, false))
                    .expectEvents(new BescheidBekanntgegeben(antragId, entscheidungId, HEUTE, false, LocalDate.of(2026, 3, 6),
                            LocalDate.of(2027, 3, 8)));
        }

        @Test
        void vorDerFreigabeGibtEsKeinenBescheid() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, true))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Bewilligung über 1.500,00 € monatlich liegt über der Freigabegrenze und ist noch nicht "
                            + "freigegeben (Vier-Augen-Prinzip). Vorher darf kein Bescheid ergehen.")
                    .expectNoScheduledDeadlines();
        }

        @Test
        void nachDerFreigabeErgehtDerBescheid() {
            fixture.given(gestellt(), bewilligt(150_000, true), new BewilligungFreigegeben(antragId, entscheidungId, HEUTE, "sgl.schmidt", null))
                    .when(new BescheidBekanntgeben(antragId, 2L, HEUTE, true))
                    .expectEvents(bekanntgegeben());
        }

        @Test
        void ohneEntscheidungKeinBescheid() {
            fixture.given(gestellt())
                    .when(new BescheidBekanntgeben(antragId, 0L, HEUTE, true))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Antrag ist noch nicht entschieden; es gibt nichts bekanntzugeben.");
        }

        @Test
        void einBescheidWirdNurEinmalBekanntgegeben() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new BescheidBekanntgeben(antragId, 2L, HEUTE, true))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Bescheid über diese Entscheidung wurde bereits am 02.03.2026 zur Post gegeben.");
        }

        @Test
        void derBescheidGehtNichtVorDerEntscheidungZurPost() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE.minusDays(1), true))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Bescheid kann nicht vor der Entscheidung am 02.03.2026 zur Post gegeben worden sein.");
        }

        @Test
        void ohneAngabeZurRechtsbehelfsbelehrungOderMitPostdatumInDerZukunftWirdAbgelehnt() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, ob der Bescheid eine zutreffende Rechtsbehelfsbelehrung enthält.");
            fixture.given(gestellt(), abgelehnt())
                    .when(new BescheidBekanntgeben(antragId, 1L, HEUTE.plusDays(1), true))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum der Aufgabe zur Post liegt in der Zukunft.");
            fixture.given(gestellt(), abgelehnt())
                    .when(new BescheidBekanntgeben(antragId, 1L, null, true))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum der Aufgabe zur Post fehlt.");
        }
    }

    @Nested
    class Widerspruch {

        @Test
        void einWiderspruchInnerhalbDerFristIstRechtzeitig() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new WiderspruchEinlegen(antragId, 2L, widerspruchId, HEUTE, "Miete zu niedrig angesetzt"))
                    .expectEvents(widerspruch(true));
        }

        @Test
        void einVerspaeteterWiderspruchWirdAlsVerspaetetFestgehaltenNichtAbgewiesen() {
            // Posted 02.01.2026 → delivered 06.01. → period ends 06.02.2026; the objection arrives on 02.03.
            BescheidBekanntgegeben frueher = new BescheidBekanntgegeben(antragId, entscheidungId, LocalDate.of(2026, 1, 2), true,
                    LocalDate.of(2026, 1, 6), LocalDate.of(2026, 2, 6));
            fixture.given(gestellt(), abgelehnt(), frueher,
                            new EntscheidungBestandskraeftig(antragId, entscheidungId, LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 7)))
                    .when(new WiderspruchEinlegen(antragId, 3L, widerspruchId, null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new WiderspruchEingelegt(antragId, widerspruchId, entscheidungId, HEUTE, null, LocalDate.of(2026, 2, 6), false));
        }

        @Test
        void vorDemBescheidIstKeinWiderspruchMoeglich() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new WiderspruchEinlegen(antragId, 1L, widerspruchId, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ein Widerspruch ist erst möglich, wenn der Bescheid über die Entscheidung bekanntgegeben ist.");
        }

        @Test
        void einZweiterWiderspruchWartetAufDenErsten() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(true))
                    .when(new WiderspruchEinlegen(antragId, 3L, UUID.randomUUID(), HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Widerspruch vom 02.03.2026 ist noch nicht entschieden.");
        }

        @Test
        void einWiderspruchAusDerZukunftWirdAbgelehnt() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new WiderspruchEinlegen(antragId, 2L, widerspruchId, HEUTE.plusDays(1), null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Eingang des Widerspruchs kann nicht in der Zukunft liegen.");
        }

        @Test
        void einWiderspruchGehtNichtVorDemBescheidEin() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new WiderspruchEinlegen(antragId, 2L, widerspruchId, HEUTE.minusDays(1), null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Widerspruch kann nicht vor der Aufgabe des Bescheids zur Post am 02.03.2026 eingegangen sein.");
        }

        @Test
        void abhilfeErsetztDieAngefochteneEntscheidungDurchEineNeueBeideBleiben() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(true))
                    .when(new WiderspruchAbhelfen(antragId, 3L, neueEntscheidungId, 48_000L, null, null, HLU, "Miete ist angemessen"), ALS_MUELLER)
                    .expectEvents(
                            new WiderspruchAbgeholfen(antragId, widerspruchId, entscheidungId, neueEntscheidungId, "Miete ist angemessen",
                                    HEUTE, "fm.mueller"),
                            new AntragBewilligt(antragId, neueEntscheidungId, 48_000, EINGANG, LocalDate.of(2027, 2, 15), HLU,
                                    "Miete ist angemessen", HEUTE, "fm.mueller", false, entscheidungId));
        }

        @Test
        void eineAbhilfeUeberDerGrenzeBrauchtEbenfallsDieFreigabe() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(true),
                            new WiderspruchAbgeholfen(antragId, widerspruchId, entscheidungId, neueEntscheidungId, "x", HEUTE, "fm.mueller"),
                            new AntragBewilligt(antragId, neueEntscheidungId, 120_000, EINGANG, LocalDate.of(2027, 2, 15), HLU, "x", HEUTE,
                                    "fm.mueller", true, entscheidungId))
                    .when(new BescheidBekanntgeben(antragId, 5L, HEUTE, true))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Bewilligung über 1.200,00 € monatlich liegt über der Freigabegrenze und ist noch nicht "
                            + "freigegeben (Vier-Augen-Prinzip). Vorher darf kein Bescheid ergehen.");
        }

        @Test
        void derWiderspruchWirdZurueckgewiesen() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(true))
                    .when(new WiderspruchZurueckweisen(antragId, 3L, null, "Einkommen übersteigt den Bedarf weiterhin"), ALS_SCHMIDT)
                    .expectEvents(new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId, false, "§ 85 Abs. 2 SGG",
                            "Einkommen übersteigt den Bedarf weiterhin", HEUTE, "sgl.schmidt"));
        }

        @Test
        void einVerspaeteterWiderspruchWirdAlsVerfristetZurueckgewiesen() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(false))
                    .when(new WiderspruchZurueckweisen(antragId, 3L, "§ 84 Abs. 1 SGG", "Widerspruch verspätet"), ALS_SCHMIDT)
                    .expectEvents(new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId, true, "§ 84 Abs. 1 SGG",
                            "Widerspruch verspätet", HEUTE, "sgl.schmidt"));
        }

        @Test
        void ohneWiderspruchKeineAbhilfeUndKeineZurueckweisung() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new WiderspruchZurueckweisen(antragId, 2L, null, "x"), ALS_SCHMIDT)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es ist kein Widerspruch anhängig.");
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben())
                    .when(new WiderspruchAbhelfen(antragId, 2L, neueEntscheidungId, 48_000L, null, null, HLU, "x"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es ist kein Widerspruch anhängig.");
        }

        @Test
        void nachDemWiderspruchsbescheidBleibtNurDieKlage() {
            fixture.given(gestellt(), abgelehnt(), bekanntgegeben(), widerspruch(true),
                            new WiderspruchZurueckgewiesen(antragId, widerspruchId, entscheidungId, false, "§ 85 Abs. 2 SGG", "x", HEUTE, "sgl.schmidt"))
                    .when(new WiderspruchEinlegen(antragId, 4L, UUID.randomUUID(), HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über einen Widerspruch gegen diese Entscheidung ist bereits entschieden; gegen den "
                            + "Widerspruchsbescheid ist nur die Klage zum Sozialgericht möglich.");
        }
    }

    @Nested
    class Ruecknahme {

        @Test
        void vorDerEntscheidungKannDerAntragZurueckgenommenWerden() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt())
                    .andGivenCommands(new UnterlagenAnfordern(antragId, 0L, anforderungId, List.of("Mietvertrag"), FRIST, true, null))
                    .when(new AntragZuruecknehmen(antragId, 1L, null, "Arbeit gefunden"))
                    .expectEvents(new AntragZurueckgenommen(antragId, HEUTE, "Arbeit gefunden"))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void nachDerEntscheidungIstKeineRuecknahmeMoeglich() {
            fixture.given(gestellt(), abgelehnt())
                    .when(new AntragZuruecknehmen(antragId, 1L, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über den Antrag ist bereits entschieden; zurücknehmen kann die Person ihn nur vor der Entscheidung.");
        }

        @Test
        void einZurueckgenommenerAntragNimmtNichtsMehrAn() {
            fixture.given(gestellt(), new AntragZurueckgenommen(antragId, HEUTE, null))
                    .when(new AntragBewilligen(antragId, 1L, entscheidungId, 45_000L, null, null, HLU, "x"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Antrag wurde am 02.03.2026 zurückgenommen; weitere Schritte sind nicht möglich.");
        }

        @Test
        void eineRuecknahmeVorDemEingangGibtEsNicht() {
            fixture.given(gestellt())
                    .when(new AntragZuruecknehmen(antragId, 0L, EINGANG.minusDays(1), null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Antrag kann nicht vor seinem Eingang am 16.02.2026 zurückgenommen worden sein.");
        }
    }

    @Nested
    class AnhoerungUndAufhebung {

        private final AnhoerungEingeleitet eingeleitet = new AnhoerungEingeleitet(antragId, anhoerungId, entscheidungId,
                "Einkommen aus neuer Beschäftigung ab 01.04.2026", HEUTE, FRIST);

        @Test
        void eineAnhoerungWirdMitFristEingeleitet() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen aus neuer Beschäftigung ab 01.04.2026", FRIST))
                    .expectEvents(eingeleitet)
                    .expectScheduledDeadline(FRIST_ABGELAUFEN, new Fristablauf(anhoerungId));
        }

        @Test
        void eineAnhoerungNenntAnlassUndEineFristInDerZukunft() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, " ", FRIST))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, welche Entscheidung beabsichtigt ist und auf welche Tatsachen sie sich stützt (§ 24 SGB X).");
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen", null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Frist für die Stellungnahme fehlt.");
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen", HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Frist für die Stellungnahme muss nach dem heutigen Tag liegen.");
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen", HEUTE.plusDays(1)))
                    .expectException(hatCode("FRIST_ZU_KURZ"))
                    .expectExceptionMessage("Die Frist für die Stellungnahme ist zu kurz: angemessen (§ 24 SGB X) sind mindestens "
                            + "14 Tage, also frühestens der 16.03.2026.")
                    .expectNoScheduledDeadlines();
        }

        @Test
        void eineStellungnahmeOhneInhaltWirdNichtErfasst() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet)
                    .when(new AnhoerungStellungnahmeErfassen(antragId, 3L, HEUTE, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Inhalt der Stellungnahme fehlt.");
        }

        @Test
        void eineAufhebungNenntDatumUndRechtsgrundlage() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST))
                    .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, null, "§ 48 SGB X", "Einkommen"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum, ab dem die Bewilligung aufgehoben wird, fehlt.");
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST))
                    .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, LocalDate.of(2026, 5, 1), "", "Einkommen"), ALS_MUELLER)
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Rechtsgrundlage der Entscheidung fehlt.");
        }

        @Test
        void ohneWirksameBewilligungKeineAnhoerung() {
            fixture.given(gestellt(), bewilligt(150_000, true))
                    .when(new AnhoerungEinleiten(antragId, 1L, anhoerungId, "x", FRIST))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Eine Anhörung vor der Aufhebung setzt eine wirksame Bewilligung voraus.");
        }

        @Test
        void eineZweiteAnhoerungWartetAufDieErste() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet)
                    .when(new AnhoerungEinleiten(antragId, 3L, UUID.randomUUID(), "x", FRIST))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es läuft bereits eine Anhörung mit Frist bis 16.03.2026.");
        }

        @Test
        void dieStellungnahmeWirdFestgehaltenUndBeendetDieFrist() {
            fixture.givenCurrentTime(JETZT)
                    .andGiven(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .andGivenCommands(new AnhoerungEinleiten(antragId, 2L, anhoerungId, "Einkommen", FRIST))
                    .when(new AnhoerungStellungnahmeErfassen(antragId, 3L, HEUTE, "Die Stelle beginnt erst im Mai."))
                    .expectEvents(new AnhoerungStellungnahmeEingegangen(antragId, anhoerungId, HEUTE, "Die Stelle beginnt erst im Mai."))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void ohneAnhoerungKeineStellungnahme() {
            fixture.given(gestellt(), bewilligt(45_000, false))
                    .when(new AnhoerungStellungnahmeErfassen(antragId, 1L, HEUTE, "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es läuft keine Anhörung, zu der eine Stellungnahme erfasst werden könnte.");
        }

        @Test
        void nachDerStellungnahmeWirdAbEinemDatumAufgehoben() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungStellungnahmeEingegangen(antragId, anhoerungId, HEUTE, "Die Stelle beginnt erst im Mai."))
                    .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, LocalDate.of(2026, 5, 1), "§ 48 Abs. 1 Satz 2 Nr. 3 SGB X",
                            "Erwerbseinkommen ab Mai deckt den Bedarf"), ALS_MUELLER)
                    .expectEvents(new BewilligungAufgehoben(antragId, neueEntscheidungId, entscheidungId, anhoerungId, LocalDate.of(2026, 5, 1),
                            "§ 48 Abs. 1 Satz 2 Nr. 3 SGB X", "Erwerbseinkommen ab Mai deckt den Bedarf", HEUTE, "fm.mueller"));
        }

        @Test
        void nachAbgelaufenerAnhoerungsfristOhneStellungnahmeWirdAufgehoben() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST))
                    .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, LocalDate.of(2026, 5, 1), "§ 48 SGB X", "Einkommen"), ALS_MUELLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void ohneAnhoerungKeineAufhebung() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben())
                    .when(new BewilligungAufheben(antragId, 2L, neueEntscheidungId, LocalDate.of(2026, 5, 1), "§ 48 SGB X", "Einkommen"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Vor der Aufhebung ist die Person anzuhören (§ 24 SGB X). Bitte zuerst die Anhörung einleiten.");
        }

        @Test
        void waehrendDieAnhoerungsfristLaeuftKeineAufhebung() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet)
                    .when(new BewilligungAufheben(antragId, 3L, neueEntscheidungId, LocalDate.of(2026, 5, 1), "§ 48 SGB X", "Einkommen"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Anhörungsfrist läuft noch bis 16.03.2026; vorher kann nur aufgehoben werden, wenn die "
                            + "Stellungnahme vorliegt.");
        }

        @Test
        void eineAnhoerungTraegtNurEineAufhebung() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST),
                            new BewilligungAufgehoben(antragId, neueEntscheidungId, entscheidungId, anhoerungId, LocalDate.of(2026, 5, 1),
                                    "§ 48 SGB X", "Einkommen", HEUTE, "fm.mueller"))
                    .when(new BewilligungAufheben(antragId, 5L, UUID.randomUUID(), LocalDate.of(2026, 6, 1), "§ 48 SGB X", "nochmal"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Aufgehoben werden kann nur eine wirksame Bewilligung.");
        }

        @Test
        void aufgehobenWirdNurInnerhalbDesBewilligungszeitraums() {
            fixture.given(gestellt(), bewilligt(45_000, false), bekanntgegeben(), eingeleitet,
                            new AnhoerungsfristAbgelaufen(antragId, anhoerungId, FRIST))
                    .when(new BewilligungAufheben(antragId, 4L, neueEntscheidungId, LocalDate.of(2027, 3, 1), "§ 48 SGB X", "Einkommen"), ALS_MUELLER)
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Aufgehoben werden kann nur innerhalb des Bewilligungszeitraums vom 16.02.2026 bis 15.02.2027.");
        }
    }
}

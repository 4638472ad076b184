package de.fallbuch.command.hilfevereinbarung;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.kernel.common.NichtGefunden;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungWiderrufen;
import de.fallbuch.kernel.hilfevereinbarung.EinwilligungswiderrufErfassen;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfAendern;
import de.fallbuch.kernel.hilfevereinbarung.EntwurfGeaendert;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungBeendet;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntworfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEntwerfen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortgeschrieben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungFortschreiben;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungInKraftGetreten;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungMitFallBeenden;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungUnterzeichnet;
import de.fallbuch.kernel.hilfevereinbarung.LeistungAmt;
import de.fallbuch.kernel.hilfevereinbarung.Massnahme;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbbrechen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgebrochen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbgeschlossen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeAbschliessen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBegonnen;
import de.fallbuch.kernel.hilfevereinbarung.MassnahmeBeginnen;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenart;
import de.fallbuch.kernel.hilfevereinbarung.Pflicht;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.PflichtverletzungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentieren;
import de.fallbuch.kernel.hilfevereinbarung.UeberpruefungDokumentiert;
import de.fallbuch.kernel.hilfevereinbarung.Unterzeichner;
import de.fallbuch.kernel.hilfevereinbarung.Vereinbarungsinhalt;
import de.fallbuch.kernel.hilfevereinbarung.Verantwortung;
import de.fallbuch.kernel.hilfevereinbarung.Ziel;
import de.fallbuch.kernel.hilfevereinbarung.ZielErreicht;
import de.fallbuch.kernel.hilfevereinbarung.ZielVerfehlt;
import de.fallbuch.kernel.hilfevereinbarung.ZielerreichungFeststellen;
import de.fallbuch.kernel.hilfevereinbarung.ZielverfehlungFeststellen;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HilfevereinbarungTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate HEUTE = LocalDate.of(2026, 3, 2);
    private static final LocalDate ENTWORFEN_AM = LocalDate.of(2026, 2, 16);
    private static final LocalDate IN_KRAFT_AM = LocalDate.of(2026, 2, 20);
    private static final LocalDate TERMIN = LocalDate.of(2026, 6, 1);

    private final UUID id = UUID.randomUUID();
    private final UUID fallId = UUID.randomUUID();
    private final UUID abgeschlossenerFall = UUID.randomUUID();
    private final Ziel ziel = new Ziel(UUID.randomUUID(), "Mietschulden sind geregelt", LocalDate.of(2026, 7, 31));
    private final Massnahme schuldnerberatung = new Massnahme(UUID.randomUUID(), Massnahmenart.SCHULDNERBERATUNG,
            "Termine bei der Caritas", Verantwortung.PARTNER, "Caritas Schuldnerberatung", LocalDate.of(2026, 3, 9), null);
    private final Massnahme sprachkurs = new Massnahme(UUID.randomUUID(), Massnahmenart.SPRACHKURS, "Deutsch B1",
            Verantwortung.PERSON, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30));
    private final Pflicht pflicht = new Pflicht(UUID.randomUUID(), "Termine der Schuldnerberatung wahrnehmen");
    private final LeistungAmt leistung = new LeistungAmt(UUID.randomUUID(), "Übernahme der Fahrtkosten");
    private final Pflicht kontoauszuege = new Pflicht(UUID.randomUUID(), "Kontoauszüge monatlich vorlegen");
    private final Vereinbarungsinhalt inhalt = new Vereinbarungsinhalt(List.of(ziel), List.of(schuldnerberatung, sprachkurs),
            List.of(pflicht), List.of(leistung), TERMIN);

    private AggregateTestFixture<Hilfevereinbarung> fixture;

    @BeforeEach
    void fixture() {
        fixture = fixtureMit(new Ueberpruefungsfrist(6));
    }

    private AggregateTestFixture<Hilfevereinbarung> fixtureMit(Ueberpruefungsfrist frist) {
        Map<UUID, Fallauskunft.Fallstand> faelle = Map.of(
                fallId, new Fallauskunft.Fallstand("Innenstadt", FallStatus.OFFEN),
                abgeschlossenerFall, new Fallauskunft.Fallstand("Innenstadt", FallStatus.ABGESCHLOSSEN));
        AggregateTestFixture<Hilfevereinbarung> neu = new AggregateTestFixture<>(Hilfevereinbarung.class);
        neu.registerInjectableResource(Clock.fixed(ZonedDateTime.of(HEUTE.atTime(9, 30), BERLIN).toInstant(), BERLIN));
        neu.registerInjectableResource(frist);
        neu.registerInjectableResource((Fallauskunft) fall -> Optional.ofNullable(faelle.get(fall)));
        return neu;
    }

    private Vereinbarungsinhalt mitTermin(LocalDate termin) {
        return new Vereinbarungsinhalt(inhalt.ziele(), inhalt.massnahmen(), inhalt.pflichten(), inhalt.leistungenAmt(), termin);
    }

    private Vereinbarungsinhalt mitZielen(Ziel... ziele) {
        return new Vereinbarungsinhalt(List.of(ziele), inhalt.massnahmen(), inhalt.pflichten(), inhalt.leistungenAmt(), TERMIN);
    }

    /** Fassung 2 of the journey: the language course is dropped, a duty is added, the review moves. */
    private Vereinbarungsinhalt fortgeschrieben() {
        return new Vereinbarungsinhalt(List.of(ziel), List.of(schuldnerberatung),
                List.of(pflicht, kontoauszuege), List.of(leistung),
                LocalDate.of(2026, 7, 15));
    }

    private HilfevereinbarungEntworfen entworfen() {
        return new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, inhalt, ENTWORFEN_AM);
    }

    private HilfevereinbarungUnterzeichnet personUnterschreibt(int fassung, LocalDate am) {
        return new HilfevereinbarungUnterzeichnet(id, fassung, Unterzeichner.PERSON, am, null);
    }

    private HilfevereinbarungUnterzeichnet amtUnterschreibt(int fassung, LocalDate am) {
        return new HilfevereinbarungUnterzeichnet(id, fassung, Unterzeichner.FALLMANAGER, am, "fm.mueller");
    }

    /** Drafted, signed by both, in force since 20.02.2026: version 3. */
    private Object[] inKraft() {
        return new Object[] {entworfen(), personUnterschreibt(1, IN_KRAFT_AM), amtUnterschreibt(1, IN_KRAFT_AM),
                new HilfevereinbarungInKraftGetreten(id, 1, IN_KRAFT_AM, null, TERMIN)};
    }

    @Nested
    class Entwerfen {

        @Test
        void eintraegeWerdenNfcNormalisiertUndBereinigtGespeichert() {
            Ziel zerlegt = new Ziel(ziel.zielId(), "  Schulden bei den Stadtwerken gekla\u0308rt ", ziel.zieldatum());
            Ziel gespeichert = new Ziel(ziel.zielId(), "Schulden bei den Stadtwerken geklärt", ziel.zieldatum());
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitZielen(zerlegt)))
                    .expectEvents(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, mitZielen(gespeichert), HEUTE));
        }

        @Test
        void einZielUeber500ZeichenWirdMitSeinemPlatzInDerListeAbgelehnt() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitZielen(ziel, new Ziel(UUID.randomUUID(), "Z".repeat(501), TERMIN))))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „ziele[1].beschreibung“ ist zu lang: erlaubt sind höchstens 500 Zeichen, angegeben sind 501.")
                    .expectNoEvents();
        }

        @Test
        void einLeererEintragUnterDenZielenWirdAbgelehnt() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, new Vereinbarungsinhalt(java.util.Arrays.asList(ziel, null),
                            inhalt.massnahmen(), null, null, TERMIN)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Liste „ziele“ enthält einen leeren Eintrag (null).")
                    .expectNoEvents();
        }

        @Test
        void mehrAls50PflichtenWerdenNichtVereinbart() {
            List<Pflicht> pflichten = java.util.stream.IntStream.rangeClosed(1, 51)
                    .mapToObj(i -> new Pflicht(UUID.randomUUID(), "Pflicht " + i)).toList();
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, new Vereinbarungsinhalt(List.of(ziel), null, pflichten, null, TERMIN)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Liste „pflichten“ hat 51 Einträge; erlaubt sind höchstens 50.")
                    .expectNoEvents();
        }

        @Test
        void einPartnernameIstEinKurztextOhneSteuerzeichen() {
            Massnahme mitSteuerzeichen = new Massnahme(UUID.randomUUID(), Massnahmenart.SCHULDNERBERATUNG, null, Verantwortung.PARTNER,
                    "Caritas\u0007", LocalDate.of(2026, 3, 9), null);
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, new Vereinbarungsinhalt(List.of(ziel), List.of(mitSteuerzeichen), null,
                            null, TERMIN)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „massnahmen[0].partnerBezeichnung“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+0007).");
        }

        @Test
        void einAltesEreignisJenseitsHeutigerGrenzenLaesstSichWeiterLesen() {
            Ziel altesZiel = new Ziel(ziel.zielId(), "Z".repeat(5000), LocalDate.of(2026, 7, 31));
            Vereinbarungsinhalt alt = new Vereinbarungsinhalt(List.of(altesZiel), List.of(schuldnerberatung), null, null, TERMIN);
            fixture.given(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, alt, ENTWORFEN_AM))
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, HEUTE, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new HilfevereinbarungUnterzeichnet(id, 1, Unterzeichner.PERSON, HEUTE, null));
        }

        @Test
        void einEntwurfWirdFuerEinenOffenenFallInDessenDienststelleAngelegt() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, inhalt))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, inhalt, HEUTE));
        }

        @Test
        void einEntwurfDarfNochOhneZieleUndMassnahmenSein() {
            Vereinbarungsinhalt leer = new Vereinbarungsinhalt(null, null, null, null, TERMIN);
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, leer))
                    .expectEvents(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, leer, HEUTE));
        }

        @Test
        void fuerEinenAbgeschlossenenFallWirdKeineHilfevereinbarungEntworfen() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, abgeschlossenerFall, inhalt))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Fall ist abgeschlossen; für ihn wird keine Hilfevereinbarung mehr entworfen. "
                            + "Bitte nehmen Sie ihn zuerst wieder auf.")
                    .expectNoEvents();
        }

        @Test
        void fuerEinenUnbekanntenFallGibtEsKeineHilfevereinbarung() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, UUID.randomUUID(), inhalt))
                    .expectException(NichtGefunden.class)
                    .expectExceptionMessage("Einen Fall mit dieser Kennung gibt es nicht.")
                    .expectNoEvents();
        }

        @Test
        void ohneFallGibtEsKeinenEntwurf() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, null, inhalt))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Fall fehlt, zu dem die Hilfevereinbarung gehört.");
        }

        @Test
        void ohneInhaltGibtEsKeinenEntwurf() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Inhalt der Hilfevereinbarung fehlt.");
        }

        @Test
        void dieNaechsteUeberpruefungLiegtHoechstensSechsMonateVoraus() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitTermin(HEUTE.plusMonths(6).plusDays(1))))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die nächste Überprüfung darf höchstens 6 Monate in der Zukunft liegen, "
                            + "also spätestens am 02.09.2026.")
                    .expectNoEvents();
        }

        @Test
        void sechsMonateAufDenTagGenauSindErlaubt() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitTermin(HEUTE.plusMonths(6))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void dieHoechstfristIstEinstellbar() {
            fixtureMit(new Ueberpruefungsfrist(3)).givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitTermin(HEUTE.plusMonths(4))))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die nächste Überprüfung darf höchstens 3 Monate in der Zukunft liegen, "
                            + "also spätestens am 02.06.2026.");
            fixtureMit(new Ueberpruefungsfrist(1)).givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitTermin(HEUTE.plusMonths(2))))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die nächste Überprüfung darf höchstens einen Monat in der Zukunft liegen, "
                            + "also spätestens am 02.04.2026.");
        }

        @Test
        void eineHoechstfristAusserhalbVonEinemBisVierundzwanzigMonatenIstEinKonfigurationsfehler() {
            assertThatThrownBy(() -> new Ueberpruefungsfrist(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fallbuch.hilfevereinbarung.max-monate-bis-ueberpruefung muss zwischen 1 und 24 liegen, ist aber 0.");
        }

        @Test
        void dieNaechsteUeberpruefungLiegtNachDemHeutigenTag() {
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitTermin(HEUTE)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Termin der nächsten Überprüfung (02.03.2026) muss nach dem heutigen Tag liegen.");
        }

        @Test
        void einZielMitVergangenemZieldatumWirdNichtVereinbart() {
            Ziel ueberfaellig = new Ziel(UUID.randomUUID(), "Wohnung gefunden", HEUTE.minusDays(1));
            fixture.givenNoPriorActivity()
                    .when(new HilfevereinbarungEntwerfen(id, fallId, mitZielen(ueberfaellig)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Das Zieldatum des Ziels „Wohnung gefunden“ liegt in der Vergangenheit.");
        }
    }

    @Nested
    class EntwurfBearbeiten {

        @Test
        void derEntwurfBekommtNeuenInhalt() {
            fixture.given(entworfen())
                    .when(new EntwurfAendern(id, 0L, mitTermin(LocalDate.of(2026, 5, 4))))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new EntwurfGeaendert(id, 1, mitTermin(LocalDate.of(2026, 5, 4)), HEUTE, Set.of()));
        }

        @Test
        void eineAenderungVerwirftDieSchonGegebenenUnterschriften() {
            fixture.given(entworfen(), personUnterschreibt(1, ENTWORFEN_AM))
                    .when(new EntwurfAendern(id, 1L, mitTermin(LocalDate.of(2026, 5, 4))))
                    .expectEvents(new EntwurfGeaendert(id, 1, mitTermin(LocalDate.of(2026, 5, 4)), HEUTE, Set.of(Unterzeichner.PERSON)));
        }

        @Test
        void nachDerAenderungMussDiePersonErneutUnterschreiben() {
            fixture.given(entworfen(), personUnterschreibt(1, ENTWORFEN_AM),
                            new EntwurfGeaendert(id, 1, mitTermin(LocalDate.of(2026, 5, 4)), HEUTE, Set.of(Unterzeichner.PERSON)))
                    .when(new HilfevereinbarungUnterzeichnen(id, 2L, Unterzeichner.FALLMANAGER, HEUTE, "fm.mueller"))
                    .expectEvents(new HilfevereinbarungUnterzeichnet(id, 1, Unterzeichner.FALLMANAGER, HEUTE, "fm.mueller"));
        }

        @Test
        void einUnveraenderterEntwurfIstKeineAenderung() {
            fixture.given(entworfen())
                    .when(new EntwurfAendern(id, 0L, inhalt))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Entwurf enthält diese Angaben bereits; es gibt nichts zu ändern.");
        }

        @Test
        void eineGeltendeHilfevereinbarungAendertSichNurDurchFortschreibung() {
            fixture.given(inKraft())
                    .when(new EntwurfAendern(id, 3L, mitTermin(LocalDate.of(2026, 5, 4))))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es liegt kein Entwurf vor. Eine geltende Hilfevereinbarung ändert sich nur durch eine Fortschreibung.");
        }

        @Test
        void derEntwurfEinerFortschreibungWirdGeaendert() {
            fixture.given(inKraft())
                    .andGiven(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Überprüfung", HEUTE))
                    .when(new EntwurfAendern(id, 4L, mitTermin(LocalDate.of(2026, 5, 4))))
                    .expectEvents(new EntwurfGeaendert(id, 2, mitTermin(LocalDate.of(2026, 5, 4)), HEUTE, Set.of()));
        }

        @Test
        void auchDerGeaenderteEntwurfHaeltDieUeberpruefungsfristEin() {
            fixture.given(entworfen())
                    .when(new EntwurfAendern(id, 0L, mitTermin(HEUTE.plusMonths(7))))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die nächste Überprüfung darf höchstens 6 Monate in der Zukunft liegen, "
                            + "also spätestens am 02.09.2026.");
        }
    }

    @Nested
    class Unterschrift {

        @Test
        void diePersonUnterschreibtUndWilligtDamitEin() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, ENTWORFEN_AM, "wird ignoriert"))
                    .expectResultMessagePayload(1L)
                    .expectEvents(personUnterschreibt(1, ENTWORFEN_AM));
        }

        @Test
        void mitDerZweitenUnterschriftTrittSieAmTagDerLetztenUnterschriftInKraft() {
            fixture.given(entworfen(), personUnterschreibt(1, IN_KRAFT_AM))
                    .when(new HilfevereinbarungUnterzeichnen(id, 1L, Unterzeichner.FALLMANAGER, null, "fm.mueller"))
                    .expectResultMessagePayload(3L)
                    .expectEvents(new HilfevereinbarungUnterzeichnet(id, 1, Unterzeichner.FALLMANAGER, HEUTE, "fm.mueller"),
                            new HilfevereinbarungInKraftGetreten(id, 1, HEUTE, null, TERMIN));
        }

        @Test
        void eineEinzelneUnterschriftSetztNochNichtsInKraft() {
            fixture.given(entworfen(), amtUnterschreibt(1, IN_KRAFT_AM))
                    .when(new MassnahmeBeginnen(id, 1L, schuldnerberatung.massnahmeId(), HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung ist noch nicht in Kraft: "
                            + "sie gilt erst, wenn die Person und das Amt sie unterschrieben haben.");
        }

        @Test
        void ohneZielWirdNichtUnterschrieben() {
            Vereinbarungsinhalt ohneZiel = new Vereinbarungsinhalt(List.of(), List.of(schuldnerberatung), List.of(), List.of(), TERMIN);
            fixture.given(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, ohneZiel, ENTWORFEN_AM))
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ohne mindestens ein Ziel und eine Maßnahme kann die Hilfevereinbarung nicht unterschrieben werden.")
                    .expectNoEvents();
        }

        @Test
        void ohneMassnahmeWirdNichtUnterschrieben() {
            Vereinbarungsinhalt ohneMassnahme = new Vereinbarungsinhalt(List.of(ziel), List.of(), List.of(), List.of(), TERMIN);
            fixture.given(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, ohneMassnahme, ENTWORFEN_AM))
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.FALLMANAGER, HEUTE, "fm.mueller"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ohne mindestens ein Ziel und eine Maßnahme kann die Hilfevereinbarung nicht unterschrieben werden.");
        }

        @Test
        void niemandUnterschreibtDieselbeFassungZweimal() {
            fixture.given(entworfen(), personUnterschreibt(1, ENTWORFEN_AM))
                    .when(new HilfevereinbarungUnterzeichnen(id, 1L, Unterzeichner.PERSON, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Person hat die Fassung 1 bereits am 16.02.2026 unterschrieben.");
        }

        @Test
        void eineUnterschriftInDerZukunftWirdAbgelehnt() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, HEUTE.plusDays(1), null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum der Unterschrift liegt in der Zukunft.");
        }

        @Test
        void niemandUnterschreibtVorDemStandDesEntwurfs() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, ENTWORFEN_AM.minusDays(1), null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Unterschrift kann nicht vor dem Stand des Entwurfs vom 16.02.2026 liegen.");
        }

        @Test
        void einVerstrichenerUeberpruefungsterminMussVorDerUnterschriftGeaendertWerden() {
            Vereinbarungsinhalt alt = mitTermin(HEUTE.minusDays(1));
            fixture.given(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, alt, LocalDate.of(2025, 9, 1)))
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.PERSON, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Termin der nächsten Überprüfung (01.03.2026) muss nach dem heutigen Tag liegen.");
        }

        @Test
        void esMussFeststehenWerUnterschreibt() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, null, HEUTE, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Es fehlt, wer unterschreibt (PERSON oder FALLMANAGER).");
        }

        @Test
        void fuerDasAmtUnterschreibtEineBenanntePerson() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungUnterzeichnen(id, 0L, Unterzeichner.FALLMANAGER, HEUTE, " "))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Es fehlt, wer für das Amt unterschreibt.");
        }

        @Test
        void eineGeltendeFassungWirdNichtNochmalUnterschrieben() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungUnterzeichnen(id, 3L, Unterzeichner.PERSON, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Es liegt kein Entwurf zur Unterschrift vor; die geltende Fassung 1 ist bereits von beiden Seiten unterschrieben.");
        }
    }

    @Nested
    class Fortschreibung {

        @Test
        void eineFortschreibungEntwirftFassungZwei() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungFortschreiben(id, 3L, fortgeschrieben(), "Ergebnis der Überprüfung"))
                    .expectResultMessagePayload(4L)
                    .expectEvents(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Ergebnis der Überprüfung", HEUTE));
        }

        @Test
        void bisZurUnterschriftGiltDieBisherigeFassungWeiter() {
            fixture.given(inKraft())
                    .andGiven(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Überprüfung", HEUTE))
                    .when(new MassnahmeBeginnen(id, 4L, sprachkurs.massnahmeId(), HEUTE))
                    .expectEvents(new MassnahmeBegonnen(id, sprachkurs.massnahmeId(), HEUTE));
        }

        @Test
        void mitBeidenUnterschriftenLoestFassungZweiDieErsteAb() {
            fixture.given(inKraft())
                    .andGiven(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Überprüfung", HEUTE),
                            personUnterschreibt(2, HEUTE))
                    .when(new HilfevereinbarungUnterzeichnen(id, 5L, Unterzeichner.FALLMANAGER, HEUTE, "fm.yilmaz"))
                    .expectEvents(new HilfevereinbarungUnterzeichnet(id, 2, Unterzeichner.FALLMANAGER, HEUTE, "fm.yilmaz"),
                            new HilfevereinbarungInKraftGetreten(id, 2, HEUTE, 1, LocalDate.of(2026, 7, 15)));
        }

        @Test
        void nachDemInkrafttretenGiltNurNochDieNeueFassung() {
            fixture.given(inKraft())
                    .andGiven(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Überprüfung", HEUTE),
                            personUnterschreibt(2, HEUTE), amtUnterschreibt(2, HEUTE),
                            new HilfevereinbarungInKraftGetreten(id, 2, HEUTE, 1, LocalDate.of(2026, 7, 15)))
                    .when(new MassnahmeBeginnen(id, 7L, sprachkurs.massnahmeId(), HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die geltende Fassung der Hilfevereinbarung enthält keine solche Maßnahme.");
        }

        @Test
        void einEntwurfWirdGeaendertNichtFortgeschrieben() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungFortschreiben(id, 0L, fortgeschrieben(), "Überprüfung"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung ist noch nicht in Kraft; ihr Entwurf wird geändert, nicht fortgeschrieben.");
        }

        @Test
        void esGibtNurEineFortschreibungZurZeit() {
            fixture.given(inKraft())
                    .andGiven(new HilfevereinbarungFortgeschrieben(id, 2, fortgeschrieben(), "Überprüfung", HEUTE))
                    .when(new HilfevereinbarungFortschreiben(id, 4L, mitTermin(LocalDate.of(2026, 5, 4)), "noch eine"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Fortschreibung liegt bereits als Entwurf der Fassung 2 vor; bitte ändern Sie diesen Entwurf.");
        }

        @Test
        void eineFortschreibungOhneAenderungIstKeine() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungFortschreiben(id, 3L, inhalt, "Überprüfung"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Fortschreibung ändert nichts an der geltenden Fassung 1.");
        }

        @Test
        void eineFortschreibungNenntIhrenAnlass() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungFortschreiben(id, 3L, fortgeschrieben(), ""))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Anlass der Fortschreibung fehlt.");
        }

        @Test
        void unveraendertUebernommeneZieleDuerfenUeberfaelligSein() {
            Ziel ueberfaellig = new Ziel(UUID.randomUUID(), "Wohnung gefunden", LocalDate.of(2026, 2, 27));
            Vereinbarungsinhalt alt = mitZielen(ueberfaellig);
            Vereinbarungsinhalt neu = new Vereinbarungsinhalt(List.of(ueberfaellig), inhalt.massnahmen(), inhalt.pflichten(),
                    inhalt.leistungenAmt(), LocalDate.of(2026, 4, 1));
            fixture.given(new HilfevereinbarungEntworfen(id, fallId, "Innenstadt", 1, alt, ENTWORFEN_AM),
                            personUnterschreibt(1, IN_KRAFT_AM), amtUnterschreibt(1, IN_KRAFT_AM),
                            new HilfevereinbarungInKraftGetreten(id, 1, IN_KRAFT_AM, null, TERMIN))
                    .when(new HilfevereinbarungFortschreiben(id, 3L, neu, "Termin vorgezogen"))
                    .expectEvents(new HilfevereinbarungFortgeschrieben(id, 2, neu, "Termin vorgezogen", HEUTE));
        }

        @Test
        void einGeaendertesZielBrauchtEinZukuenftigesZieldatum() {
            Ziel geaendert = new Ziel(ziel.zielId(), "Mietschulden zur Hälfte getilgt", HEUTE.minusDays(1));
            fixture.given(inKraft())
                    .when(new HilfevereinbarungFortschreiben(id, 3L, mitZielen(geaendert), "Überprüfung"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Das Zieldatum des Ziels „Mietschulden zur Hälfte getilgt“ liegt in der Vergangenheit.");
        }
    }

    @Nested
    class Massnahmen {

        private final UUID massnahmeId = schuldnerberatung.massnahmeId();

        @Test
        void eineMassnahmeBeginntUndWirdAbgeschlossen() {
            fixture.given(inKraft())
                    .when(new MassnahmeBeginnen(id, 3L, massnahmeId, LocalDate.of(2026, 2, 23)))
                    .expectResultMessagePayload(4L)
                    .expectEvents(new MassnahmeBegonnen(id, massnahmeId, LocalDate.of(2026, 2, 23)));
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, LocalDate.of(2026, 2, 23)))
                    .when(new MassnahmeAbschliessen(id, 4L, massnahmeId, null))
                    .expectEvents(new MassnahmeAbgeschlossen(id, massnahmeId, HEUTE));
        }

        @Test
        void eineBegonneneMassnahmeWirdMitGrundAbgebrochen() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, LocalDate.of(2026, 2, 23)))
                    .when(new MassnahmeAbbrechen(id, 4L, massnahmeId, HEUTE, "Beratungsstelle geschlossen"))
                    .expectEvents(new MassnahmeAbgebrochen(id, massnahmeId, HEUTE, "Beratungsstelle geschlossen"));
        }

        @Test
        void auchEineNieAngetreteneMassnahmeKannAbgebrochenWerden() {
            fixture.given(inKraft())
                    .when(new MassnahmeAbbrechen(id, 3L, massnahmeId, HEUTE, "Platz nicht angetreten"))
                    .expectEvents(new MassnahmeAbgebrochen(id, massnahmeId, HEUTE, "Platz nicht angetreten"));
        }

        @Test
        void einAbbruchBrauchtEinenGrund() {
            fixture.given(inKraft())
                    .when(new MassnahmeAbbrechen(id, 3L, massnahmeId, HEUTE, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für den Abbruch der Maßnahme fehlt.");
        }

        @Test
        void vorDemInkrafttretenBeginntKeineMassnahme() {
            fixture.given(entworfen())
                    .when(new MassnahmeBeginnen(id, 0L, massnahmeId, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung ist noch nicht in Kraft: "
                            + "sie gilt erst, wenn die Person und das Amt sie unterschrieben haben.");
        }

        @Test
        void eineUnbekannteMassnahmeBeginntNicht() {
            fixture.given(inKraft())
                    .when(new MassnahmeBeginnen(id, 3L, UUID.randomUUID(), HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die geltende Fassung der Hilfevereinbarung enthält keine solche Maßnahme.");
        }

        @Test
        void eineMassnahmeBeginntNurEinmal() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, HEUTE))
                    .when(new MassnahmeBeginnen(id, 4L, massnahmeId, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ hat bereits begonnen.");
        }

        @Test
        void nurEineBegonneneMassnahmeWirdAbgeschlossen() {
            fixture.given(inKraft())
                    .when(new MassnahmeAbschliessen(id, 3L, massnahmeId, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ hat noch nicht begonnen und kann daher nicht abgeschlossen werden.");
        }

        @Test
        void eineAbgeschlosseneMassnahmeWirdWederErneutAbgeschlossenNochAbgebrochen() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, IN_KRAFT_AM), new MassnahmeAbgeschlossen(id, massnahmeId, HEUTE))
                    .when(new MassnahmeAbschliessen(id, 5L, massnahmeId, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ ist bereits abgeschlossen.");
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, IN_KRAFT_AM), new MassnahmeAbgeschlossen(id, massnahmeId, HEUTE))
                    .when(new MassnahmeAbbrechen(id, 5L, massnahmeId, HEUTE, "zu spät"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ ist bereits abgeschlossen.");
        }

        @Test
        void eineAbgebrocheneMassnahmeBeginntNichtMehr() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeAbgebrochen(id, massnahmeId, HEUTE, "nicht angetreten"))
                    .when(new MassnahmeBeginnen(id, 4L, massnahmeId, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ ist bereits abgebrochen.");
        }

        @Test
        void keineMassnahmeEndetVorIhremBeginn() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, HEUTE))
                    .when(new MassnahmeAbschliessen(id, 4L, massnahmeId, HEUTE.minusDays(1)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ kann nicht vor ihrem Beginn am 02.03.2026 abgeschlossen werden.");
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, massnahmeId, HEUTE))
                    .when(new MassnahmeAbbrechen(id, 4L, massnahmeId, HEUTE.minusDays(1), "krank"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Maßnahme „Schuldnerberatung“ kann nicht vor ihrem Beginn am 02.03.2026 abgebrochen werden.");
        }

        @Test
        void derBeginnLiegtNichtInDerZukunft() {
            fixture.given(inKraft())
                    .when(new MassnahmeBeginnen(id, 3L, massnahmeId, HEUTE.plusDays(1)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Beginn der Maßnahme kann nicht in der Zukunft liegen.");
        }

        @Test
        void derBeginnLiegtNichtVorDemInkrafttreten() {
            fixture.given(inKraft())
                    .when(new MassnahmeBeginnen(id, 3L, massnahmeId, IN_KRAFT_AM.minusDays(1)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Beginn der Maßnahme kann nicht vor dem Inkrafttreten der Hilfevereinbarung am 20.02.2026 liegen.");
        }
    }

    @Nested
    class Ziele {

        @Test
        void einZielWirdAlsErreichtFestgehalten() {
            fixture.given(inKraft())
                    .when(new ZielerreichungFeststellen(id, 3L, ziel.zielId(), HEUTE, "Ratenplan mit dem Vermieter"))
                    .expectEvents(new ZielErreicht(id, ziel.zielId(), HEUTE, "Ratenplan mit dem Vermieter"));
        }

        @Test
        void einVerfehltesZielWirdBegruendet() {
            fixture.given(inKraft())
                    .when(new ZielverfehlungFeststellen(id, 3L, ziel.zielId(), HEUTE, "Vermieter lehnt Ratenzahlung ab"))
                    .expectEvents(new ZielVerfehlt(id, ziel.zielId(), HEUTE, "Vermieter lehnt Ratenzahlung ab"));
            fixture.given(inKraft())
                    .when(new ZielverfehlungFeststellen(id, 3L, ziel.zielId(), HEUTE, " "))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte begründen Sie, warum das Ziel verfehlt wurde.");
        }

        @Test
        void einZielWirdNurEinmalBewertet() {
            fixture.given(inKraft())
                    .andGiven(new ZielErreicht(id, ziel.zielId(), HEUTE, null))
                    .when(new ZielverfehlungFeststellen(id, 4L, ziel.zielId(), HEUTE, "doch nicht"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Für das Ziel „Mietschulden sind geregelt“ ist bereits festgehalten, dass es erreicht wurde.");
        }

        @Test
        void einUnbekanntesZielWirdNichtBewertet() {
            fixture.given(inKraft())
                    .when(new ZielerreichungFeststellen(id, 3L, UUID.randomUUID(), HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die geltende Fassung der Hilfevereinbarung enthält kein solches Ziel.");
        }

        @Test
        void einZielWirdNichtImVorausAlsErreichtFestgehalten() {
            fixture.given(inKraft())
                    .when(new ZielerreichungFeststellen(id, 3L, ziel.zielId(), HEUTE.plusDays(1), null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Erreichen des Ziels kann nicht in der Zukunft liegen.");
        }
    }

    @Nested
    class Ueberpruefung {

        @Test
        void eineUeberpruefungHaeltErgebnisUndNaechstenTerminFest() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, HEUTE, "Schuldnerberatung läuft", LocalDate.of(2026, 9, 1)))
                    .expectEvents(new UeberpruefungDokumentiert(id, HEUTE, "Schuldnerberatung läuft", LocalDate.of(2026, 9, 1)));
        }

        @Test
        void derNaechsteTerminLiegtHoechstensSechsMonateNachDerUeberpruefung() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, LocalDate.of(2026, 2, 27), "läuft", LocalDate.of(2026, 8, 28)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die nächste Überprüfung darf höchstens 6 Monate nach dieser liegen, also spätestens am 27.08.2026.");
        }

        @Test
        void derNaechsteTerminLiegtInDerZukunft() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, IN_KRAFT_AM, "läuft", HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Termin der nächsten Überprüfung (02.03.2026) muss nach dem heutigen Tag liegen.");
        }

        @Test
        void ohneNaechstenTerminKeineUeberpruefung() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, HEUTE, "läuft", null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Termin der nächsten Überprüfung fehlt.");
        }

        @Test
        void ohneErgebnisKeineUeberpruefung() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, HEUTE, null, LocalDate.of(2026, 9, 1)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Ergebnis der Überprüfung fehlt.");
        }

        @Test
        void einEntwurfWirdNichtUeberprueft() {
            fixture.given(entworfen())
                    .when(new UeberpruefungDokumentieren(id, 0L, HEUTE, "läuft", LocalDate.of(2026, 9, 1)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung ist noch nicht in Kraft: "
                            + "sie gilt erst, wenn die Person und das Amt sie unterschrieben haben.");
        }
    }

    @Nested
    class Pflichtverletzung {

        @Test
        void einePflichtverletzungWirdMitDerStellungnahmeDerPersonFestgehaltenUndSonstGeschiehtNichts() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, pflicht.pflichtId(), HEUTE, "Termin am 26.02. versäumt",
                            "Kind war krank", false))
                    .expectEvents(new PflichtverletzungDokumentiert(id, pflicht.pflichtId(), HEUTE, "Termin am 26.02. versäumt",
                            "Kind war krank", false));
        }

        @Test
        void nachEinerPflichtverletzungGiltDieHilfevereinbarungUnveraendertWeiter() {
            fixture.given(inKraft())
                    .andGiven(new PflichtverletzungDokumentiert(id, pflicht.pflichtId(), HEUTE, "versäumt", null, true))
                    .when(new MassnahmeBeginnen(id, 4L, schuldnerberatung.massnahmeId(), HEUTE))
                    .expectEvents(new MassnahmeBegonnen(id, schuldnerberatung.massnahmeId(), HEUTE));
        }

        @Test
        void willDiePersonSichNichtAeussernWirdDasVermerkt() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, pflicht.pflichtId(), HEUTE, "versäumt", null, true))
                    .expectEvents(new PflichtverletzungDokumentiert(id, pflicht.pflichtId(), HEUTE, "versäumt", null, true));
        }

        @Test
        void ohneStellungnahmeOderVermerkWirdNichtsFestgehalten() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, pflicht.pflichtId(), HEUTE, "versäumt", " ", false))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Stellungnahme der Person fehlt. Wollte sie sich nicht äußern, "
                            + "vermerken Sie das bitte (stellungnahmeAbgelehnt).");
        }

        @Test
        void stellungnahmeUndVermerkSchliessenSichAus() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, pflicht.pflichtId(), HEUTE, "versäumt", "krank", true))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Es ist eine Stellungnahme erfasst und zugleich vermerkt, dass die Person sich nicht äußern wollte. "
                            + "Bitte nur eines angeben.");
        }

        @Test
        void nurEinePflichtDerGeltendenFassungKannVerletztWerden() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, UUID.randomUUID(), HEUTE, "versäumt", "krank", false))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die geltende Fassung der Hilfevereinbarung enthält keine solche Pflicht.");
        }

        @Test
        void ohneSachverhaltKeinePflichtverletzung() {
            fixture.given(inKraft())
                    .when(new PflichtverletzungDokumentieren(id, 3L, pflicht.pflichtId(), HEUTE, null, "krank", false))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Sachverhalt der Pflichtverletzung fehlt.");
        }
    }

    @Nested
    class Einwilligungswiderruf {

        @Test
        void derWiderrufDerEinwilligungBeendetDieHilfevereinbarung() {
            fixture.given(inKraft())
                    .when(new EinwilligungswiderrufErfassen(id, 3L, HEUTE, "möchte keine Beratung mehr"))
                    .expectEvents(new EinwilligungWiderrufen(id, HEUTE, "möchte keine Beratung mehr"));
            fixture.given(inKraft())
                    .andGiven(new EinwilligungWiderrufen(id, HEUTE, null))
                    .when(new MassnahmeBeginnen(id, 4L, schuldnerberatung.massnahmeId(), HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung ist beendet (Einwilligung widerrufen); es kann nichts mehr eingetragen werden.");
        }

        @Test
        void einGrundIstNichtNoetigUndOhneDatumGiltHeute() {
            fixture.given(inKraft())
                    .when(new EinwilligungswiderrufErfassen(id, 3L, null, null))
                    .expectEvents(new EinwilligungWiderrufen(id, HEUTE, null));
        }

        @Test
        void wasDiePersonUnterschriebenHatKannSieAuchImEntwurfWiderrufen() {
            fixture.given(entworfen(), personUnterschreibt(1, ENTWORFEN_AM))
                    .when(new EinwilligungswiderrufErfassen(id, 1L, HEUTE, null))
                    .expectEvents(new EinwilligungWiderrufen(id, HEUTE, null));
        }

        @Test
        void ohneUnterschriftDerPersonGibtEsNichtsZuWiderrufen() {
            fixture.given(entworfen(), amtUnterschreibt(1, ENTWORFEN_AM))
                    .when(new EinwilligungswiderrufErfassen(id, 1L, HEUTE, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Person hat noch nicht unterschrieben und damit nicht eingewilligt; es gibt nichts zu widerrufen. "
                            + "Einen Entwurf, den die Person nicht will, beenden Sie als abgebrochen.");
        }

        @Test
        void einWiderrufLiegtNichtInDerZukunft() {
            fixture.given(inKraft())
                    .when(new EinwilligungswiderrufErfassen(id, 3L, HEUTE.plusDays(1), null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Widerruf kann nicht in der Zukunft liegen.");
        }
    }

    @Nested
    class Beendigung {

        @Test
        void eineErfuellteHilfevereinbarungEndet() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, Beendigungsgrund.ERFUELLT, "Mietschulden getilgt"))
                    .expectResultMessagePayload(4L)
                    .expectEvents(new HilfevereinbarungBeendet(id, Beendigungsgrund.ERFUELLT, "Mietschulden getilgt", HEUTE));
        }

        @Test
        void eineErsetzteHilfevereinbarungEndetAuchOhneBemerkung() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, Beendigungsgrund.ERSETZT, null))
                    .expectEvents(new HilfevereinbarungBeendet(id, Beendigungsgrund.ERSETZT, null, HEUTE));
        }

        @Test
        void einAbbruchWirdBegruendet() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungBeenden(id, 0L, Beendigungsgrund.ABGEBROCHEN, "Person lehnt den Entwurf ab"))
                    .expectEvents(new HilfevereinbarungBeendet(id, Beendigungsgrund.ABGEBROCHEN, "Person lehnt den Entwurf ab", HEUTE));
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, Beendigungsgrund.ABGEBROCHEN, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte begründen Sie den Abbruch der Hilfevereinbarung in der Bemerkung.");
        }

        @Test
        void einNieInKraftGetretenerEntwurfIstNichtErfuellt() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungBeenden(id, 0L, Beendigungsgrund.ERFUELLT, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Eine Hilfevereinbarung, die nie in Kraft getreten ist, kann nicht erfüllt sein.");
        }

        @Test
        void mitDemGrundFallabschlussEndetSieNurDurchDenAbschlussDesFalls() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, Beendigungsgrund.FALL_ABGESCHLOSSEN, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Aus diesem Grund endet eine Hilfevereinbarung nur dadurch, dass der Fall abgeschlossen wird.");
        }

        @Test
        void einWiderrufWirdAlsWiderrufErfasstNichtAlsBeendigung() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, Beendigungsgrund.EINWILLIGUNG_WIDERRUFEN, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Einen Widerruf der Einwilligung erfassen Sie bitte als Einwilligungswiderruf, mit dem Datum der Erklärung.");
        }

        @Test
        void ohneGrundKeineBeendigung() {
            fixture.given(inKraft())
                    .when(new HilfevereinbarungBeenden(id, 3L, null, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für die Beendigung fehlt.");
        }

        @Test
        void eineBeendeteHilfevereinbarungNimmtNichtsMehrAn() {
            Object[] beendet = {entworfen(), personUnterschreibt(1, IN_KRAFT_AM), amtUnterschreibt(1, IN_KRAFT_AM),
                    new HilfevereinbarungInKraftGetreten(id, 1, IN_KRAFT_AM, null, TERMIN),
                    new HilfevereinbarungBeendet(id, Beendigungsgrund.ERFUELLT, null, HEUTE)};
            String meldung = "Die Hilfevereinbarung ist beendet (erfüllt); es kann nichts mehr eingetragen werden.";
            fixture.given(beendet)
                    .when(new HilfevereinbarungBeenden(id, 4L, Beendigungsgrund.ERSETZT, null))
                    .expectException(Regelverstoss.class).expectExceptionMessage(meldung);
            fixture.given(beendet)
                    .when(new HilfevereinbarungFortschreiben(id, 4L, fortgeschrieben(), "neu"))
                    .expectException(Regelverstoss.class).expectExceptionMessage(meldung);
            fixture.given(beendet)
                    .when(new EinwilligungswiderrufErfassen(id, 4L, HEUTE, null))
                    .expectException(Regelverstoss.class).expectExceptionMessage(meldung);
            fixture.given(beendet)
                    .when(new UeberpruefungDokumentieren(id, 4L, HEUTE, "x", LocalDate.of(2026, 5, 1)))
                    .expectException(Regelverstoss.class).expectExceptionMessage(meldung);
        }

        @Test
        void einEntwurfEndetMitDemFall() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungMitFallBeenden(id, fallId, HEUTE))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new HilfevereinbarungBeendet(id, Beendigungsgrund.FALL_ABGESCHLOSSEN, null, HEUTE));
        }

        @Test
        void eineGeltendeHilfevereinbarungEndetMitDemFallAuchWennSieInzwischenGeaendertWurde() {
            fixture.given(inKraft())
                    .andGiven(new MassnahmeBegonnen(id, schuldnerberatung.massnahmeId(), HEUTE))
                    .when(new HilfevereinbarungMitFallBeenden(id, fallId, HEUTE))
                    .expectEvents(new HilfevereinbarungBeendet(id, Beendigungsgrund.FALL_ABGESCHLOSSEN, null, HEUTE));
        }

        @Test
        void eineSchonBeendeteHilfevereinbarungBleibtBeimFallabschlussWieSieIst() {
            fixture.given(entworfen(), new HilfevereinbarungBeendet(id, Beendigungsgrund.ABGEBROCHEN, "abgelehnt", ENTWORFEN_AM))
                    .when(new HilfevereinbarungMitFallBeenden(id, fallId, HEUTE))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1L)
                    .expectNoEvents();
        }

        @Test
        void derAbschlussEinesAnderenFallsBeendetSieNicht() {
            fixture.given(entworfen())
                    .when(new HilfevereinbarungMitFallBeenden(id, UUID.randomUUID(), HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Hilfevereinbarung gehört nicht zu diesem Fall.");
        }
    }

    @Nested
    class Versionen {

        @Test
        void eineVeralteteVersionWirdVorJederRegelAbgelehnt() {
            fixture.given(entworfen(), personUnterschreibt(1, ENTWORFEN_AM))
                    .when(new EntwurfAendern(id, 0L, inhalt))
                    .expectException(VeralteteVersion.class)
                    .expectExceptionMessage("Die Hilfevereinbarung wurde inzwischen geändert – bitte neu laden und die Eingabe prüfen.")
                    .expectNoEvents();
        }

        @Test
        void dieAktuelleVersionWirdAngenommenUndDieNeueZurueckgegeben() {
            fixture.given(inKraft())
                    .when(new UeberpruefungDokumentieren(id, 3L, HEUTE, "läuft", LocalDate.of(2026, 8, 3)))
                    .expectResultMessagePayload(4L);
        }
    }
}

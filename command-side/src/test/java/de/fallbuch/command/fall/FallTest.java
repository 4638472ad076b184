package de.fallbuch.command.fall;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Regelverstoss;
import de.fallbuch.kernel.common.UngueltigeAngabe;
import de.fallbuch.kernel.common.VeralteteVersion;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentieren;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentiert;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellen;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellt;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.ErstberatungDokumentieren;
import de.fallbuch.kernel.fall.ErstberatungDokumentiert;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallAbschliessen;
import de.fallbuch.kernel.fall.FallEroeffnen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.FallWiederaufnehmen;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import de.fallbuch.kernel.fall.FallmanagerWechseln;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import de.fallbuch.kernel.fall.VermittlungVeranlassen;
import de.fallbuch.kernel.fall.VermittlungVeranlasst;
import de.fallbuch.kernel.fall.Vermittlungspartner;
import de.fallbuch.kernel.fall.WiedervorlageErledigen;
import de.fallbuch.kernel.fall.WiedervorlageErledigt;
import de.fallbuch.kernel.fall.WiedervorlageGesetzt;
import de.fallbuch.kernel.fall.WiedervorlageSetzen;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.Personenangabe;
import de.fallbuch.kernel.fall.PersonendatenBerichtigen;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FallTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate HEUTE = LocalDate.of(2026, 3, 2);
    private static final LocalDate ERSTER_BESUCH = LocalDate.of(2026, 2, 16);

    private final UUID fallId = UUID.randomUUID();
    private final Person person = new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1),
            new Anschrift("Ludgeristraße 1", "48143", "Münster"));
    private AggregateTestFixture<Fall> fixture;
    /** What the Antrag register answers when the Fall asks for its undecided Anträge. */
    private int unentschiedeneAntraege;
    /** The end of the Fall's latest grant in the Antrag register (null: none). */
    private LocalDate bewilligtBis;
    /** How many Aktenzeichen the Fall drew from the register. */
    private final AtomicInteger gezogeneAktenzeichen = new AtomicInteger();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Fall.class);
        fixture.registerInjectableResource(Clock.fixed(ZonedDateTime.of(HEUTE.atTime(9, 30), BERLIN).toInstant(), BERLIN));
        fixture.registerInjectableResource(new OffeneAntraege() {
            @Override
            public int unentschiedeneAntraege(UUID fall) {
                return unentschiedeneAntraege;
            }

            @Override
            public Optional<LocalDate> laufendeBewilligungBis(UUID fall, LocalDate tag) {
                return Optional.ofNullable(bewilligtBis).filter(bis -> !bis.isBefore(tag));
            }
        });
        fixture.registerInjectableResource((AktenzeichenVergabe) () -> "50-2026-%06d".formatted(gezogeneAktenzeichen.incrementAndGet()));
    }

    private FallEroeffnet eroeffnet() {
        return new FallEroeffnet(fallId, "50-2026-000042", person, "Innenstadt", "fm.mueller", "Mietschulden", ERSTER_BESUCH);
    }

    private ErstberatungDokumentiert erstberaten() {
        return new ErstberatungDokumentiert(fallId, ERSTER_BESUCH, "Mietschulden", "Kontoauszüge mitbringen");
    }

    @Nested
    class Eroeffnen {

        @Test
        void einFallWirdAmTagDesErstenBesuchsEroeffnetUndBekommtDasNaechsteAktenzeichen() {
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload("50-2026-000001")
                    .expectEvents(new FallEroeffnet(fallId, "50-2026-000001", person, "Innenstadt", "fm.mueller", "Mietschulden", HEUTE));
            assertThat(gezogeneAktenzeichen).hasValue(1);
        }

        @Test
        void einGeburtsdatumInDerZukunftWirdAbgelehntOhneEinAktenzeichenZuVerbrauchen() {
            Person ungeboren = new Person("Anna", "Schneider", HEUTE.plusDays(1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, ungeboren, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Geburtsdatum liegt in der Zukunft.")
                    .expectNoEvents();
            assertThat(gezogeneAktenzeichen).hasValue(0);
        }

        @Test
        void einGeburtsdatumVor1900IstNichtPlausibel() {
            Person zuAlt = new Person("Anna", "Schneider", LocalDate.of(1850, 1, 1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, zuAlt, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Geburtsdatum 01.01.1850 ist nicht plausibel: es liegt vor dem 01.01.1900.")
                    .expectNoEvents();
            assertThat(gezogeneAktenzeichen).hasValue(0);
        }

        @Test
        void einNameUeber100ZeichenWirdAbgelehnt() {
            Person langerName = new Person("Anna", "S".repeat(101), LocalDate.of(1980, 5, 1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, langerName, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.nachname“ ist zu lang: erlaubt sind höchstens 100 Zeichen, angegeben sind 101.")
                    .expectNoEvents();
            assertThat(gezogeneAktenzeichen).hasValue(0);
        }

        @Test
        void einNameMitNullByteWirdAbgelehnt() {
            Person mitNull = new Person("Anna", "Schnei\u0000der", LocalDate.of(1980, 5, 1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, mitNull, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.nachname“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+0000).")
                    .expectNoEvents();
        }

        @Test
        void einNameMitRichtungsumkehrWirdAbgelehnt() {
            Person verdreht = new Person("Anna", "Schneider\u202Erednies", LocalDate.of(1980, 5, 1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, verdreht, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.nachname“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+202E).");
        }

        @Test
        void einZeilenumbruchImNamenWirdAbgelehnt() {
            Person zweizeilig = new Person("Anna\nMaria", "Schneider", LocalDate.of(1980, 5, 1), null);
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, zweizeilig, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.vorname“ ist einzeilig: Zeilenumbrüche und Tabulatoren sind hier nicht möglich.");
        }

        @Test
        void eineZuLangeStrasseWirdAbgelehnt() {
            Person langeStrasse = new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1),
                    new Anschrift("L".repeat(101), "48143", "Münster"));
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, langeStrasse, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „anschrift.strasse“ ist zu lang: erlaubt sind höchstens 100 Zeichen, angegeben sind 101.");
        }

        @Test
        void eineDienststelleUeber200ZeichenWirdAbgelehnt() {
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, "I".repeat(201), "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „dienststelle“ ist zu lang: erlaubt sind höchstens 200 Zeichen, angegeben sind 201.");
        }

        @Test
        void einAnliegenUeber10000ZeichenWirdAbgelehntMitZeilenumbruechenDarinIstEsErlaubt() {
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, "Innenstadt", "fm.mueller", "M".repeat(10_001)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „anliegen“ ist zu lang: erlaubt sind höchstens 10.000 Zeichen, angegeben sind 10.001.");
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, "Innenstadt", "fm.mueller", "Mietschulden\r\n\tStrom gesperrt"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void namenWerdenNachNfcNormalisiertUndBereinigtGespeichert() {
            // "Müller" typed with a combining diaeresis (u + U+0308) is stored as the one character ü.
            Person zerlegt = new Person(" Jo\u0308rg ", "Mu\u0308ller", LocalDate.of(1980, 5, 1),
                    new Anschrift(" Ludgeristraße 1 ", "48143", "Mu\u0308nster"));
            Person gespeichert = new Person("Jörg", "Müller", LocalDate.of(1980, 5, 1), new Anschrift("Ludgeristraße 1", "48143", "Münster"));
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, zerlegt, "Innenstadt", "fm.mueller", "Mietschulden"))
                    .expectEvents(new FallEroeffnet(fallId, "50-2026-000001", gespeichert, "Innenstadt", "fm.mueller", "Mietschulden", HEUTE));
        }

        @Test
        void ohneAnliegenGibtEsKeinenFall() {
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, "Innenstadt", "fm.mueller", " "))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Anliegen der Person fehlt.");
            assertThat(gezogeneAktenzeichen).hasValue(0);
        }

        @Test
        void ohneDienststelleGibtEsKeinenFall() {
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, person, null, "fm.mueller", "Mietschulden"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Dienststelle fehlt.");
        }

        @Test
        void einePersonOhneFestenWohnsitzBekommtEinenFall() {
            Person ohneWohnsitz = new Person("Jan", "Kowalski", LocalDate.of(1971, 1, 9), null);
            assertThat(ohneWohnsitz.ohneFestenWohnsitz()).isTrue();
            fixture.givenNoPriorActivity()
                    .when(new FallEroeffnen(fallId, ohneWohnsitz, "Innenstadt", "fm.mueller", "Schlafplatz"))
                    .expectEvents(new FallEroeffnet(fallId, "50-2026-000001", ohneWohnsitz, "Innenstadt", "fm.mueller", "Schlafplatz", HEUTE));
        }

        @Test
        void einAltesEreignisJenseitsHeutigerGrenzenLaesstSichWeiterLesen() {
            // Stored before the limits: 300 characters of surname, born 1850. Sourcing must not re-check it.
            Person alt = new Person("Anna", "S".repeat(300), LocalDate.of(1850, 1, 1), new Anschrift("Weg", "1", "Ort"));
            fixture.given(new FallEroeffnet(fallId, "50-2020-000001", alt, "Innenstadt", "fm.mueller", "Mietschulden", ERSTER_BESUCH))
                    .when(new ErstberatungDokumentieren(fallId, 0L, ERSTER_BESUCH, "Mietschulden", "Kontoauszüge mitbringen"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ErstberatungDokumentiert(fallId, ERSTER_BESUCH, "Mietschulden", "Kontoauszüge mitbringen"));
        }
    }

    @Nested
    class Erstberatung {

        @Test
        void dieErstberatungWirdAmEroeffnungstagDokumentiert() {
            fixture.given(eroeffnet())
                    .when(new ErstberatungDokumentieren(fallId, 0L, null, "Mietschulden", "Kontoauszüge mitbringen"))
                    .expectResultMessagePayload(1L)
                    .expectEvents(erstberaten());
        }

        @Test
        void eineErstberatungAnEinemAnderenTagWirdAbgelehnt() {
            fixture.given(eroeffnet())
                    .when(new ErstberatungDokumentieren(fallId, 0L, ERSTER_BESUCH.plusDays(1), "Mietschulden", "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Erstberatung findet am Tag der Fallöffnung statt (16.02.2026).")
                    .expectNoEvents();
        }

        @Test
        void eineZweiteErstberatungWirdAbgelehnt() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new ErstberatungDokumentieren(fallId, 1L, ERSTER_BESUCH, "Mietschulden", "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Erstberatung ist für diesen Fall bereits dokumentiert; weitere Gespräche bitte als Beratungsgespräch erfassen.");
        }

        @Test
        void ohneErsteSchritteIstDieErstberatungUnvollstaendig() {
            fixture.given(eroeffnet())
                    .when(new ErstberatungDokumentieren(fallId, 0L, null, "Mietschulden", null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die vereinbarten ersten Schritte fehlen.");
        }
    }

    @Nested
    class Versionen {

        @Test
        void eineVeralteteVersionWirdVorJederRegelAbgelehntUndNenntWerGeaendertHat() {
            fixture.given(eroeffnet())
                    .andGiven(new Object[] {erstberaten()})
                    .when(new BeratungsgespraechDokumentieren(fallId, 0L, HEUTE, "Miete", "Gespräch"))
                    .expectException(VeralteteVersion.class)
                    .expectExceptionMessage("Der Fall wurde inzwischen geändert – bitte neu laden und die Eingabe prüfen.")
                    .expectNoEvents();
        }

        @Test
        void eineLoeschsperreMachtDieEingabeNichtVeraltet() {
            // the caseworker read version 1; meanwhile the Sachgebietsleitung set a legal hold
            fixture.given(eroeffnet(), erstberaten(), new LoeschsperreGesetzt(fallId, "Klage vor dem Sozialgericht", HEUTE, "sgl.schmidt"))
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "Miete", "Gespräch"))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(3L);
        }

        @Test
        void dieAktuelleVersionWirdAngenommenUndDieNeueZurueckgegeben() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "Miete", "Gespräch"))
                    .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class Beratungsgespraech {

        @Test
        void einThemaUeber200ZeichenIstKeinKurztext() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "T".repeat(201), "Vermieter angerufen"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „thema“ ist zu lang: erlaubt sind höchstens 200 Zeichen, angegeben sind 201.")
                    .expectNoEvents();
        }

        @Test
        void einSteuerzeichenImInhaltWirdAbgelehntZeilenumbruecheNicht() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "Miete", "Vermieter\u001B angerufen"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „inhalt“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+001B).");
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "Miete", "Vermieter angerufen.\nRückruf morgen."))
                    .expectEvents(new BeratungsgespraechDokumentiert(fallId, HEUTE, "Miete", "Vermieter angerufen.\nRückruf morgen."));
        }

        @Test
        void einBeratungsgespraechWirdDokumentiert() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE, "Miete", "Vermieter angerufen"))
                    .expectEvents(new BeratungsgespraechDokumentiert(fallId, HEUTE, "Miete", "Vermieter angerufen"));
        }

        @Test
        void ohneDatumGiltDerHeutigeTag() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, null, "Miete", "Vermieter angerufen"))
                    .expectEvents(new BeratungsgespraechDokumentiert(fallId, HEUTE, "Miete", "Vermieter angerufen"));
        }

        @Test
        void vorDerErstberatungGibtEsKeinBeratungsgespraech() {
            fixture.given(eroeffnet())
                    .when(new BeratungsgespraechDokumentieren(fallId, 0L, HEUTE, "Miete", "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Bitte dokumentieren Sie zuerst die Erstberatung.");
        }

        @Test
        void einGespraechVorDerFalloeffnungWirdAbgelehnt() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, ERSTER_BESUCH.minusDays(1), "Miete", "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Das Beratungsgespräch kann nicht vor der Fallöffnung am 16.02.2026 liegen.");
        }

        @Test
        void einGespraechInDerZukunftWirdAbgelehnt() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new BeratungsgespraechDokumentieren(fallId, 1L, HEUTE.plusDays(1), "Miete", "x"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Beratungsgespräch kann nicht in der Zukunft liegen.");
        }

        @Test
        void inEinemAbgeschlossenenFallWirdNichtsMehrDokumentiert() {
            fixture.given(eroeffnet(), erstberaten(), new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE))
                    .when(new BeratungsgespraechDokumentieren(fallId, 2L, HEUTE, "Miete", "x"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Fall ist abgeschlossen. Bitte nehmen Sie ihn zuerst wieder auf.");
        }
    }

    @Nested
    class Einzelfallanalyse {

        @Test
        void einLeererEintragUnterDenHemmnissenWirdAbgelehnt() {
            Set<Hemmnis> mitLuecke = new java.util.HashSet<>(java.util.Arrays.asList(Hemmnis.SCHULDEN, null));
            fixture.given(eroeffnet(), erstberaten())
                    .when(new EinzelfallanalyseErstellen(fallId, 1L, HEUTE, mitLuecke, "Ausbildung", Erwerbsfaehigkeit.ERWERBSFAEHIG, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Liste „hemmnisse“ enthält einen leeren Eintrag (null).")
                    .expectNoEvents();
        }

        @Test
        void dieEinzelfallanalyseHaeltHemmnisseUndErwerbsfaehigkeitFest() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new EinzelfallanalyseErstellen(fallId, 1L, HEUTE, Set.of(Hemmnis.SCHULDEN, Hemmnis.WOHNEN),
                            "Berufsausbildung als Köchin", Erwerbsfaehigkeit.ERWERBSFAEHIG, "Schuldnerberatung nötig"))
                    .expectEvents(new EinzelfallanalyseErstellt(fallId, HEUTE, Set.of(Hemmnis.SCHULDEN, Hemmnis.WOHNEN),
                            "Berufsausbildung als Köchin", Erwerbsfaehigkeit.ERWERBSFAEHIG, "Schuldnerberatung nötig"));
        }

        @Test
        void ohneAussageZurErwerbsfaehigkeitIstDieAnalyseUnvollstaendig() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(new EinzelfallanalyseErstellen(fallId, 1L, HEUTE, Set.of(), "Ausbildung", null, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, ob die Person erwerbsfähig ist (oder dass es noch ungeklärt ist).");
        }

        @Test
        void vorDerErstberatungGibtEsKeineAnalyse() {
            fixture.given(eroeffnet())
                    .when(new EinzelfallanalyseErstellen(fallId, 0L, HEUTE, Set.of(), "Ausbildung", Erwerbsfaehigkeit.UNGEKLAERT, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Bitte dokumentieren Sie zuerst die Erstberatung.");
        }
    }

    @Nested
    class Vermittlung {

        private final UUID vermittlungId = UUID.randomUUID();

        @Test
        void eineVermittlungMitEinwilligungWirdFestgehalten() {
            fixture.given(eroeffnet())
                    .when(new VermittlungVeranlassen(fallId, 0L, vermittlungId, Vermittlungspartner.SCHULDNERBERATUNG, null,
                            "Mietschulden regeln", true, HEUTE))
                    .expectEvents(new VermittlungVeranlasst(fallId, vermittlungId, Vermittlungspartner.SCHULDNERBERATUNG, null,
                            "Mietschulden regeln", HEUTE));
        }

        @Test
        void ohneEinwilligungWerdenKeineDatenWeitergegeben() {
            fixture.given(eroeffnet())
                    .when(new VermittlungVeranlassen(fallId, 0L, vermittlungId, Vermittlungspartner.JOBCENTER, null,
                            "Arbeitssuche", false, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ohne Einwilligung der Person dürfen keine Sozialdaten an Jobcenter weitergegeben werden "
                            + "(§ 67b SGB X). Bitte die Einwilligung mit Datum erfassen.")
                    .expectNoEvents();
        }

        @Test
        void eineEinwilligungAusDerZukunftWirdAbgelehnt() {
            fixture.given(eroeffnet())
                    .when(new VermittlungVeranlassen(fallId, 0L, vermittlungId, Vermittlungspartner.JOBCENTER, null,
                            "Arbeitssuche", true, HEUTE.plusDays(3)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum der Einwilligung liegt in der Zukunft.");
        }

        @Test
        void einSonstigerPartnerBrauchtEinenNamen() {
            fixture.given(eroeffnet())
                    .when(new VermittlungVeranlassen(fallId, 0L, vermittlungId, Vermittlungspartner.SONSTIGER_PARTNER, " ",
                            "Tafel", true, HEUTE))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bei einem sonstigen Partner ist der Name des Partners anzugeben.");
        }

        @Test
        void dieselbeVermittlungWirdNichtZweimalErfasst() {
            fixture.given(eroeffnet(), new VermittlungVeranlasst(fallId, vermittlungId, Vermittlungspartner.JOBCENTER, null, "Arbeit", HEUTE))
                    .when(new VermittlungVeranlassen(fallId, 1L, vermittlungId, Vermittlungspartner.JOBCENTER, null, "Arbeit", true, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Diese Vermittlung ist bereits erfasst.");
        }
    }

    @Nested
    class Wiedervorlage {

        private final UUID wiedervorlageId = UUID.randomUUID();

        @Test
        void eineWiedervorlageJenseitsVon2099IstNichtPlausibel() {
            fixture.given(eroeffnet())
                    .when(new WiedervorlageSetzen(fallId, 0L, wiedervorlageId, LocalDate.of(9999, 12, 31), "irgendwann"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum 31.12.9999 im Feld „faelligAm“ ist nicht plausibel: "
                            + "es muss zwischen dem 01.01.2000 und dem 31.12.2099 liegen.")
                    .expectNoEvents();
        }

        @Test
        void eineWiedervorlageWirdGesetztUndErledigt() {
            fixture.given(eroeffnet())
                    .when(new WiedervorlageSetzen(fallId, 0L, wiedervorlageId, HEUTE.plusWeeks(2), "Kontoauszüge prüfen"))
                    .expectEvents(new WiedervorlageGesetzt(fallId, wiedervorlageId, HEUTE.plusWeeks(2), "Kontoauszüge prüfen"));
            fixture.given(eroeffnet(), new WiedervorlageGesetzt(fallId, wiedervorlageId, HEUTE, "Kontoauszüge prüfen"))
                    .when(new WiedervorlageErledigen(fallId, 1L, wiedervorlageId, "liegen vor"))
                    .expectEvents(new WiedervorlageErledigt(fallId, wiedervorlageId, "liegen vor", HEUTE));
        }

        @Test
        void eineWiedervorlageInDerVergangenheitWirdAbgelehnt() {
            fixture.given(eroeffnet())
                    .when(new WiedervorlageSetzen(fallId, 0L, wiedervorlageId, HEUTE.minusDays(1), "zu spät"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Eine Wiedervorlage kann nicht in der Vergangenheit liegen.");
        }

        @Test
        void eineWiedervorlageWirdNurEinmalErledigt() {
            fixture.given(eroeffnet(), new WiedervorlageGesetzt(fallId, wiedervorlageId, HEUTE, "prüfen"),
                            new WiedervorlageErledigt(fallId, wiedervorlageId, null, HEUTE))
                    .when(new WiedervorlageErledigen(fallId, 2L, wiedervorlageId, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Diese Wiedervorlage ist bereits erledigt oder mit dem Abschluss des Falls entfallen.");
        }

        @Test
        void eineUnbekannteWiedervorlageKannNichtErledigtWerden() {
            fixture.given(eroeffnet())
                    .when(new WiedervorlageErledigen(fallId, 0L, wiedervorlageId, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Zu diesem Fall gibt es keine solche Wiedervorlage.");
        }

        @Test
        void mitDemAbschlussEntfallenOffeneWiedervorlagen() {
            fixture.given(eroeffnet(), new WiedervorlageGesetzt(fallId, wiedervorlageId, HEUTE, "prüfen"),
                            new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE),
                            new FallWiederaufgenommen(fallId, "zurückgezogen", HEUTE))
                    .when(new WiedervorlageErledigen(fallId, 3L, wiedervorlageId, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Diese Wiedervorlage ist bereits erledigt oder mit dem Abschluss des Falls entfallen.");
        }

        @Test
        void dieselbeWiedervorlageWirdNichtZweimalGesetzt() {
            fixture.given(eroeffnet(), new WiedervorlageGesetzt(fallId, wiedervorlageId, HEUTE, "prüfen"))
                    .when(new WiedervorlageSetzen(fallId, 1L, wiedervorlageId, HEUTE, "prüfen"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Diese Wiedervorlage ist bereits erfasst.");
        }
    }

    @Nested
    class Fallmanagerwechsel {

        @Test
        void derFallGehtMitBegruendungAnEineAndereFallmanagerin() {
            fixture.given(eroeffnet())
                    .when(new FallmanagerWechseln(fallId, 0L, "fm.yilmaz", "Elternzeit"))
                    .expectEvents(new FallmanagerGewechselt(fallId, "fm.mueller", "fm.yilmaz", "Elternzeit"));
        }

        @Test
        void ohneGrundKeinWechsel() {
            fixture.given(eroeffnet())
                    .when(new FallmanagerWechseln(fallId, 0L, "fm.yilmaz", ""))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für den Wechsel fehlt.");
        }

        @Test
        void einWechselZurSelbenPersonIstKeiner() {
            fixture.given(eroeffnet())
                    .when(new FallmanagerWechseln(fallId, 0L, "fm.mueller", "Urlaub"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("fm.mueller ist bereits für diesen Fall zuständig.");
        }
    }

    @Nested
    class AbschlussUndWiederaufnahme {

        @Test
        void einFallWirdMitGrundAbgeschlossen() {
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.ARBEITSAUFNAHME, null))
                    .expectEvents(new FallAbgeschlossen(fallId, Abschlussgrund.ARBEITSAUFNAHME, null, HEUTE));
        }

        @Test
        void einFallMitEinemUnentschiedenenAntragKannNichtAbgeschlossenWerden() {
            unentschiedeneAntraege = 1;
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.ARBEITSAUFNAHME, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über einen Antrag in diesem Fall ist noch nicht entschieden. "
                            + "Ein Fall mit unentschiedenen Anträgen kann nicht abgeschlossen werden.")
                    .expectNoEvents();
        }

        @Test
        void einFallMitEinerLaufendenBewilligungKannNichtAbgeschlossenWerden() {
            bewilligtBis = HEUTE;
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.ARBEITSAUFNAHME, null))
                    .expectException(Regelverstoss.class)
                    .expectException(new FeatureMatcher<Regelverstoss, String>(Matchers.equalTo("BEWILLIGUNG_LAEUFT"), "Code", "Code") {
                        @Override
                        protected String featureValueOf(Regelverstoss verstoss) {
                            return verstoss.code();
                        }
                    })
                    .expectExceptionMessage("In diesem Fall läuft noch eine Bewilligung bis zum " + HEUTE.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                            + ". Ein Fall kann erst abgeschlossen werden, wenn keine Bewilligung mehr läuft: heben Sie sie vorher auf "
                            + "(§ 48 SGB X) oder schließen Sie den Fall nach ihrem Ende ab.")
                    .expectNoEvents();
        }

        @Test
        void nachDemEndeDerBewilligungWirdDerFallAbgeschlossen() {
            bewilligtBis = HEUTE.minusDays(1);
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.ARBEITSAUFNAHME, null))
                    .expectEvents(new FallAbgeschlossen(fallId, Abschlussgrund.ARBEITSAUFNAHME, null, HEUTE));
        }

        @Test
        void dieMeldungNenntWieVieleAntraegeUnentschiedenSind() {
            unentschiedeneAntraege = 3;
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.UMZUG, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Über 3 Anträge in diesem Fall ist noch nicht entschieden. "
                            + "Ein Fall mit unentschiedenen Anträgen kann nicht abgeschlossen werden.");
        }

        @Test
        void einSonstigerGrundMussBegruendetWerden() {
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, Abschlussgrund.SONSTIGES, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bei einem sonstigen Grund ist der Abschluss in einer Bemerkung zu begründen.");
        }

        @Test
        void ohneGrundKeinAbschluss() {
            fixture.given(eroeffnet())
                    .when(new FallAbschliessen(fallId, 0L, null, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für den Abschluss fehlt.");
        }

        @Test
        void einAbgeschlossenerFallWirdNichtNochmalAbgeschlossen() {
            fixture.given(eroeffnet(), new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE))
                    .when(new FallAbschliessen(fallId, 1L, Abschlussgrund.UMZUG, null))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Fall ist bereits abgeschlossen.");
        }

        @Test
        void einAbgeschlossenerFallWirdWiederAufgenommen() {
            fixture.given(eroeffnet(), new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE))
                    .when(new FallWiederaufnehmen(fallId, 1L, "Umzug fand nicht statt"))
                    .expectEvents(new FallWiederaufgenommen(fallId, "Umzug fand nicht statt", HEUTE));
        }

        @Test
        void einOffenerFallKannNichtWiederAufgenommenWerden() {
            fixture.given(eroeffnet())
                    .when(new FallWiederaufnehmen(fallId, 0L, "versehentlich"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Nur ein abgeschlossener Fall kann wieder aufgenommen werden.");
        }

        @Test
        void eineWiederaufnahmeBrauchtEinenGrund() {
            fixture.given(eroeffnet(), new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE))
                    .when(new FallWiederaufnehmen(fallId, 1L, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für die Wiederaufnahme fehlt.");
        }

        @Test
        void einWiederAufgenommenerFallNimmtWiederEintraegeAn() {
            fixture.given(eroeffnet(), erstberaten(), new FallAbgeschlossen(fallId, Abschlussgrund.UMZUG, null, HEUTE),
                            new FallWiederaufgenommen(fallId, "Umzug fand nicht statt", HEUTE))
                    .when(new BeratungsgespraechDokumentieren(fallId, 3L, HEUTE, "Miete", "weiter"))
                    .expectEvents(new BeratungsgespraechDokumentiert(fallId, HEUTE, "Miete", "weiter"));
        }
    }

    @Nested
    class Berichtigung {

        private final Person richtigGeschrieben = new Person("Anna", "Schneyder", LocalDate.of(1980, 5, 1),
                new Anschrift("Ludgeristraße 1", "48143", "Münster"));
        private final Anschrift neueWohnung = new Anschrift("Hammer Straße 12", "48153", "Münster");
        private final Person umgezogen = new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1), neueWohnung);

        private PersonendatenBerichtigen berichtigen(long version, Person neu) {
            return new PersonendatenBerichtigen(fallId, version, Berichtigungsart.BERICHTIGUNG, neu, null, "Personalausweis vorgelegt");
        }

        private PersonendatenBerichtigen umziehen(long version, LocalDate ab) {
            return new PersonendatenBerichtigen(fallId, version, Berichtigungsart.AKTUALISIERUNG, umgezogen, ab, "Umzug mitgeteilt");
        }

        private FallAbgeschlossen abgeschlossen() {
            return new FallAbgeschlossen(fallId, Abschlussgrund.ARBEITSAUFNAHME, null, HEUTE);
        }

        @Test
        void einFalscherNameWirdBerichtigtUndDasEreignisNenntAltUndNeuUndWarum() {
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, richtigGeschrieben))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.BERICHTIGUNG, Set.of(Personenangabe.NACHNAME),
                            person, richtigGeschrieben, null, "Personalausweis vorgelegt", HEUTE));
        }

        @Test
        void einUmzugWirdAbDemTagDesUmzugsAktualisiert() {
            fixture.given(eroeffnet())
                    .when(umziehen(0L, HEUTE.minusDays(3)))
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.AKTUALISIERUNG, Set.of(Personenangabe.ANSCHRIFT),
                            person, umgezogen, HEUTE.minusDays(3), "Umzug mitgeteilt", HEUTE));
        }

        @Test
        void eineAnschriftKannEntfallenWennDiePersonKeinenFestenWohnsitzMehrHat() {
            Person ohneWohnsitz = new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1), null);
            fixture.given(eroeffnet())
                    .when(new PersonendatenBerichtigen(fallId, 0L, Berichtigungsart.AKTUALISIERUNG, ohneWohnsitz, HEUTE, "Wohnung verloren"))
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.AKTUALISIERUNG, Set.of(Personenangabe.ANSCHRIFT),
                            person, ohneWohnsitz, HEUTE, "Wohnung verloren", HEUTE));
        }

        @Test
        void eineZweiteBerichtigungGehtVomBerichtigtenStandAus() {
            PersonendatenBerichtigt erste = new PersonendatenBerichtigt(fallId, Berichtigungsart.BERICHTIGUNG, Set.of(Personenangabe.NACHNAME),
                    person, richtigGeschrieben, null, "Personalausweis vorgelegt", HEUTE);
            Person auchVorname = new Person("Anne", "Schneyder", LocalDate.of(1980, 5, 1), richtigGeschrieben.anschrift());
            fixture.given(eroeffnet(), erste)
                    .when(berichtigen(1L, auchVorname))
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.BERICHTIGUNG, Set.of(Personenangabe.VORNAME),
                            richtigGeschrieben, auchVorname, null, "Personalausweis vorgelegt", HEUTE));
            fixture.given(eroeffnet(), erste)
                    .when(berichtigen(1L, richtigGeschrieben))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Angaben zur Person sind unverändert; es gibt nichts zu ändern.")
                    .expectNoEvents();
        }

        @Test
        void ohneGeaenderteAngabeWirdNichtsGespeichertAuchWennNurLeerzeichenAnders() {
            Person mitLeerzeichen = new Person(" Anna ", "Schneider ", LocalDate.of(1980, 5, 1),
                    new Anschrift("Ludgeristraße 1", "48143", " Münster"));
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, mitLeerzeichen))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die Angaben zur Person sind unverändert; es gibt nichts zu ändern.")
                    .expectNoEvents();
        }

        @Test
        void dieNeuenAngabenWerdenGeprueftWieBeiDerEroeffnung() {
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, new Person("Anna", "S".repeat(101), LocalDate.of(1980, 5, 1), null)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.nachname“ ist zu lang: erlaubt sind höchstens 100 Zeichen, angegeben sind 101.")
                    .expectNoEvents();
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, new Person("An\u0000na", "Schneider", LocalDate.of(1980, 5, 1), null)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Feld „person.vorname“ enthält ein unzulässiges Steuer- oder Sonderzeichen (U+0000).");
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, new Person("Anna", "Schneider", HEUTE.plusDays(1), null)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Geburtsdatum liegt in der Zukunft.");
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, new Person("Anna", "Schneider", LocalDate.of(1980, 5, 1), new Anschrift("Weg 1", "4814", "Münster"))))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Eine Postleitzahl hat fünf Ziffern.");
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Die Angaben zur Person fehlen.");
        }

        @Test
        void ohneGrundKeineAenderung() {
            fixture.given(eroeffnet())
                    .when(new PersonendatenBerichtigen(fallId, 0L, Berichtigungsart.BERICHTIGUNG, richtigGeschrieben, null, " "))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Der Grund für die Änderung der Personendaten fehlt.")
                    .expectNoEvents();
        }

        @Test
        void ohneArtKeineAenderung() {
            fixture.given(eroeffnet())
                    .when(new PersonendatenBerichtigen(fallId, 0L, null, richtigGeschrieben, null, "Ausweis"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bitte angeben, ob falsche Angaben berichtigt oder geänderte Angaben aktualisiert werden.");
        }

        @Test
        void eineAktualisierungBrauchtEinDatumAbDemSieGilt() {
            fixture.given(eroeffnet())
                    .when(umziehen(0L, null))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Bei einer Aktualisierung ist anzugeben, ab wann die neuen Angaben gelten.")
                    .expectNoEvents();
        }

        @Test
        void eineBerichtigungGiltVonAnfangAnUndHatKeinGueltigAb() {
            fixture.given(eroeffnet())
                    .when(new PersonendatenBerichtigen(fallId, 0L, Berichtigungsart.BERICHTIGUNG, richtigGeschrieben, HEUTE, "Ausweis"))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Eine Berichtigung gilt von Anfang an; ein „gültig ab“ gibt es nur bei einer Aktualisierung.");
        }

        @Test
        void eineAktualisierungGiltNichtAbEinemTagInDerZukunft() {
            fixture.given(eroeffnet())
                    .when(umziehen(0L, HEUTE.plusDays(1)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum, ab dem die neuen Angaben gelten, kann nicht in der Zukunft liegen.");
        }

        @Test
        void eineAktualisierungGiltNichtVorDerFalleroeffnung() {
            fixture.given(eroeffnet())
                    .when(umziehen(0L, ERSTER_BESUCH.minusDays(1)))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Eine Aktualisierung kann nicht vor der Fallöffnung am 16.02.2026 gelten; "
                            + "war die Angabe schon bei der Eröffnung falsch, bitte berichtigen.")
                    .expectNoEvents();
        }

        @Test
        void einGueltigAbJenseitsDerGrenzenIstNichtPlausibel() {
            fixture.given(eroeffnet())
                    .when(umziehen(0L, LocalDate.of(1, 1, 1)))
                    .expectException(UngueltigeAngabe.class)
                    .expectExceptionMessage("Das Datum 01.01.0001 im Feld „gueltigAb“ ist nicht plausibel: es muss zwischen dem 01.01.2000 und dem 31.12.2099 liegen.");
        }

        @Test
        void einGeburtsdatumWirdNurBerichtigtNieAktualisiert() {
            Person andersGeboren = new Person("Anna", "Schneider", LocalDate.of(1981, 5, 1), person.anschrift());
            fixture.given(eroeffnet())
                    .when(new PersonendatenBerichtigen(fallId, 0L, Berichtigungsart.AKTUALISIERUNG, andersGeboren, HEUTE, "Geburtstag"))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Ein Geburtsdatum ändert sich nicht: ein falsches Geburtsdatum wird berichtigt, nicht aktualisiert.");
            fixture.given(eroeffnet())
                    .when(berichtigen(0L, andersGeboren))
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.BERICHTIGUNG, Set.of(Personenangabe.GEBURTSDATUM),
                            person, andersGeboren, null, "Personalausweis vorgelegt", HEUTE));
        }

        @Test
        void einAbgeschlossenerFallWirdNochBerichtigtAberNichtMehrAktualisiert() {
            fixture.given(eroeffnet(), abgeschlossen())
                    .when(berichtigen(1L, richtigGeschrieben))
                    .expectEvents(new PersonendatenBerichtigt(fallId, Berichtigungsart.BERICHTIGUNG, Set.of(Personenangabe.NACHNAME),
                            person, richtigGeschrieben, null, "Personalausweis vorgelegt", HEUTE));
            fixture.given(eroeffnet(), abgeschlossen())
                    .when(umziehen(1L, HEUTE))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Der Fall ist abgeschlossen: geänderte Angaben werden nur in einem offenen Fall aktualisiert. "
                            + "Falsche Angaben können weiterhin berichtigt werden.")
                    .expectNoEvents();
        }

        @Test
        void nachDerLoeschungGibtEsNichtsMehrZuBerichtigen() {
            fixture.given(eroeffnet(), abgeschlossen(),
                            new PersonendatenGeloescht(fallId, "§ 84 Abs. 2 SGB X", "Aufbewahrungsfrist abgelaufen", HEUTE, "sgl.schmidt", Set.of(), Set.of()))
                    .when(berichtigen(2L, richtigGeschrieben))
                    .expectException(Regelverstoss.class)
                    .expectExceptionMessage("Die personenbezogenen Daten dieses Falls sind gelöscht; der Fall kann nicht mehr bearbeitet werden.")
                    .expectNoEvents();
        }

        @Test
        void eineVeralteteVersionWirdAbgelehnt() {
            fixture.given(eroeffnet(), erstberaten())
                    .when(berichtigen(0L, richtigGeschrieben))
                    .expectException(VeralteteVersion.class)
                    .expectNoEvents();
        }
    }
}

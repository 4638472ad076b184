package de.fallbuch.query;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.IntegrationTest;
import de.fallbuch.kernel.antrag.AntragEreignis;
import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.arbeitskorb.Fristart;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Rolle;
import de.fallbuch.kernel.fall.Abschlussgrund;
import de.fallbuch.kernel.fall.Erwerbsfaehigkeit;
import de.fallbuch.kernel.fall.FallEreignis;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.hilfevereinbarung.Beendigungsgrund;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungEreignis;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungStatus;
import de.fallbuch.kernel.hilfevereinbarung.Massnahmenstatus;
import de.fallbuch.kernel.hilfevereinbarung.Zielstatus;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import de.fallbuch.kernel.verlauf.Aggregat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A view cannot be poisoned by a value the command side accepts: every column that holds text a
 * person typed has no length limit, and every column of fixed width is wide enough for every value
 * written to it (enum constants, event names, Aktenzeichen).
 */
class SpaltenbreitenTest extends IntegrationTest {

    /** Columns of limited width and what they hold; the longest possible value must fit. */
    private static final Map<String, List<String>> TECHNISCHE_SPALTEN = Map.ofEntries(
            Map.entry("fall_uebersicht.status", namen(FallStatus.values())),
            Map.entry("fall_uebersicht.erwerbsfaehigkeit", namen(Erwerbsfaehigkeit.values())),
            Map.entry("fall_uebersicht.abschlussgrund", namen(Abschlussgrund.values())),
            Map.entry("fall_uebersicht.aktenzeichen", List.of("50-2099-999999")),
            Map.entry("aufbewahrung_fall.aktenzeichen", List.of("50-2099-999999")),
            Map.entry("fall_register.status", namen(FallStatus.values())),
            Map.entry("fall_register.aktenzeichen", List.of("50-2099-999999")),
            Map.entry("arbeitskorb_fall.status", namen(FallStatus.values())),
            Map.entry("arbeitskorb_fall.aktenzeichen", List.of("50-2099-999999")),
            Map.entry("arbeitskorb_frist.art", namen(Fristart.values())),
            Map.entry("arbeitskorb_bezug.leistungsart", namen(Leistungsart.values())),
            Map.entry("hilfevereinbarung.status", namen(HilfevereinbarungStatus.values())),
            Map.entry("hilfevereinbarung.beendigungsgrund", namen(Beendigungsgrund.values())),
            Map.entry("hilfevereinbarung_massnahme.status", namen(Massnahmenstatus.values())),
            Map.entry("hilfevereinbarung_ziel.status", namen(Zielstatus.values())),
            Map.entry("antrag_uebersicht.leistungsart", namen(Leistungsart.values())),
            Map.entry("antrag_uebersicht.kanal", namen(Antragskanal.values())),
            Map.entry("antrag_uebersicht.status", namen(AntragStatus.values())),
            Map.entry("antrag_uebersicht.entscheidungsart", namen(Entscheidungsart.values())),
            Map.entry("antrag_uebersicht.widerspruch_ergebnis", List.of("ABGEHOLFEN", "ZURUECKGEWIESEN")),
            Map.entry("antrag_entscheidung.art", namen(Entscheidungsart.values())),
            Map.entry("kennzahlen_antrag.leistungsart", namen(Leistungsart.values())),
            Map.entry("kennzahlen_antrag.altersgruppe", namen(Altersgruppe.values())),
            Map.entry("kennzahlen_antrag.erste_entscheidung_art", namen(Entscheidungsart.values())),
            Map.entry("kennzahlen_entscheidung.art", namen(Entscheidungsart.values())),
            Map.entry("kennzahlen_widerspruch.ergebnis", List.of("ABGEHOLFEN", "ZURUECKGEWIESEN")),
            Map.entry("kennzahlen_vereinbarung.beendigungsgrund", namen(Beendigungsgrund.values())),
            Map.entry("kennzahlen_ziel.ergebnis", namen(Zielstatus.values())),
            Map.entry("verlauf_eintrag.aggregat", namen(Aggregat.values())),
            Map.entry("verlauf_eintrag.rolle", namen(Rolle.values())),
            Map.entry("verlauf_eintrag.ereignis", Stream.of(FallEreignis.class, AntragEreignis.class, HilfevereinbarungEreignis.class)
                    .flatMap(e -> Arrays.stream(e.getPermittedSubclasses())).map(Class::getSimpleName).toList()),
            Map.entry("akteneinsicht.rolle", namen(Rolle.values())));

    /** Text a person typed (or a user name): no limit but the command side's. */
    private static final Set<String> FREIE_TEXTSPALTEN = Set.of(
            "fall_uebersicht.dienststelle", "fall_uebersicht.fallmanager", "fall_uebersicht.vorname",
            "fall_uebersicht.nachname", "fall_uebersicht.strasse", "fall_uebersicht.plz", "fall_uebersicht.ort",
            "fall_uebersicht.anliegen", "fall_uebersicht.suchname", "fall_uebersicht.suchpraefixe", "fall_uebersicht.suchphonetik",
            "fall_wiedervorlage.anlass",
            "arbeitskorb_fall.dienststelle", "arbeitskorb_fall.fallmanager", "arbeitskorb_fall.vorname",
            "arbeitskorb_fall.nachname", "arbeitskorb_frist.beschreibung",
            "hilfevereinbarung.dienststelle", "hilfevereinbarung.widerruf_erklaerung", "hilfevereinbarung.beendigung_bemerkung",
            "hilfevereinbarung_fassung.anlass", "hilfevereinbarung_fassung.fallmanager_unterschrieben_von",
            "hilfevereinbarung_massnahme.abbruchgrund", "hilfevereinbarung_ziel.vermerk",
            "hilfevereinbarung_ueberpruefung.ergebnis", "hilfevereinbarung_ueberpruefung.erfasst_von",
            "hilfevereinbarung_pflichtverletzung.sachverhalt", "hilfevereinbarung_pflichtverletzung.stellungnahme",
            "hilfevereinbarung_pflichtverletzung.erfasst_von",
            "antrag_uebersicht.rechtsgrundlage", "antrag_uebersicht.begruendung", "antrag_uebersicht.entschieden_von",
            "antrag_uebersicht.freigegeben_von", "antrag_uebersicht.anhoerung_anlass",
            "antrag_entscheidung.rechtsgrundlage", "antrag_entscheidung.begruendung", "antrag_entscheidung.entschieden_von",
            "antrag_entscheidung.freigegeben_von",
            "kennzahlen_antrag.dienststelle", "kennzahlen_vereinbarung.dienststelle",
            "verlauf_eintrag.benutzer", "verlauf_eintrag.satz", "verlauf_eintrag.rechtsgrundlage", "verlauf_eintrag.begruendung",
            "verlauf_bezeichnung.bezeichnung", "akteneinsicht.benutzer",
            "fall_register.dienststelle", "fall_register.fallmanager", "hilfevereinbarung_register.dienststelle",
            "antrag_register.freigabe_ausstehend_von", "bevoelkerung.dienststelle");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void jedeSpalteMitFreiemTextHatKeineLaengengrenze() {
        for (String spalte : FREIE_TEXTSPALTEN) {
            assertThat(breite(spalte)).as("%s hat keine Längengrenze", spalte).isNull();
        }
    }

    @Test
    void jedeSpalteFesterBreiteFasstJedenWertDerInIhrStehenKann() {
        for (Map.Entry<String, List<String>> spalte : TECHNISCHE_SPALTEN.entrySet()) {
            Integer breite = breite(spalte.getKey());
            int laengster = spalte.getValue().stream().mapToInt(String::length).max().orElseThrow();
            if (breite != null) {
                assertThat(breite).as("%s fasst %s", spalte.getKey(), spalte.getValue()).isGreaterThanOrEqualTo(laengster);
            }
        }
    }

    @Test
    void jedeSpalteMitVarcharBreiteIstInEinerDerListenErfasst() {
        // A new limited column must be classified above, so nobody adds a VARCHAR(100) for a name again.
        List<String> begrenzt = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND character_maximum_length IS NOT NULL
                          AND table_name NOT LIKE 'flyway_%' AND table_name NOT IN (
                              'domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry',
                              'association_value_entry', 'dead_letter_entry', 'scheduled_tasks')""")
                .query(String.class).list();
        Set<String> bekannt = Set.of("verlauf_eintrag.ereignis_id", "arbeitskorb_frist.frist_id", "akteneinsicht.was",
                "akteneinsicht.korrelations_id", "bevoelkerung.altersgruppe", "bevoelkerung_ladung.sha256",
                // the master key's id: the first 16 hex digits of its SHA-256 (Hauptschluessel)
                "datenschutz_schluessel.hauptschluessel_id",
                // a template version's SHA-256 and its font's, 64 hex digits (issue 16, Dokumentvorlage)
                "dokumentvorlage.sha256", "dokumentvorlage.schrift_sha256");
        assertThat(begrenzt).allSatisfy(spalte -> assertThat(TECHNISCHE_SPALTEN.containsKey(spalte) || bekannt.contains(spalte))
                .as("%s ist als technische Spalte fester Breite erfasst", spalte).isTrue());
    }

    private Integer breite(String spalte) {
        String[] teile = spalte.split("\\.");
        List<Map<String, Object>> zeilen = jdbc.sql("""
                        SELECT data_type, character_maximum_length FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name = :tabelle AND column_name = :spalte""")
                .param("tabelle", teile[0]).param("spalte", teile[1]).query().listOfRows();
        assertThat(zeilen).as("Spalte %s gibt es", spalte).hasSize(1);
        return (Integer) zeilen.get(0).get("character_maximum_length");
    }

    private static List<String> namen(Enum<?>[] werte) {
        return Arrays.stream(werte).map(Enum::name).toList();
    }
}

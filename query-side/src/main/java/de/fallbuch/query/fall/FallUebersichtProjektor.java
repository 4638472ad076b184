package de.fallbuch.query.fall;

import de.fallbuch.kernel.fall.BeratungsgespraechDokumentiert;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellt;
import de.fallbuch.kernel.fall.ErstberatungDokumentiert;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.LoeschsperreAufgehoben;
import de.fallbuch.kernel.fall.LoeschsperreGesetzt;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import de.fallbuch.kernel.fall.VermittlungVeranlasst;
import de.fallbuch.kernel.fall.WiedervorlageErledigt;
import de.fallbuch.kernel.fall.WiedervorlageGesetzt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds {@code fall_uebersicht} and {@code fall_wiedervorlage} from the Fall events, with the name in
 * search form and its Kölner Phonetik for {@link Fallsuche} ({@link Suchform}).
 * Idempotent: a row carries the sequence number of the last event applied, and every change is
 * guarded by {@code version < :seq}, so a redelivered or replayed event has no second effect.
 */
@Component
@ProcessingGroup(FallUebersichtProjektor.PROCESSING_GROUP)
class FallUebersichtProjektor {

    static final String PROCESSING_GROUP = "faelle";
    /** The tables this projector writes (cleared on reset, copied for "Stand am"). */
    static final List<String> TABELLEN = List.of("fall_uebersicht", "fall_wiedervorlage");

    private final JdbcClient jdbc;

    FallUebersichtProjektor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FallEroeffnet e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        var anschrift = e.person().anschrift();
        jdbc.sql("""
                        INSERT INTO fall_uebersicht (fall_id, aktenzeichen, status, dienststelle, fallmanager, vorname,
                            nachname, geburtsdatum, strasse, plz, ort, anliegen, eroeffnet_am, version, geaendert_am,
                            suchname, suchpraefixe, suchphonetik)
                        VALUES (:id, :az, 'OFFEN', :ds, :fm, :vorname, :nachname, :geb, :strasse, :plz, :ort, :anliegen,
                            :am, :seq, :zeit, :suchname, :suchpraefixe, :suchphonetik)
                        ON CONFLICT (fall_id) DO NOTHING""")
                .param("id", e.fallId())
                .param("az", e.aktenzeichen())
                .param("ds", e.dienststelle())
                .param("fm", e.fallmanager())
                .param("vorname", e.person().vorname())
                .param("nachname", e.person().nachname())
                .param("geb", e.person().geburtsdatum())
                .param("strasse", anschrift == null ? null : anschrift.strasse())
                .param("plz", anschrift == null ? null : anschrift.plz())
                .param("ort", anschrift == null ? null : anschrift.ort())
                .param("anliegen", e.anliegen())
                .param("am", e.eroeffnetAm())
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .param("suchname", Suchform.suchname(e.person().vorname(), e.person().nachname()))
                .param("suchpraefixe", Suchform.praefixe(e.person().vorname(), e.person().nachname()))
                .param("suchphonetik", Suchform.phonetik(e.person().vorname(), e.person().nachname()))
                .update();
    }

    @EventHandler
    void on(ErstberatungDokumentiert e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, "erstberatung_am = :datum", Map.of("datum", e.datum()));
    }

    @EventHandler
    void on(BeratungsgespraechDokumentiert e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, "anzahl_beratungsgespraeche = anzahl_beratungsgespraeche + 1", Map.of());
    }

    @EventHandler
    void on(EinzelfallanalyseErstellt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, "erwerbsfaehigkeit = :ef", Map.of("ef", e.erwerbsfaehigkeit().name()));
    }

    @EventHandler
    void on(VermittlungVeranlasst e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, null, Map.of());
    }

    /** A legal hold changes nothing shown here, but the Fall's version moves on: the next act must not be stale. */
    @EventHandler
    void on(LoeschsperreGesetzt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, null, Map.of());
    }

    @EventHandler
    void on(LoeschsperreAufgehoben e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, null, Map.of());
    }

    @EventHandler
    void on(WiedervorlageGesetzt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.fallId(), seq, zeit, null, Map.of())) {
            jdbc.sql("""
                            INSERT INTO fall_wiedervorlage (wiedervorlage_id, fall_id, faellig_am, anlass)
                            VALUES (:id, :fall, :am, :anlass) ON CONFLICT (wiedervorlage_id) DO NOTHING""")
                    .param("id", e.wiedervorlageId())
                    .param("fall", e.fallId())
                    .param("am", e.faelligAm())
                    .param("anlass", e.anlass())
                    .update();
        }
    }

    @EventHandler
    void on(WiedervorlageErledigt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.fallId(), seq, zeit, null, Map.of())) {
            jdbc.sql("UPDATE fall_wiedervorlage SET erledigt_am = :am WHERE wiedervorlage_id = :id")
                    .param("am", e.erledigtAm())
                    .param("id", e.wiedervorlageId())
                    .update();
        }
    }

    @EventHandler
    void on(FallmanagerGewechselt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, "fallmanager = :fm", Map.of("fm", e.neuerFallmanager()));
    }

    /** The view shows the person as the file knows them now; "Stand am" before the change still the old data. */
    @EventHandler
    void on(PersonendatenBerichtigt e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        var person = e.person();
        var anschrift = person.anschrift();
        Map<String, Object> werte = new HashMap<>();
        werte.put("vorname", person.vorname());
        werte.put("nachname", person.nachname());
        werte.put("geb", person.geburtsdatum());
        werte.put("strasse", anschrift == null ? null : anschrift.strasse());
        werte.put("plz", anschrift == null ? null : anschrift.plz());
        werte.put("ort", anschrift == null ? null : anschrift.ort());
        werte.put("suchname", Suchform.suchname(person.vorname(), person.nachname()));
        werte.put("suchpraefixe", Suchform.praefixe(person.vorname(), person.nachname()));
        werte.put("suchphonetik", Suchform.phonetik(person.vorname(), person.nachname()));
        anwenden(e.fallId(), seq, zeit, "vorname = :vorname, nachname = :nachname, geburtsdatum = :geb, strasse = :strasse, "
                + "plz = :plz, ort = :ort, suchname = :suchname, suchpraefixe = :suchpraefixe, suchphonetik = :suchphonetik", werte);
    }

    @EventHandler
    void on(FallAbgeschlossen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        if (anwenden(e.fallId(), seq, zeit, "status = 'ABGESCHLOSSEN', abgeschlossen_am = :am, abschlussgrund = :grund",
                Map.of("am", e.abgeschlossenAm(), "grund", e.grund().name()))) {
            jdbc.sql("UPDATE fall_wiedervorlage SET entfallen = TRUE WHERE fall_id = :fall AND erledigt_am IS NULL")
                    .param("fall", e.fallId())
                    .update();
        }
    }

    @EventHandler
    void on(FallWiederaufgenommen e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        anwenden(e.fallId(), seq, zeit, "status = 'OFFEN', abgeschlossen_am = NULL, abschlussgrund = NULL", Map.of());
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE fall_wiedervorlage, fall_uebersicht").update();
    }

    /**
     * Applies the change to the Fall's row unless the row has already seen this event.
     *
     * @return whether the event was new for this view
     */
    private boolean anwenden(UUID fallId, long seq, Instant zeit, String aenderung, Map<String, ?> parameter) {
        String setzen = (aenderung == null ? "" : aenderung + ", ") + "version = :seq, geaendert_am = :zeit";
        return jdbc.sql("UPDATE fall_uebersicht SET " + setzen + " WHERE fall_id = :id AND version < :seq")
                .params(parameter)
                .param("id", fallId)
                .param("seq", seq)
                .param("zeit", utc(zeit))
                .update() == 1;
    }

    private static OffsetDateTime utc(Instant zeit) {
        return zeit.atOffset(ZoneOffset.UTC);
    }
}

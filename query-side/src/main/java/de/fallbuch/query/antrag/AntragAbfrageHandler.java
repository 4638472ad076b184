package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbfragen;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.AntragAnsicht.Anhoerung;
import de.fallbuch.kernel.antrag.AntragAnsicht.Bescheid;
import de.fallbuch.kernel.antrag.AntragAnsicht.Entscheidung;
import de.fallbuch.kernel.antrag.AntragAnsicht.Frist;
import de.fallbuch.kernel.antrag.AntragAnsicht.Mitwirkung;
import de.fallbuch.kernel.antrag.AntragAnsicht.Widerspruch;
import de.fallbuch.kernel.antrag.AntragStatus;
import de.fallbuch.kernel.antrag.Antragskanal;
import de.fallbuch.kernel.antrag.Entscheidungsart;
import de.fallbuch.kernel.antrag.Fristart;
import de.fallbuch.kernel.antrag.Fristenrechner;
import de.fallbuch.kernel.common.Leistungsart;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import de.fallbuch.kernel.antrag.AntragStandAmAbfragen;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.antrag.EntscheidungenAbfragen;
import de.fallbuch.query.common.StandAmRekonstruktion;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the Antrag queries from {@code antrag_uebersicht}, with the Fall's Aktenzeichen and
 * Dienststelle (for the reader's access check). The running deadlines are derived here with the
 * same {@link Fristenrechner} the write model uses.
 */
@Component
class AntragAbfrageHandler {

    private final JdbcClient jdbc;
    private final AntragUebersichtProjektor projektor;
    private final StandAmRekonstruktion rekonstruktion;

    AntragAbfrageHandler(JdbcClient jdbc, AntragUebersichtProjektor projektor, StandAmRekonstruktion rekonstruktion) {
        this.jdbc = jdbc;
        this.projektor = projektor;
        this.rekonstruktion = rekonstruktion;
    }

    @QueryHandler
    Optional<AntragAnsicht> handle(AntragStandAmAbfragen abfrage) {
        return rekonstruktion.rekonstruieren(abfrage.antragId().toString(), abfrage.stand(), AntragUebersichtProjektor.TABELLEN,
                projektor, () -> handle(new AntragAbfragen(abfrage.antragId())));
    }

    @QueryHandler
    List<Entscheidungseintrag> handle(EntscheidungenAbfragen abfrage) {
        return jdbc.sql("SELECT * FROM antrag_entscheidung WHERE antrag_id = :id ORDER BY sequenz, entscheidung_id")
                .param("id", abfrage.antragId())
                .query((rs, n) -> entscheidung(rs))
                .list();
    }

    private static Entscheidungseintrag entscheidung(ResultSet rs) throws SQLException {
        Entscheidungsart art = Entscheidungsart.valueOf(rs.getString("art"));
        UUID ersetztDurch = rs.getObject("ersetzt_durch", UUID.class);
        UUID aufgehobenDurch = rs.getObject("aufgehoben_durch", UUID.class);
        boolean freigabeErforderlich = rs.getBoolean("freigabe_erforderlich");
        Entscheidungseintrag.Stand stand = ersetztDurch != null ? Entscheidungseintrag.Stand.ERSETZT
                : aufgehobenDurch != null ? Entscheidungseintrag.Stand.AUFGEHOBEN
                : freigabeErforderlich && rs.getObject("freigegeben_am") == null ? Entscheidungseintrag.Stand.FREIGABE_AUSSTEHEND
                : Entscheidungseintrag.Stand.WIRKSAM;
        return new Entscheidungseintrag(
                rs.getObject("entscheidung_id", UUID.class),
                art,
                art.bezeichnung(),
                stand,
                stand.bezeichnung(),
                (Long) rs.getObject("betrag_monatlich_cent"),
                datum(rs, "bewilligung_von"),
                datum(rs, "bewilligung_bis"),
                datum(rs, "aufgehoben_ab"),
                rs.getString("rechtsgrundlage"),
                rs.getString("begruendung"),
                datum(rs, "entschieden_am"),
                rs.getString("entschieden_von"),
                rs.getObject("erfasst_am", java.time.OffsetDateTime.class).toInstant(),
                freigabeErforderlich,
                datum(rs, "freigegeben_am"),
                rs.getString("freigegeben_von"),
                datum(rs, "bekanntgabe_am"),
                datum(rs, "widerspruchsfrist_ende"),
                datum(rs, "bestandskraeftig_am"),
                rs.getObject("ersetzt_entscheidung_id", UUID.class),
                ersetztDurch,
                aufgehobenDurch,
                rs.getObject("betrifft_entscheidung_id", UUID.class));
    }

    @QueryHandler
    Optional<AntragAnsicht> handle(AntragAbfragen abfrage) {
        return jdbc.sql("""
                        SELECT a.*, f.aktenzeichen, f.dienststelle
                        FROM antrag_uebersicht a JOIN fall_uebersicht f ON f.fall_id = a.fall_id
                        WHERE a.antrag_id = :id""")
                .param("id", abfrage.antragId())
                .query((rs, n) -> ansicht(rs))
                .optional();
    }

    private static AntragAnsicht ansicht(ResultSet rs) throws SQLException {
        AntragStatus status = AntragStatus.valueOf(rs.getString("status"));
        Mitwirkung mitwirkung = rs.getObject("angefordert_am") == null ? null : new Mitwirkung(datum(rs, "angefordert_am"),
                texte(rs.getArray("unterlagen")), datum(rs, "mitwirkungsfrist"), rs.getBoolean("mit_rechtsfolgenbelehrung"),
                datum(rs, "unterlagen_eingegangen_am"), rs.getBoolean("mitwirkungsfrist_abgelaufen"));
        String art = rs.getString("entscheidungsart");
        Entscheidung entscheidung = art == null ? null : new Entscheidung(rs.getObject("entscheidung_id", UUID.class),
                Entscheidungsart.valueOf(art), (Long) rs.getObject("betrag_monatlich_cent"), datum(rs, "bewilligung_von"),
                datum(rs, "bewilligung_bis"), datum(rs, "aufgehoben_ab"), rs.getString("rechtsgrundlage"), rs.getString("begruendung"),
                datum(rs, "entschieden_am"), rs.getString("entschieden_von"), rs.getBoolean("freigabe_erforderlich"),
                datum(rs, "freigegeben_am"), rs.getString("freigegeben_von"), rs.getObject("ersetzt_entscheidung_id", UUID.class));
        Bescheid bescheid = rs.getObject("aufgabe_zur_post_am") == null ? null : new Bescheid(datum(rs, "aufgabe_zur_post_am"),
                datum(rs, "bekanntgabe_am"), rs.getBoolean("mit_rechtsbehelfsbelehrung"), datum(rs, "widerspruchsfrist_ende"),
                datum(rs, "bestandskraeftig_am"));
        Widerspruch widerspruch = rs.getObject("widerspruch_id") == null ? null : new Widerspruch(
                rs.getObject("widerspruch_id", UUID.class), datum(rs, "widerspruch_eingegangen_am"),
                rs.getBoolean("widerspruch_rechtzeitig"), rs.getString("widerspruch_ergebnis"), datum(rs, "widerspruch_entschieden_am"));
        Anhoerung anhoerung = rs.getObject("anhoerung_id") == null ? null : new Anhoerung(rs.getObject("anhoerung_id", UUID.class),
                rs.getString("anhoerung_anlass"), datum(rs, "anhoerungsfrist"), datum(rs, "stellungnahme_am"),
                rs.getBoolean("anhoerungsfrist_abgelaufen"));
        LocalDate eingangsdatum = datum(rs, "eingangsdatum");
        return new AntragAnsicht(
                rs.getObject("antrag_id", UUID.class),
                rs.getObject("fall_id", UUID.class),
                rs.getString("aktenzeichen"),
                rs.getString("dienststelle"),
                Leistungsart.valueOf(rs.getString("leistungsart")),
                Antragskanal.valueOf(rs.getString("kanal")),
                eingangsdatum,
                datum(rs, "leistungsbeginn"),
                status,
                mitwirkung,
                entscheidung,
                bescheid,
                widerspruch,
                anhoerung,
                datum(rs, "zurueckgenommen_am"),
                laufendeFristen(status, eingangsdatum, mitwirkung, entscheidung, bescheid, widerspruch, anhoerung),
                rs.getLong("version"),
                rs.getObject("geaendert_am", OffsetDateTime.class).toInstant());
    }

    /** The deadlines the office must see coming for an Antrag in this state, soonest first. */
    static List<Frist> laufendeFristen(AntragStatus status, LocalDate eingangsdatum, Mitwirkung mitwirkung,
            Entscheidung entscheidung, Bescheid bescheid, Widerspruch widerspruch, Anhoerung anhoerung) {
        List<Frist> fristen = new ArrayList<>();
        if (status == AntragStatus.UNTERLAGEN_ANGEFORDERT && mitwirkung != null && !mitwirkung.fristAbgelaufen()) {
            fristen.add(frist(Fristart.MITWIRKUNGSFRIST, mitwirkung.frist()));
        }
        if (status.unentschieden()) {
            fristen.add(frist(Fristart.UNTAETIGKEIT_ANTRAG, Fristenrechner.untaetigkeitsfristEndeAntrag(eingangsdatum)));
        }
        if (status == AntragStatus.BESCHIEDEN && bescheid != null) {
            fristen.add(frist(Fristart.WIDERSPRUCHSFRIST, bescheid.widerspruchsfristEnde()));
        }
        if (status == AntragStatus.WIDERSPRUCH_ANHAENGIG && widerspruch != null) {
            fristen.add(frist(Fristart.UNTAETIGKEIT_WIDERSPRUCH, Fristenrechner.untaetigkeitsfristEndeWiderspruch(widerspruch.eingegangenAm())));
        }
        boolean bewilligungWirksam = entscheidung != null && entscheidung.art() == Entscheidungsart.BEWILLIGUNG
                && !status.unentschieden() && status != AntragStatus.ZURUECKGENOMMEN;
        if (bewilligungWirksam && anhoerung != null && anhoerung.stellungnahmeAm() == null && !anhoerung.fristAbgelaufen()) {
            fristen.add(frist(Fristart.ANHOERUNGSFRIST, anhoerung.frist()));
        }
        if (bewilligungWirksam) {
            fristen.add(frist(Fristart.ENDE_BEWILLIGUNGSZEITRAUM, entscheidung.bewilligungBis()));
        }
        fristen.sort(Comparator.comparing(Frist::datum));
        return fristen;
    }

    private static Frist frist(Fristart art, LocalDate datum) {
        return new Frist(art, art.bezeichnung(), datum);
    }

    private static List<String> texte(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static LocalDate datum(ResultSet rs, String spalte) throws SQLException {
        Date datum = rs.getDate(spalte);
        return datum == null ? null : datum.toLocalDate();
    }
}

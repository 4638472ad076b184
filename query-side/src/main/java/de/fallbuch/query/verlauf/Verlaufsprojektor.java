package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.common.Deutsch;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.fall.BeratungsgespraechDokumentiert;
import de.fallbuch.kernel.fall.EinzelfallanalyseErstellt;
import de.fallbuch.kernel.fall.ErstberatungDokumentiert;
import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.fall.FallEroeffnet;
import de.fallbuch.kernel.fall.FallWiederaufgenommen;
import de.fallbuch.kernel.fall.FallmanagerGewechselt;
import de.fallbuch.kernel.fall.Berichtigungsart;
import de.fallbuch.kernel.fall.Personenangabe;
import de.fallbuch.kernel.fall.PersonendatenBerichtigt;
import de.fallbuch.kernel.common.Anschrift;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.fall.Hemmnis;
import de.fallbuch.kernel.fall.VermittlungVeranlasst;
import de.fallbuch.kernel.fall.WiedervorlageErledigt;
import de.fallbuch.kernel.fall.WiedervorlageGesetzt;
import de.fallbuch.kernel.verlauf.Aggregat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the Verlauf: one plain German sentence per event, with time, actor, role, legal basis
 * and reasons. Idempotent by event id; replayable ({@link ResetHandler}).
 */
@Component
@ProcessingGroup(Verlaufsprojektor.PROCESSING_GROUP)
class Verlaufsprojektor {

    static final String PROCESSING_GROUP = "verlauf";
    static final List<String> TABELLEN = List.of("verlauf_eintrag", "verlauf_zuordnung", "verlauf_bezeichnung");

    private final JdbcClient jdbc;

    Verlaufsprojektor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FallEroeffnet e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Fall " + e.aktenzeichen() + " eröffnet in der Dienststelle " + e.dienststelle()
                + ", zuständig: " + e.fallmanager() + ". Anliegen: " + e.anliegen(), null, null);
    }

    @EventHandler
    void on(ErstberatungDokumentiert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Erstberatung am " + Deutsch.datum(e.datum()) + ": " + e.anliegen()
                + ". Vereinbarte erste Schritte: " + e.ersteSchritte(), null, null);
    }

    @EventHandler
    void on(BeratungsgespraechDokumentiert e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Beratungsgespräch am " + Deutsch.datum(e.datum()) + " zum Thema „" + e.thema()
                + "“: " + e.inhalt(), null, null);
    }

    @EventHandler
    void on(EinzelfallanalyseErstellt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String hemmnisse = e.hemmnisse().isEmpty() ? "keine"
                : e.hemmnisse().stream().sorted().map(Hemmnis::bezeichnung).collect(Collectors.joining(", "));
        fall(e.fallId(), nachricht, seq, "Einzelfallanalyse vom " + Deutsch.datum(e.datum()) + ": "
                + e.erwerbsfaehigkeit().bezeichnung() + "; Hemmnisse: " + hemmnisse + "; Ressourcen: " + e.ressourcen()
                + (e.einschaetzung() == null ? "" : ". Einschätzung: " + e.einschaetzung()), null, null);
    }

    @EventHandler
    void on(VermittlungVeranlasst e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String partner = e.partner().bezeichnung() + (e.partnerBezeichnung() == null ? "" : " (" + e.partnerBezeichnung() + ")");
        fall(e.fallId(), nachricht, seq, "Vermittlung an " + partner + ": " + e.anlass()
                + ". Einwilligung der Person in die Weitergabe ihrer Daten vom " + Deutsch.datum(e.einwilligungAm()),
                "§ 67b SGB X", null);
    }

    @EventHandler
    void on(WiedervorlageGesetzt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Wiedervorlage zum " + Deutsch.datum(e.faelligAm()) + ": " + e.anlass(), null, null);
    }

    @EventHandler
    void on(WiedervorlageErledigt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Wiedervorlage erledigt am " + Deutsch.datum(e.erledigtAm())
                + (e.vermerk() == null ? "" : ": " + e.vermerk()), null, null);
    }

    @EventHandler
    void on(FallmanagerGewechselt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Zuständigkeit übertragen von " + e.bisherigerFallmanager() + " auf "
                + e.neuerFallmanager(), null, e.grund());
    }

    @EventHandler
    void on(FallAbgeschlossen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Fall abgeschlossen am " + Deutsch.datum(e.abgeschlossenAm()) + ": "
                + e.grund().bezeichnung(), null, e.bemerkung());
    }

    @EventHandler
    void on(FallWiederaufgenommen e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        fall(e.fallId(), nachricht, seq, "Fall wieder aufgenommen am " + Deutsch.datum(e.wiederaufgenommenAm()), null, e.grund());
    }

    /**
     * Who changed which of the person's data, when and why, with old and new values ("alt → neu"): the Verlauf is
     * read only by roles that may see personal data. Once the Fall is erased both read "[gelöscht]".
     */
    @EventHandler
    void on(PersonendatenBerichtigt e, EventMessage<?> nachricht, @SequenceNumber long seq) {
        String aenderungen = e.geaendert().stream().sorted()
                .map(angabe -> angabe.bezeichnung() + " „" + wert(e.bisherigePerson(), angabe) + "“ → „" + wert(e.person(), angabe) + "“")
                .collect(Collectors.joining("; "));
        String satz = e.art() == Berichtigungsart.BERICHTIGUNG
                ? "Personendaten berichtigt: " + aenderungen
                : "Personendaten aktualisiert, gültig ab " + Deutsch.datum(e.gueltigAb()) + ": " + aenderungen;
        fall(e.fallId(), nachricht, seq, satz, "Art. 16 DSGVO", e.grund());
    }

    /** One of the person's values as the Verlauf shows it; everything reads "[gelöscht]" once the Fall's key is destroyed. */
    private static String wert(Person person, Personenangabe angabe) {
        if (person == null || Personenbezogen.GELOESCHT.equals(person.nachname())) {
            return Personenbezogen.GELOESCHT;
        }
        return switch (angabe) {
            case VORNAME -> person.vorname();
            case NACHNAME -> person.nachname();
            case GEBURTSDATUM -> person.geburtsdatum() == null ? Personenbezogen.GELOESCHT : Deutsch.datum(person.geburtsdatum());
            case ANSCHRIFT -> anschrift(person.anschrift());
        };
    }

    private static String anschrift(Anschrift anschrift) {
        return anschrift == null ? "ohne festen Wohnsitz" : anschrift.strasse() + ", " + anschrift.plz() + " " + anschrift.ort();
    }

    @ResetHandler
    void zuruecksetzen() {
        jdbc.sql("TRUNCATE verlauf_eintrag, verlauf_zuordnung, verlauf_bezeichnung").update();
    }

    private void fall(UUID fallId, EventMessage<?> nachricht, long seq, String satz, String rechtsgrundlage, String begruendung) {
        eintragen(fallId, Aggregat.FALL, fallId, nachricht, seq, satz, rechtsgrundlage, begruendung);
    }

    /** Enters one event; an event already entered (same id) is left as it is. */
    void eintragen(UUID fallId, Aggregat aggregat, UUID aggregatId, EventMessage<?> nachricht, long seq, String satz,
            String rechtsgrundlage, String begruendung) {
        jdbc.sql("""
                        INSERT INTO verlauf_eintrag (ereignis_id, fall_id, aggregat, aggregat_id, sequenz, zeitpunkt, benutzer,
                            rolle, ereignis, satz, rechtsgrundlage, begruendung)
                        VALUES (:id, :fall, :aggregat, :aggregatId, :seq, :zeit, :benutzer, :rolle, :ereignis, :satz,
                            :rechtsgrundlage, :begruendung)
                        ON CONFLICT (ereignis_id) DO NOTHING""")
                .param("id", nachricht.getIdentifier())
                .param("fall", fallId)
                .param("aggregat", aggregat.name())
                .param("aggregatId", aggregatId)
                .param("seq", seq)
                .param("zeit", nachricht.getTimestamp().atOffset(ZoneOffset.UTC))
                .param("benutzer", text(nachricht, Metadaten.BENUTZER, "system"))
                .param("rolle", text(nachricht, Metadaten.ROLLE, "SYSTEM"))
                .param("ereignis", nachricht.getPayloadType().getSimpleName())
                .param("satz", satz)
                .param("rechtsgrundlage", rechtsgrundlage)
                .param("begruendung", begruendung)
                .update();
    }

    /** Remembers to which Fall an Antrag or agreement belongs; its later events carry only their own id. */
    void zuordnen(UUID aggregatId, UUID fallId) {
        jdbc.sql("INSERT INTO verlauf_zuordnung (aggregat_id, fall_id) VALUES (:id, :fall) ON CONFLICT DO NOTHING")
                .param("id", aggregatId).param("fall", fallId).update();
    }

    /** Enters an event of an Antrag or agreement into the Verlauf of its Fall. */
    void eintragenZumFall(Aggregat aggregat, UUID aggregatId, EventMessage<?> nachricht, long seq, String satz,
            String rechtsgrundlage, String begruendung) {
        UUID fallId = jdbc.sql("SELECT fall_id FROM verlauf_zuordnung WHERE aggregat_id = :id")
                .param("id", aggregatId).query(UUID.class).single();
        eintragen(fallId, aggregat, aggregatId, nachricht, seq, satz, rechtsgrundlage, begruendung);
    }

    /** Remembers how a goal, measure, duty, Antrag or decision is called, for later sentences. */
    void merken(UUID id, String bezeichnung) {
        jdbc.sql("INSERT INTO verlauf_bezeichnung (id, bezeichnung) VALUES (:id, :text) "
                        + "ON CONFLICT (id) DO UPDATE SET bezeichnung = EXCLUDED.bezeichnung")
                .param("id", id).param("text", bezeichnung).update();
    }

    String bezeichnung(UUID id, String sonst) {
        return jdbc.sql("SELECT bezeichnung FROM verlauf_bezeichnung WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse(sonst);
    }

    private static String text(EventMessage<?> nachricht, String schluessel, String sonst) {
        Object wert = nachricht.getMetaData().get(schluessel);
        return wert == null ? sonst : wert.toString();
    }
}

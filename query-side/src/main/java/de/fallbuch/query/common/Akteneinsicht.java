package de.fallbuch.query.common;

import de.fallbuch.kernel.common.Akteur;
import de.fallbuch.kernel.common.Metadaten;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read that shows personal data, granted or refused (domain.md, data protection;
 * Art. 5(2) GDPR): one row per Fall looked at, for lists one row per Fall shown. Written at once in
 * its own transaction, so a refused read is recorded too, and always <em>before</em> the data leave
 * the service: if the row cannot be written, the read fails with {@link AkteneinsichtNichtProtokolliert}
 * (503) and shows nothing. No names and no search terms are recorded, only ids.
 */
@Component
public class Akteneinsicht {

    /** What was looked at. */
    public enum Was {
        FALL("Fallakte"),
        FALL_STAND_AM("Fallakte, Stand am"),
        VERLAUF("Verlauf"),
        HILFEVEREINBARUNG("Hilfevereinbarung"),
        ANTRAG("Antrag"),
        /** {@code GET /api/faelle}: one row per Fall in the list. */
        FALLLISTE("Fallliste"),
        /** The Arbeitskorb (API and UI): one row per Fall it named. */
        ARBEITSKORB("Arbeitskorb"),
        /** Grants waiting for approval, shown in the Arbeitskorb of the UI. */
        FREIGABEN("Freigaben im Arbeitskorb"),
        /** A search by Aktenzeichen or name: one row per hit; the term is not recorded. */
        SUCHE("Suche"),
        /** The agreements of a Fall ({@code GET /api/faelle/{id}/hilfevereinbarungen}). */
        HILFEVEREINBARUNGEN("Hilfevereinbarungen des Falls"),
        /** The Art. 15 GDPR export of everything stored about the person. */
        AUSKUNFT("Auskunft nach Art. 15 DSGVO"),
        /** An event parked in the dead-letter queue, shown decrypted to the Administration. */
        DEAD_LETTER("Ereignis in der Dead-Letter-Queue"),
        /** The list of an Antrag's documents (Bescheide, Schreiben). */
        DOKUMENTE("Dokumente des Antrags"),
        /** One document of an Antrag, rendered as PDF (it names the person). */
        DOKUMENT("Dokument (PDF)");

        private final String bezeichnung;

        Was(String bezeichnung) {
            this.bezeichnung = bezeichnung;
        }

        public String bezeichnung() {
            return bezeichnung;
        }

        /** The label of a stored value; a value no longer known is shown as it is. */
        public static String bezeichnung(String name) {
            for (Was was : values()) {
                if (was.name().equals(name)) {
                    return was.bezeichnung;
                }
            }
            return name;
        }
    }

    private final JdbcClient jdbc;

    Akteneinsicht(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A read of one Fall, granted or refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void protokollieren(Akteur leser, UUID fallId, Was was, boolean gewaehrt) {
        schreiben(leser, new UUID[] {fallId}, was, gewaehrt);
    }

    /**
     * A list that was shown: one row per Fall in it, in one statement. An empty list still records
     * one row without a Fall, so that the read itself is on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void listeProtokollieren(Akteur leser, Collection<UUID> gezeigteFaelle, Was was) {
        UUID[] faelle = new LinkedHashSet<>(gezeigteFaelle).toArray(UUID[]::new);
        schreiben(leser, faelle.length == 0 ? new UUID[] {null} : faelle, was, true);
    }

    /** A list (or search, or Arbeitskorb) refused as a whole: one row without a Fall. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void listeVerweigert(Akteur leser, Was was) {
        schreiben(leser, new UUID[] {null}, was, false);
    }

    /**
     * The correlation id of the query being answered (stamped at dispatch, so it is the caller's also
     * when the query is answered on another instance), else the current request's.
     */
    private static String korrelationsId() {
        Object ausAbfrage = CurrentUnitOfWork.map(arbeit -> arbeit.getMessage().getMetaData().get(Metadaten.KORRELATIONS_ID))
                .orElse(null);
        return ausAbfrage instanceof String id ? id : MDC.get(Metadaten.KORRELATIONS_ID);
    }

    private void schreiben(Akteur leser, UUID[] faelle, Was was, boolean gewaehrt) {
        try {
            jdbc.sql("""
                            INSERT INTO akteneinsicht (benutzer, rolle, fall_id, was, gewaehrt, korrelations_id)
                            SELECT :benutzer, :rolle, f, :was, :gewaehrt, :korrelation FROM unnest(CAST(:faelle AS uuid[])) AS f""")
                    .param("benutzer", leser.benutzer())
                    .param("rolle", leser.rolle().name())
                    .param("faelle", faelle)
                    .param("was", was.name())
                    .param("gewaehrt", gewaehrt)
                    .param("korrelation", korrelationsId())
                    .update();
        } catch (DataAccessException fehler) {
            throw new AkteneinsichtNichtProtokolliert(fehler);
        }
    }
}

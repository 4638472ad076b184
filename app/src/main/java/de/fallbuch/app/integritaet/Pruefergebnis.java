package de.fallbuch.app.integritaet;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome of a verification of the event store against its seal: {@code unversehrt} when every
 * sealed event is exactly as sealed, none is missing, none was added below the chain's head, no
 * Tagessiegel disagrees, and a given Tagessiegel was found in the chain; else {@code befund} names
 * the first thing wrong.
 *
 * @param ereignisse         sealed events checked
 * @param luecken            gaps (rolled-back indexes) checked
 * @param bisGlobalIndex     the chain's head: everything up to this global index was checked
 * @param kettenkopf         the head's hash (hex) as recomputed from the events
 * @param nochNichtVersiegelt events above the head, too new to be sealed yet (not checked)
 */
public record Pruefergebnis(boolean unversehrt, Instant geprueftAm, long ereignisse, long luecken, long bisGlobalIndex,
        String kettenkopf, long nochNichtVersiegelt, long dauerMs, long ereignisseProSekunde, Befund befund,
        Abgleich tagessiegel) {

    /** What was found wrong, at which place of the ledger, and in which Fall. */
    public enum Art {
        /** The event at this index differs from what was sealed. */
        VERAENDERT,
        /** The sealed event at this index is gone. */
        GELOESCHT,
        /** An event stands where none was sealed (in a gap, or before the chain's first link). */
        EINGEFUEGT,
        /** The event at this index was sealed at another index. */
        VERTAUSCHT,
        /** The event is as sealed but its link in siegel_kette was changed. */
        SIEGEL_VERAENDERT,
        /** A recorded Tagessiegel disagrees with the chain recomputed from the events. */
        TAGESSIEGEL_ABWEICHEND
    }

    public record Befund(Art art, long globalIndex, String ereignisId, String ereignistyp, String aggregatId, Long sequenz,
            String aktenzeichen, String meldung) {
    }

    /** The check against a Tagessiegel the office deposited: whether its hash is a link of the recomputed chain. */
    public record Abgleich(LocalDate tag, String hash, boolean stimmt, Long globalIndex, String meldung) {
    }
}

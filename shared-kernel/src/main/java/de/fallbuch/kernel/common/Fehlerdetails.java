package de.fallbuch.kernel.common;

/**
 * What a command handler reports about a refused command, so the caller can answer with the right
 * status even when the command was handled on another node (Axon Server) and the original
 * exception type did not travel. {@code feld} names the offending field where there is one.
 */
public record Fehlerdetails(Art art, String code, String feld, String meldung) {

    public enum Art {
        /** Malformed input (HTTP 400). */
        UNGUELTIG,
        /** Not allowed for this person (HTTP 403). */
        ZUGRIFF,
        /** Unknown aggregate (HTTP 404). */
        UNBEKANNT,
        /** Conflict with the current state, e.g. a stale version (HTTP 409). */
        KONFLIKT,
        /** A domain rule was broken (HTTP 422). */
        REGEL
    }
}

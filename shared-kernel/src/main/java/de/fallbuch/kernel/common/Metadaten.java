package de.fallbuch.kernel.common;

/**
 * Keys of the metadata every command and event carries: who caused it, in which role, and the
 * correlation id of the request it came from. The time is the event's own timestamp.
 */
public final class Metadaten {

    /** User id of the person (or {@code system}) who caused the message. */
    public static final String BENUTZER = "benutzer";
    /** The {@link Rolle} in which that user acted. */
    public static final String ROLLE = "rolle";
    /**
     * The Dienststellen of that user (a list of names), for the access decisions on the command bus and in the
     * query handlers. Commands and queries only: it is not copied onto events (the correlation data names the keys it copies).
     */
    public static final String DIENSTSTELLEN = "dienststellen";
    /** Correlation id of the HTTP request (header {@code X-Correlation-Id}) or the job. */
    public static final String KORRELATIONS_ID = "korrelationsId";

    private Metadaten() {
    }
}

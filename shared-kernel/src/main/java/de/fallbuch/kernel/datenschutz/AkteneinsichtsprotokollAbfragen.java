package de.fallbuch.kernel.datenschutz;

/**
 * The access log as the data protection officer filters it, answered with a {@link Protokollseite}.
 * Every field as typed (the query side reads and checks it: 400 for bad input, 404 for an unknown
 * Aktenzeichen); {@code null} means not given. Only the role Datenschutz may ask.
 */
public record AkteneinsichtsprotokollAbfragen(String fall, String benutzer, String von, String bis, String seite, String groesse) {
}

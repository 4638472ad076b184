package de.fallbuch.kernel.verlauf;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the auditable timeline: what happened, as a plain German sentence, when, by whom
 * in which role, on which legal basis and for which reasons (where there are any).
 */
public record VerlaufEintrag(
        String ereignisId,
        Instant zeitpunkt,
        String benutzer,
        String rolle,
        Aggregat aggregat,
        UUID aggregatId,
        String ereignis,
        String satz,
        String rechtsgrundlage,
        String begruendung) {
}

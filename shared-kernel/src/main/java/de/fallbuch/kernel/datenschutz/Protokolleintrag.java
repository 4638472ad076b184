package de.fallbuch.kernel.datenschutz;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded read of the access log. {@code fallId} is empty for a list that showed no Fall or was
 * refused as a whole. No personal data of the people in the Fälle: ids, Aktenzeichen, user, role, time.
 */
public record Protokolleintrag(long id, Instant zeitpunkt, String benutzer, String rolle, String rollenbezeichnung, UUID fallId,
        String aktenzeichen, String was, String wasBezeichnung, boolean gewaehrt, String korrelationsId) {
}

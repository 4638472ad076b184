package de.fallbuch.kernel.datenschutz;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the access log with the filter as understood; {@code weitere} says whether a next page exists. */
public record Protokollseite(List<Protokolleintrag> eintraege, UUID fallId, String aktenzeichen, String benutzer, LocalDate von,
        LocalDate bis, int seite, int groesse, boolean weitere) {
}

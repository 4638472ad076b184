package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** One Fall in a list: enough to find and open it. */
public record FallZeile(
        UUID fallId,
        String aktenzeichen,
        FallStatus status,
        String dienststelle,
        String fallmanager,
        String nachname,
        String vorname,
        LocalDate eroeffnetAm,
        LocalDate naechsteWiedervorlage,
        long version) {
}

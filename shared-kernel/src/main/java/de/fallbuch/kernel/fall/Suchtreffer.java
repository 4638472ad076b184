package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One hit of {@link FaelleSuchen}: enough to open the Fall and to tell namesakes apart (birth date and
 * address). {@code nurAehnlich} marks a hit found only by sound (Kölner Phonetik), ranked below exact ones.
 */
public record Suchtreffer(
        UUID fallId,
        String aktenzeichen,
        FallStatus status,
        String dienststelle,
        String fallmanager,
        String nachname,
        String vorname,
        LocalDate geburtsdatum,
        String strasse,
        String plz,
        String ort,
        LocalDate eroeffnetAm,
        boolean nurAehnlich) {
}

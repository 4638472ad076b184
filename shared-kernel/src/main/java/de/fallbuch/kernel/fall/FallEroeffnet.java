package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.Person;
import java.time.LocalDate;
import java.util.UUID;

/** A Fall was opened on {@code eroeffnetAm}, the day of the first visit, under its Aktenzeichen. */
public record FallEroeffnet(
        UUID fallId,
        String aktenzeichen,
        Person person,
        String dienststelle,
        String fallmanager,
        String anliegen,
        LocalDate eroeffnetAm) implements FallEreignis {
}

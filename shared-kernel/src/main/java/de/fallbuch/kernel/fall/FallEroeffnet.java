package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.GehoertZumFall;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** A Fall was opened on {@code eroeffnetAm}, the day of the first visit, under its Aktenzeichen. */
public record FallEroeffnet(
        @DatenSubjekt @GehoertZumFall UUID fallId,
        String aktenzeichen,
        Person person,
        String dienststelle,
        String fallmanager,
        @Personenbezogen String anliegen,
        LocalDate eroeffnetAm) implements FallEreignis {
}

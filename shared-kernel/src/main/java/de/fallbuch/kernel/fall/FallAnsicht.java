package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Fall as the read model shows it to those who may see it. {@code version} is the version of
 * the Fall the view has caught up with; a client sends it back with its next write.
 */
public record FallAnsicht(
        UUID fallId,
        String aktenzeichen,
        FallStatus status,
        String dienststelle,
        String fallmanager,
        Person person,
        String anliegen,
        LocalDate eroeffnetAm,
        LocalDate erstberatungAm,
        int anzahlBeratungsgespraeche,
        Erwerbsfaehigkeit erwerbsfaehigkeit,
        LocalDate abgeschlossenAm,
        Abschlussgrund abschlussgrund,
        List<Wiedervorlage> wiedervorlagen,
        long version,
        Instant geaendertAm) {

    public FallAnsicht {
        wiedervorlagen = List.copyOf(wiedervorlagen);
    }

    /** A follow-up date of the Fall. {@code erledigtAm} is empty while it is open. */
    public record Wiedervorlage(UUID wiedervorlageId, LocalDate faelligAm, String anlass, LocalDate erledigtAm,
            boolean entfallen) {
    }
}

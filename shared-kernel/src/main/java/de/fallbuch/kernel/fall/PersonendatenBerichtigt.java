package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Person;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The personal data of the person were corrected or updated on {@code berichtigtAm} (Art. 16 DSGVO):
 * {@code person} is the data from now on, {@code bisherigePerson} what the file said before, so the
 * Verlauf can show old and new side by side. Both are personal data, encrypted with the Fall's key and
 * unreadable after erasure like the opening's. {@code geaendert} names the changed fields (not their
 * values) and stays in clear, as does the kind and {@code gueltigAb} (for an
 * {@link Berichtigungsart#AKTUALISIERUNG}; {@code null} for a Berichtigung, which holds from the start).
 * Who made the change is in the event's metadata, like for every act.
 */
public record PersonendatenBerichtigt(
        @DatenSubjekt UUID fallId,
        Berichtigungsart art,
        Set<Personenangabe> geaendert,
        Person bisherigePerson,
        Person person,
        LocalDate gueltigAb,
        @Personenbezogen String grund,
        LocalDate berichtigtAm) implements FallEreignis {

    public PersonendatenBerichtigt {
        geaendert = geaendert == null ? Set.of() : Set.copyOf(geaendert);
    }
}

package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.Person;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Correct or update the personal data of the person in the Fall (Art. 16 DSGVO): {@code person} is the
 * complete new data, checked like at the opening; {@code gueltigAb} only for an
 * {@link Berichtigungsart#AKTUALISIERUNG}; {@code grund} says why (e.g. "Personalausweis vorgelegt").
 */
public record PersonendatenBerichtigen(
        @TargetAggregateIdentifier UUID fallId,
        @TargetAggregateVersion Long version,
        Berichtigungsart art,
        Person person,
        LocalDate gueltigAb,
        String grund) {
}

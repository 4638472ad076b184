package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.Person;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a Fall on the day of the first visit, for the person seeking help, in a Dienststelle, with
 * the responsible Fallmanager. The Aktenzeichen is drawn beforehand from the office's register.
 */
public record FallEroeffnen(
        @TargetAggregateIdentifier UUID fallId,
        String aktenzeichen,
        Person person,
        String dienststelle,
        String fallmanager,
        String anliegen) {
}

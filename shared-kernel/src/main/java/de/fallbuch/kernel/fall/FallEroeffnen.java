package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.Person;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a Fall on the day of the first visit, for the person seeking help, in a Dienststelle, with
 * the responsible Fallmanager. The handler draws the Aktenzeichen from the office's register once
 * every check has passed, in the transaction that stores the event, and answers with it: a refused
 * opening uses up no number.
 */
public record FallEroeffnen(
        @TargetAggregateIdentifier UUID fallId,
        Person person,
        String dienststelle,
        String fallmanager,
        String anliegen) {
}

package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change an agreement in force: drafts the next Fassung, which must be signed again by both sides. Until then the Fassung in force stays in force. */
public record HilfevereinbarungFortschreiben(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, Vereinbarungsinhalt inhalt, String anlass) {
}

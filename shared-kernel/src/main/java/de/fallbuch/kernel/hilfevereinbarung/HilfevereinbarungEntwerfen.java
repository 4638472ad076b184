package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Draft a Hilfevereinbarung for an open Fall, together with the person. The draft may still be incomplete. */
public record HilfevereinbarungEntwerfen(@TargetAggregateIdentifier UUID hilfevereinbarungId, UUID fallId, Vereinbarungsinhalt inhalt) {
}

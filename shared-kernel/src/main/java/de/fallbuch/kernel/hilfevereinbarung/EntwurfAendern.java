package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replace the content of the draft under negotiation (the first draft or a Fortschreibung). Signatures already given on the draft lapse, because they were given to other content. */
public record EntwurfAendern(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, Vereinbarungsinhalt inhalt) {
}

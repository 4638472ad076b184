package de.fallbuch.kernel.hilfevereinbarung;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a signature on the draft under negotiation. {@code datum} defaults to today; {@code unterzeichnetVon} is the user signing for the office (only for {@link Unterzeichner#FALLMANAGER}). */
public record HilfevereinbarungUnterzeichnen(@TargetAggregateIdentifier UUID hilfevereinbarungId, @TargetAggregateVersion Long version, Unterzeichner unterzeichner, LocalDate datum, String unterzeichnetVon) {
}

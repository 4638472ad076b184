package de.fallbuch.kernel.fall;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set a legal hold on the Fall: no erasure until it is lifted (Sachgebietsleitung). */
public record LoeschsperreSetzen(@TargetAggregateIdentifier UUID fallId, String grund) {
}

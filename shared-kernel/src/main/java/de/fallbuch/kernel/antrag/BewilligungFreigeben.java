package de.fallbuch.kernel.antrag;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The Sachgebietsleitung approves the grant waiting for it (Vier-Augen-Prinzip). Never the person who decided.
 */
public record BewilligungFreigeben(
        @TargetAggregateIdentifier UUID antragId,
        @TargetAggregateVersion Long version,
        String vermerk) {
}

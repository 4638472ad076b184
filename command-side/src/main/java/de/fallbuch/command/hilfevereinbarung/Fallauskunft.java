package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.kernel.fall.FallStatus;
import java.util.Optional;
import java.util.UUID;

/**
 * What the Hilfevereinbarung needs to know about its Fall before it is drafted: whether the Fall
 * exists, whether it is open, and where it is kept. The aggregate asks through this port so its
 * rule "no agreement for a closed Fall" is checked (and tested) with the other rules.
 */
@FunctionalInterface
public interface Fallauskunft {

    Optional<Fallstand> stand(UUID fallId);

    /** The Fall as the write model knows it. */
    record Fallstand(String dienststelle, FallStatus status) {
    }
}

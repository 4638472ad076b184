package de.fallbuch.kernel.fall;

import java.util.Set;

/**
 * Ask for the Fälle of some Dienststellen, optionally only those of one Fallmanager and of one
 * status; answered with a list of {@link FallZeile}, newest first. An empty set of Dienststellen
 * means all of them (for roles that may read everything).
 */
public record FaelleAuflisten(Set<String> dienststellen, String fallmanager, FallStatus status) {

    public FaelleAuflisten {
        dienststellen = dienststellen == null ? Set.of() : Set.copyOf(dienststellen);
    }
}

package de.fallbuch.kernel.arbeitskorb;

import java.time.LocalDate;
import java.util.Set;

/**
 * Ask for a caseload: the open Fälle and the dates due of the given Dienststellen, optionally of
 * one Fallmanager only, as seen on {@code heute}. Answered with an {@link Arbeitskorb}.
 */
public record ArbeitskorbAbfragen(Set<String> dienststellen, String fallmanager, LocalDate heute) {

    public ArbeitskorbAbfragen {
        dienststellen = Set.copyOf(dienststellen);
    }
}

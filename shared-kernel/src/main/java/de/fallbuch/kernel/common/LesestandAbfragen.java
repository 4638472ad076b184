package de.fallbuch.kernel.common;

import java.util.UUID;

/**
 * How far a view has caught up with one record: answered with the version the view shows
 * ({@code Long}, {@code -1} while the record is not in the view). As a subscription query its
 * updates are the versions the view reaches afterwards, on whatever instance the projector ran.
 * Carries no personal data, only the id and a number.
 */
public record LesestandAbfragen(Ansicht ansicht, UUID id) {

    /** The answer while the view does not show the record yet. */
    public static final long UNBEKANNT = -1;
}

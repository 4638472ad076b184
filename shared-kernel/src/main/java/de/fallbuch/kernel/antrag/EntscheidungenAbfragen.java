package de.fallbuch.kernel.antrag;

import java.util.UUID;

/**
 * Ask for the Entscheidungshistorie of an Antrag: every decision ever taken on it, superseded and
 * revoked ones included, oldest first; answered with a list of {@link Entscheidungseintrag}.
 */
public record EntscheidungenAbfragen(UUID antragId) {
}

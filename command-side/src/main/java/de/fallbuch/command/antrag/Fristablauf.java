package de.fallbuch.command.antrag;

import java.util.UUID;

/**
 * What a deadline of the Antrag refers to when it fires: the request for documents, the decision
 * or the Anhörung whose period ran out. The handler compares it with the current state, so a
 * deadline that has become moot (documents came in, a newer decision) does nothing.
 */
public record Fristablauf(UUID bezugId) {
}

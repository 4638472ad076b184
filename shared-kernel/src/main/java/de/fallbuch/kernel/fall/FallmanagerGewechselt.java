package de.fallbuch.kernel.fall;

import java.util.UUID;

/** The Fall passed from one Fallmanager to another, for the reason given. */
public record FallmanagerGewechselt(UUID fallId, String bisherigerFallmanager, String neuerFallmanager, String grund) implements FallEreignis {
}

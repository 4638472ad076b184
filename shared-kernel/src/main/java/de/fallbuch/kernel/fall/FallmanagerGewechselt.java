package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.util.UUID;

/** The Fall passed from one Fallmanager to another, for the reason given. */
public record FallmanagerGewechselt(@DatenSubjekt UUID fallId, String bisherigerFallmanager, String neuerFallmanager, @Personenbezogen String grund) implements FallEreignis {
}

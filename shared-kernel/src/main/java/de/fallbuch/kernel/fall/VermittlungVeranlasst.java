package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/** The person was referred to a partner after consenting on {@code einwilligungAm} to passing on their data (§67b SGB X). */
public record VermittlungVeranlasst(@DatenSubjekt UUID fallId, UUID vermittlungId, Vermittlungspartner partner, @Personenbezogen String partnerBezeichnung, @Personenbezogen String anlass, LocalDate einwilligungAm) implements FallEreignis {
}

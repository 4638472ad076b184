package de.fallbuch.kernel.fall;

import java.time.LocalDate;
import java.util.UUID;

/** The person was referred to a partner after consenting on {@code einwilligungAm} to passing on their data (§67b SGB X). */
public record VermittlungVeranlasst(UUID fallId, UUID vermittlungId, Vermittlungspartner partner, String partnerBezeichnung, String anlass, LocalDate einwilligungAm) implements FallEreignis {
}

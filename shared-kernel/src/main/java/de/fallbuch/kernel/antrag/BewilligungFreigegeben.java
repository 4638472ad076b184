package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A second person approved the grant (Vier-Augen-Prinzip); from now on it counts.
 */
public record BewilligungFreigegeben(
        @DatenSubjekt UUID antragId,
        UUID entscheidungId,
        LocalDate freigegebenAm,
        String freigegebenVon,
        @Personenbezogen String vermerk) implements AntragEreignis {
}

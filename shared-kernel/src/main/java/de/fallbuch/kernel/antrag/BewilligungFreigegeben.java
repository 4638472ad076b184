package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A second person approved the grant (Vier-Augen-Prinzip); from now on it counts.
 */
public record BewilligungFreigegeben(
        UUID antragId,
        UUID entscheidungId,
        LocalDate freigegebenAm,
        String freigegebenVon,
        String vermerk) implements AntragEreignis {
}

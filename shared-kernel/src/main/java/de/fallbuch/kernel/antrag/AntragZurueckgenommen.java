package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.Personenbezogen;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The applicant withdrew the Antrag on {@code zurueckgenommenAm}, before it was decided.
 */
public record AntragZurueckgenommen(@DatenSubjekt UUID antragId, LocalDate zurueckgenommenAm, @Personenbezogen String erklaerung) implements AntragEreignis {
}

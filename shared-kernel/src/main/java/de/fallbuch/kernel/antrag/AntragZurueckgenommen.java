package de.fallbuch.kernel.antrag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The applicant withdrew the Antrag on {@code zurueckgenommenAm}, before it was decided.
 */
public record AntragZurueckgenommen(UUID antragId, LocalDate zurueckgenommenAm, String erklaerung) implements AntragEreignis {
}

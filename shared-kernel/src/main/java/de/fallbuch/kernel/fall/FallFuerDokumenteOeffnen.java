package de.fallbuch.kernel.fall;

import java.util.UUID;

/**
 * Open a Fall to read the documents issued in it, by the same need to know as the Fall itself,
 * answered with its {@link FallAnsicht}. The read is recorded, granted or refused: as the list of the
 * documents ({@code einzeln} false) or as one document.
 */
public record FallFuerDokumenteOeffnen(UUID fallId, boolean einzeln) {
}

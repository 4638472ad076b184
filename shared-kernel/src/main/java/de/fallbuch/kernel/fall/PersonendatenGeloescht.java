package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.common.DatenSubjekt;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The personal data of the Fall were erased on {@code geloeschtAm} by {@code geloeschtVon} on the
 * legal basis given (§ 84 SGB X, Art. 17 DSGVO): the keys of the Fall, its Anträge and its
 * agreements were destroyed (crypto-shredding), so every personal value in their events now reads
 * as "[gelöscht]". The events themselves stay; decisions, dates and amounts stay readable.
 *
 * {@code antraege} and {@code hilfevereinbarungen} name the Fall's other Datensubjekte, so every view can
 * forget them too.
 *
 * <p>This event carries no personal data and stays in clear: {@code begruendung} names the
 * retention rule or the request, never the person.
 */
public record PersonendatenGeloescht(
        @DatenSubjekt UUID fallId,
        String rechtsgrundlage,
        String begruendung,
        LocalDate geloeschtAm,
        String geloeschtVon,
        Set<UUID> antraege,
        Set<UUID> hilfevereinbarungen) implements FallEreignis {

    public PersonendatenGeloescht {
        antraege = antraege == null ? Set.of() : Set.copyOf(antraege);
        hilfevereinbarungen = hilfevereinbarungen == null ? Set.of() : Set.copyOf(hilfevereinbarungen);
    }
}

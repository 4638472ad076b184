package de.fallbuch.kernel.antrag;

import de.fallbuch.kernel.common.DatenSubjekt;
import de.fallbuch.kernel.common.GehoertZumFall;
import de.fallbuch.kernel.common.Leistungsart;
import de.fallbuch.kernel.common.Personenbezogen;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An Antrag for the Fall was received on {@code eingangsdatum} through {@code kanal}. Help is due from
 * {@code leistungsbeginn} (§18 SGB XII; for Grundsicherung the first of the month, §44 Abs. 2 SGB XII).
 *
 * <p>{@code altersgruppe} is the person's age group on the day of receipt, in clear: one of three
 * coarse groups of official statistics, not personal data that identifies anyone, kept so that the
 * densities of the Kennzahlen (e.g. Grundsicherung per 1,000 inhabitants aged 65 and older) survive
 * the erasure of the birth date and any later rebuild. {@code null} in events written before it was
 * recorded, and when the birth date was not readable.
 *
 * <p>{@code kenntnisAm} and {@code kenntnisQuelle}: an earlier day on which the office learned of the
 * need, and how (Kenntnisgrundsatz, § 18 SGB XII; then {@code leistungsbeginn} is that day); {@code null}
 * when the day of receipt counts. The source may name people, so it is personal data.
 */
public record AntragGestellt(
        @DatenSubjekt UUID antragId,
        @GehoertZumFall UUID fallId,
        Leistungsart leistungsart,
        LocalDate eingangsdatum,
        Antragskanal kanal,
        LocalDate leistungsbeginn,
        Altersgruppe altersgruppe,
        LocalDate kenntnisAm,
        @Personenbezogen String kenntnisQuelle) implements AntragEreignis {
}

package de.fallbuch.kernel.fall;

import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungZeile;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Fall as its page shows it. With a "Stand am" only the Fall and its Verlauf up to then (Anträge
 * and agreements stay empty). {@code bearbeitbar}: the reader may record acts on it now (the same
 * rule the command side applies; the forms are still checked there).
 */
public record Fallseite(
        FallAnsicht fall,
        List<VerlaufEintrag> verlauf,
        List<AntragAnsicht> antraege,
        Map<UUID, List<Entscheidungseintrag>> entscheidungen,
        List<HilfevereinbarungZeile> hilfevereinbarungen,
        Map<UUID, HilfevereinbarungAnsicht> vereinbarungen,
        boolean bearbeitbar) {

    public Fallseite {
        verlauf = List.copyOf(verlauf);
        antraege = List.copyOf(antraege);
        entscheidungen = Map.copyOf(entscheidungen);
        hilfevereinbarungen = List.copyOf(hilfevereinbarungen);
        vereinbarungen = Map.copyOf(vereinbarungen);
    }
}

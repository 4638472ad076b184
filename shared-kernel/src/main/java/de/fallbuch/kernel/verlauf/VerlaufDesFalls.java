package de.fallbuch.kernel.verlauf;

import de.fallbuch.kernel.fall.FallAnsicht;
import java.util.List;

/** The Fall whose Verlauf was read, and the entries found. */
public record VerlaufDesFalls(FallAnsicht fall, List<VerlaufEintrag> eintraege) {

    public VerlaufDesFalls {
        eintraege = List.copyOf(eintraege);
    }
}

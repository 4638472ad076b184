package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.command.fall.FallRegister;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Answers {@link Fallauskunft} from the write model's {@link FallRegister}, and serialises drafting
 * against closing: drafting reads the Fall's row with a shared lock, the closing policy locks it
 * exclusively before it looks for open agreements. Without the locks, an agreement drafted while
 * the Fall is being closed could stay open for a closed Fall, because the policy would not see its
 * uncommitted register row.
 */
@Component
class FallregisterAuskunft implements Fallauskunft {

    private final FallRegister faelle;

    FallregisterAuskunft(FallRegister faelle) {
        this.faelle = faelle;
    }

    @Override
    public Optional<Fallstand> stand(UUID fallId) {
        return faelle.findeGeteilt(fallId).map(fall -> new Fallstand(fall.dienststelle(), fall.status()));
    }

    void abschlussSperren(UUID fallId) {
        faelle.findeGesperrt(fallId);
    }
}

package de.fallbuch.command.antrag;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.fall.FallStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the Antrag's questions about its Fall from the write model's {@link FallRegister}. */
@Component
class FallAuskunftAusRegister implements FallAuskunft {

    private final FallRegister faelle;

    FallAuskunftAusRegister(FallRegister faelle) {
        this.faelle = faelle;
    }

    @Override
    public Optional<FallStatus> statusFuerNeuenAntrag(UUID fallId) {
        return faelle.findeGesperrt(fallId).map(FallRegister.Eintrag::status);
    }
}

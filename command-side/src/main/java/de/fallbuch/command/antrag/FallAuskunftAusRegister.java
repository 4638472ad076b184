package de.fallbuch.command.antrag;

import de.fallbuch.command.fall.FallRegister;
import de.fallbuch.kernel.fall.FallStatus;
import de.fallbuch.kernel.fall.Geburtsdatum;
import de.fallbuch.kernel.kennzahlen.Altersgruppe;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Answers the Antrag's questions about its Fall: the status from the write model's {@link FallRegister},
 * the person's age group from the Fall's events (the birth date is encrypted there and kept nowhere in clear).
 */
@Component
class FallAuskunftAusRegister implements FallAuskunft {

    private final FallRegister faelle;
    private final EventStore ereignisse;

    FallAuskunftAusRegister(FallRegister faelle, EventStore ereignisse) {
        this.faelle = faelle;
        this.ereignisse = ereignisse;
    }

    @Override
    public Optional<FallStatus> statusFuerNeuenAntrag(UUID fallId) {
        return faelle.findeGesperrt(fallId).map(FallRegister.Eintrag::status);
    }

    @Override
    public Optional<Altersgruppe> altersgruppeAm(UUID fallId, LocalDate tag) {
        LocalDate geburtsdatum = Geburtsdatum.aus(ereignisse.readEvents(fallId.toString(), 0).asStream().map(n -> n.getPayload()).toList());
        return Altersgruppe.am(geburtsdatum, tag);
    }
}

package de.fallbuch.app.infrastruktur;

import de.fallbuch.command.common.FehlerUebersetzung;
import de.fallbuch.command.zugriff.Schreibrechte;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the interceptors on the command bus: who sent a command (dispatch), how a refusal is
 * reported and who may do the act (handling; the refusal translation outermost, so an access
 * refusal travels as details like any other). Works for the local bus and for Axon Server's.
 * An instance without the write model has no {@link Schreibrechte} and handles no commands.
 */
@Component
class BefehlsbusEinrichtung {

    BefehlsbusEinrichtung(CommandBus befehlsbus, ObjectProvider<Schreibrechte> schreibrechte) {
        befehlsbus.registerDispatchInterceptor(Urheberstempel.anBefehlen());
        befehlsbus.registerHandlerInterceptor(new FehlerUebersetzung());
        schreibrechte.ifAvailable(befehlsbus::registerHandlerInterceptor);
    }
}

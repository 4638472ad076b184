package de.fallbuch.app.infrastruktur;

import de.fallbuch.command.common.FehlerUebersetzung;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.stereotype.Component;

/**
 * Puts the interceptors on the command bus: who sent a command (dispatch) and how a refusal is
 * reported (handling). Works for the local bus and for Axon Server's.
 */
@Component
class BefehlsbusEinrichtung {

    BefehlsbusEinrichtung(CommandBus befehlsbus) {
        befehlsbus.registerDispatchInterceptor(new UrheberAnBefehlen());
        befehlsbus.registerHandlerInterceptor(new FehlerUebersetzung());
    }
}

package de.fallbuch.command.hilfevereinbarung;

import de.fallbuch.kernel.fall.FallAbgeschlossen;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungMitFallBeenden;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Policy: closing a Fall ends its open Hilfevereinbarungen (domain.md), drafts included. Runs in a
 * subscribing processor, i.e. in the transaction that closes the Fall: either the Fall is closed
 * and its agreements are ended, or neither happens. The agreements' events carry the closing
 * user's metadata, so the timeline shows who caused them.
 */
@Component
@ProcessingGroup(FallabschlussBeendetHilfevereinbarungen.PROCESSING_GROUP)
class FallabschlussBeendetHilfevereinbarungen {

    static final String PROCESSING_GROUP = "hilfevereinbarung-fallabschluss";

    private final CommandGateway befehle;
    private final HilfevereinbarungRegister register;
    private final FallregisterAuskunft faelle;

    FallabschlussBeendetHilfevereinbarungen(CommandGateway befehle, HilfevereinbarungRegister register, FallregisterAuskunft faelle) {
        this.befehle = befehle;
        this.register = register;
        this.faelle = faelle;
    }

    @EventHandler
    @DisallowReplay
    void on(FallAbgeschlossen ereignis) {
        faelle.abschlussSperren(ereignis.fallId());
        for (UUID hilfevereinbarungId : register.offeneDesFalls(ereignis.fallId())) {
            befehle.sendAndWait(new HilfevereinbarungMitFallBeenden(hilfevereinbarungId, ereignis.fallId(), ereignis.abgeschlossenAm()));
        }
    }
}

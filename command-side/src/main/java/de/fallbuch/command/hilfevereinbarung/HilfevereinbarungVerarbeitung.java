package de.fallbuch.command.hilfevereinbarung;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register and the closing policy must not fail silently: Axon's default logs a failing
 * handler and goes on, which would commit the events while the register or the agreements lag
 * behind. Propagating the error rolls back the command that caused the event instead.
 */
@Configuration(proxyBeanMethods = false)
class HilfevereinbarungVerarbeitung {

    @Bean
    ConfigurerModule hilfevereinbarungFehlerWeitergeben() {
        return konfiguration -> konfiguration.eventProcessing()
                .registerListenerInvocationErrorHandler(HilfevereinbarungRegister.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(FallabschlussBeendetHilfevereinbarungen.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}

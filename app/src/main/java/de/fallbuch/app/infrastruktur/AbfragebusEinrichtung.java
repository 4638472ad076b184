package de.fallbuch.app.infrastruktur;

import org.axonframework.queryhandling.QueryBus;
import org.springframework.stereotype.Component;

/** Puts the reader on every query (dispatch interceptor); for the local bus and Axon Server's alike. */
@Component
class AbfragebusEinrichtung {

    AbfragebusEinrichtung(QueryBus abfragebus) {
        abfragebus.registerDispatchInterceptor(Urheberstempel.anAbfragen());
    }
}

package de.fallbuch.app.betrieb;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the views park an event they cannot handle (every processor with {@code dlq.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterKonfiguration {

    /**
     * Every failure parks the event (first time and after every failed retry), with the number of
     * attempts in the letter's diagnostics for the operator. The cause's message is truncated to
     * what Axon's queue is built for: a database error quotes the failing row, which may hold long
     * texts, and a cause too long to be stored would stop the view instead of parking the event.
     */
    @Bean
    ConfigurerModule deadLetterRichtlinie() {
        return konfiguration -> konfiguration.eventProcessing().registerDefaultDeadLetterPolicy(c -> (brief, ursache) ->
                Decisions.enqueue(ThrowableCause.truncated(ursache),
                        letzter -> letzter.diagnostics().and(DeadLetters.VERSUCHE,
                                letzter.diagnostics().get(DeadLetters.VERSUCHE) instanceof Number bisher ? bisher.intValue() + 1 : 1)));
    }
}

package de.fallbuch.app.betrieb;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the views park an event they cannot handle (every processor with {@code dlq.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterKonfiguration.class);

    @Bean
    ConfigurerModule deadLetterRichtlinie(EventProcessorProperties prozessoren, ObjectProvider<JdbcClient> jdbc) {
        return konfiguration -> prozessoren.getProcessors().forEach((name, einstellungen) -> {
            if (einstellungen.getDlq().isEnabled()) {
                konfiguration.eventProcessing().registerDeadLetterPolicy(name, c -> richtlinie(name, jdbc));
            }
        });
    }

    /**
     * Every failure parks the event (first time and after every failed retry), with the number of
     * attempts in the letter's diagnostics for the operator. The cause's message is truncated to
     * what Axon's queue is built for: a database error quotes the failing row, which may hold long
     * texts, and a cause too long to be stored would stop the view instead of parking the event.
     *
     * <p>An event an operator has skipped in this view (dead_letter_uebersprungen) and that fails
     * again when the view is rebuilt is skipped again, on the recorded decision, instead of
     * degrading the view anew; if it succeeds now (the cause was fixed), it simply counts.
     */
    static EnqueuePolicy<EventMessage<?>> richtlinie(String projektion, ObjectProvider<JdbcClient> jdbc) {
        return (brief, ursache) -> {
            String ereignisId = brief.message().getIdentifier();
            boolean uebersprungen = jdbc.getObject().sql("""
                            SELECT EXISTS (SELECT 1 FROM dead_letter_uebersprungen WHERE projektion = :projektion AND ereignis_id = :id)""")
                    .param("projektion", projektion).param("id", ereignisId).query(Boolean.class).single();
            if (uebersprungen) {
                // Only the error's class: a database message quotes the failing row, i.e. personal data.
                LOG.warn("Ereignis {} scheitert in der Ansicht {} erneut ({}) und bleibt übersprungen, wie in dead_letter_uebersprungen verzeichnet",
                        ereignisId, projektion, ursache.getClass().getName());
                return Decisions.doNotEnqueue();
            }
            return Decisions.enqueue(ThrowableCause.truncated(ursache),
                    letzter -> letzter.diagnostics().and(DeadLetters.VERSUCHE,
                            letzter.diagnostics().get(DeadLetters.VERSUCHE) instanceof Number bisher ? bisher.intValue() + 1 : 1));
        };
    }
}

package de.fallbuch.app.infrastruktur;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every event handler of a projection or register inside a savepoint of the surrounding
 * transaction. PostgreSQL aborts a whole transaction after one failed statement; without the
 * savepoint, one event a view cannot handle would also spoil the other events of its batch and
 * the dead-letter queue could not even record it. With it, the failed handler's changes are
 * rolled back alone and the event goes to the dead-letter queue.
 */
class SicherungspunktProEreignis implements HandlerEnhancerDefinition {

    private final TransactionTemplate sicherungspunkt;

    SicherungspunktProEreignis(PlatformTransactionManager transaktionen) {
        this.sicherungspunkt = new TransactionTemplate(transaktionen);
        this.sicherungspunkt.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean ereignisHandler = original.annotationAttributes(EventHandler.class).isPresent();
        // Aggregates apply events in memory; they need no savepoint.
        boolean ereignisQuelle = original.annotationAttributes(EventSourcingHandler.class).isPresent();
        if (!ereignisHandler || ereignisQuelle) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> nachricht, T ziel) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(nachricht, ziel);
                }
                try {
                    return sicherungspunkt.execute(status -> {
                        try {
                            return super.handle(nachricht, ziel);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new GepruefteAusnahme(e);
                        }
                    });
                } catch (GepruefteAusnahme e) {
                    throw (Exception) e.getCause();
                }
            }
        };
    }

    /** Carries a checked exception out of the transaction callback. */
    private static final class GepruefteAusnahme extends RuntimeException {
        GepruefteAusnahme(Exception ursache) {
            super(ursache);
        }
    }
}

package de.fallbuch.app.infrastruktur;

import de.fallbuch.kernel.common.Metadaten;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;

/**
 * Axon infrastructure: the JDBC event store with events as JSON text, who-did-it metadata on
 * every message, and the translation of refused commands into details that survive the trip
 * through Axon Server.
 */
@Configuration(proxyBeanMethods = false)
class AxonKonfiguration {

    @Bean
    Clock uhr(@Value("${fallbuch.zeitzone:Europe/Berlin}") String zeitzone) {
        return Clock.system(ZoneId.of(zeitzone));
    }

    /**
     * Events and snapshots in PostgreSQL as JSON text. Replaced by Axon Server's store when
     * {@code axon.axonserver.enabled=true}.
     */
    @Bean
    @DependsOn("schemaMigration")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(ConnectionProvider verbindungen, TransactionManager transaktionen,
            PersistenceExceptionResolver fehlerAufloesung, @Qualifier("eventSerializer") Serializer ereignisSerialisierung,
            Serializer serialisierung, EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .schema(schema)
                .connectionProvider(verbindungen)
                .transactionManager(transaktionen)
                .persistenceExceptionResolver(fehlerAufloesung)
                .eventSerializer(ereignisSerialisierung)
                .snapshotSerializer(serialisierung)
                .dataType(String.class)
                .build();
    }

    /**
     * Two instances appending to one aggregate at the same moment: the later insert violates the unique
     * (aggregate, sequence) key. PostgreSQL names that by its SQLState {@code 23505}; Axon's default
     * resolver for JDBC does not recognise it, so the loser got a 500 instead of Axon's
     * {@code ConcurrencyException} ({@code 409 VERSION_VERALTET}, send it again on the current state).
     * Only the event store's appends ask this (found by MehrereInstanzenTest).
     */
    @Bean
    @Primary
    PersistenceExceptionResolver doppelterSchluessel() {
        return new SQLStateResolver("23505");
    }

    /** Axon's JDBC tables with PostgreSQL's snake_case names (see db/eventstore). */
    @Bean
    EventSchema ereignisTabellen() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    TokenSchema tokenTabelle() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaTabellen() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterTabelle() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    HandlerEnhancerDefinition sicherungspunktProEreignis(PlatformTransactionManager transaktionen) {
        return new SicherungspunktProEreignis(transaktionen);
    }

    /**
     * A failing event handler is never skipped silently: registers (subscribing) fail the command
     * that caused the event, projections retry or, where configured, dead-letter the event.
     */
    @Bean
    ConfigurerModule fehlerWeiterreichen() {
        return konfiguration -> konfiguration.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Copies who caused a message, and the request it came from, onto everything it causes. */
    @Bean
    CorrelationDataProvider urheberschaft() {
        return new SimpleCorrelationDataProvider(Metadaten.BENUTZER, Metadaten.ROLLE, Metadaten.KORRELATIONS_ID);
    }

    /** Axon's own correlation and trace ids (declared because a custom provider replaces the default). */
    @Bean
    CorrelationDataProvider nachrichtenHerkunft() {
        return new MessageOriginProvider();
    }
}

package de.fallbuch.app.infrastruktur;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import de.fallbuch.kernel.common.Metadaten;
import de.fallbuch.kernel.common.Rolle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines that must act (Mitwirkungsfrist, Widerspruchsfrist, Anhörungsfrist): Axon's
 * {@link DbSchedulerDeadlineManager} on db-scheduler, which keeps every deadline as a row of
 * {@code scheduled_tasks} in our PostgreSQL. So a deadline survives a restart, and with several
 * instances exactly one of them fires it.
 *
 * <p>Wired here rather than by Axon's auto-configuration (excluded in application.yml) because
 * three things matter for a legal record:
 * <ul>
 * <li>A deadline is written through Spring's transaction, i.e. in the same transaction as the
 * events that set it: no deadline without its event and no event without its deadline.</li>
 * <li>The scheduler decides what is due by the service's {@link Clock}, the same clock the
 * aggregates date their acts by. In production both are the system clock; a test that moves the
 * clock forward sees the deadlines of that day fire, as they would in a month's time.</li>
 * <li>What a deadline records is caused by the system, not by the person who set the deadline
 * weeks before: the deadline message is stamped {@code system}, and its events carry that.</li>
 * </ul>
 * It starts polling once the application is ready (Axon's handlers are up) and stops first on
 * shutdown. The write model only: a query-only instance fires no deadlines (Einsatzprofil).
 */
@Configuration(proxyBeanMethods = false)
class FristenKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FristenKonfiguration.class);

    @Bean
    @DependsOn("schemaMigration")
    Scheduler fristenplaner(DataSource dataSource, Clock uhr,
            @Value("${fallbuch.fristen.abfrageintervall:PT10S}") Duration abfrageintervall,
            ObjectProvider<DeadlineManager> deadlineManager, List<RecurringTask<?>> wiederkehrend) {
        Task<DbSchedulerBinaryDeadlineDetails> fristablauf =
                DbSchedulerDeadlineManager.binaryTask(() -> (DbSchedulerDeadlineManager) deadlineManager.getObject());
        DataSource transaktionsgebunden = dataSource instanceof TransactionAwareDataSourceProxy ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        // Recurring jobs of other parts (e.g. the daily search for Löschvorschläge) share this scheduler and table.
        return Scheduler.create(transaktionsgebunden, List.of(fristablauf))
                .startTasks(wiederkehrend)
                .clock(uhr::instant)
                .pollingInterval(abfrageintervall)
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler fristenplaner, org.axonframework.config.Configuration axon,
            @Qualifier("eventSerializer") Serializer serialisierung, TransactionManager transaktionen,
            List<CorrelationDataProvider> urheberschaft) {
        DbSchedulerDeadlineManager fristen = DbSchedulerDeadlineManager.builder()
                .scheduler(fristenplaner)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serialisierung)
                .transactionManager(transaktionen)
                // started and stopped below, around Axon's own lifecycle
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        fristen.registerDispatchInterceptor(befehle -> (index, frist) -> frist.andMetaData(
                Map.of(Metadaten.BENUTZER, Urheberstempel.SYSTEM, Metadaten.ROLLE, Rolle.SYSTEM.name())));
        fristen.registerHandlerInterceptor(new CorrelationDataInterceptor<>(urheberschaft));
        return fristen;
    }

    @Bean
    Fristenbetrieb fristenbetrieb(Scheduler fristenplaner) {
        return new Fristenbetrieb(fristenplaner);
    }

    /** Polls for due deadlines while the service is up. */
    static final class Fristenbetrieb {

        private final Scheduler planer;

        Fristenbetrieb(Scheduler planer) {
            this.planer = planer;
        }

        @EventListener(ApplicationReadyEvent.class)
        void starten() {
            if (!planer.getSchedulerState().isStarted()) {
                LOG.info("Fristenplaner startet");
                planer.start();
            }
        }

        @EventListener(ContextClosedEvent.class)
        void anhalten() {
            if (planer.getSchedulerState().isStarted() && !planer.getSchedulerState().isShuttingDown()) {
                planer.stop();
            }
        }
    }
}

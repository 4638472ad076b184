package de.fallbuch.query.fall;

import de.fallbuch.kernel.fall.PersonendatenGeloescht;
import de.fallbuch.query.common.Neuanwendung;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Fall view forgets an erased Fall's personal data: its rows are rebuilt from the now unreadable events. */
@Component
@ProcessingGroup(FallUebersichtProjektor.PROCESSING_GROUP)
class FallLoeschung {

    private final JdbcClient jdbc;
    private final Neuanwendung neuanwendung;
    private final FallUebersichtProjektor projektor;

    FallLoeschung(JdbcClient jdbc, Neuanwendung neuanwendung, FallUebersichtProjektor projektor) {
        this.jdbc = jdbc;
        this.neuanwendung = neuanwendung;
        this.projektor = projektor;
    }

    @EventHandler
    void on(PersonendatenGeloescht e, @SequenceNumber long seq, @Timestamp Instant zeit) {
        jdbc.sql("DELETE FROM fall_wiedervorlage WHERE fall_id = :id").param("id", e.fallId()).update();
        jdbc.sql("DELETE FROM fall_uebersicht WHERE fall_id = :id").param("id", e.fallId()).update();
        neuanwendung.erneutAnwenden(List.of(e.fallId()), projektor);
        jdbc.sql("UPDATE fall_uebersicht SET version = :seq, geaendert_am = :zeit WHERE fall_id = :id AND version < :seq")
                .param("seq", seq).param("zeit", zeit.atOffset(ZoneOffset.UTC)).param("id", e.fallId()).update();
    }
}

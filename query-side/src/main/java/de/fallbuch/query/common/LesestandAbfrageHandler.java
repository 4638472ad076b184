package de.fallbuch.query.common;

import de.fallbuch.kernel.common.LesestandAbfragen;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version a view shows for one record: the initial result of the subscription query a page
 * waits on after a write; its updates come from {@link Lesestandmelder}.
 */
@Component
class LesestandAbfrageHandler {

    private final JdbcClient jdbc;

    LesestandAbfrageHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Long handle(LesestandAbfragen abfrage) {
        String sql = switch (abfrage.ansicht()) {
            case FALL -> "SELECT version FROM fall_uebersicht WHERE fall_id = :id";
            case ANTRAG -> "SELECT version FROM antrag_uebersicht WHERE antrag_id = :id";
            case HILFEVEREINBARUNG -> "SELECT version FROM hilfevereinbarung WHERE hilfevereinbarung_id = :id";
        };
        return jdbc.sql(sql).param("id", abfrage.id()).query(Long.class).optional().orElse(LesestandAbfragen.UNBEKANNT);
    }
}

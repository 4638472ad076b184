package de.fallbuch.query.antrag;

import de.fallbuch.kernel.antrag.AntragAbfragen;
import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.query.common.Fallakte;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Anträge of a Fall, oldest first, for the Fall page of the web UI. It takes the Fall as
 * {@link Fallakte#oeffnen} returned it: whoever holds that view was found entitled to read the Fall
 * and its Anträge, and the read was recorded there.
 */
@Component
public class AntraegeZumFall {

    private final JdbcClient jdbc;
    private final QueryGateway abfragen;

    AntraegeZumFall(JdbcClient jdbc, QueryGateway abfragen) {
        this.jdbc = jdbc;
        this.abfragen = abfragen;
    }

    public List<AntragAnsicht> von(FallAnsicht geoeffneterFall) {
        List<UUID> ids = jdbc.sql("SELECT antrag_id FROM antrag_uebersicht WHERE fall_id = :fall ORDER BY eingangsdatum, antrag_id")
                .param("fall", geoeffneterFall.fallId())
                .query(UUID.class)
                .list();
        return ids.stream()
                .map(id -> abfragen.query(new AntragAbfragen(id), ResponseTypes.optionalInstanceOf(AntragAnsicht.class)).join())
                .flatMap(Optional::stream)
                .toList();
    }
}

package de.fallbuch.query.verlauf;

import de.fallbuch.kernel.verlauf.Aggregat;
import de.fallbuch.kernel.verlauf.VerlaufAbfragen;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the Verlauf of a Fall from {@code verlauf_eintrag}. */
@Component
class VerlaufAbfrageHandler {

    private final JdbcClient jdbc;

    VerlaufAbfrageHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<VerlaufEintrag> handle(VerlaufAbfragen abfrage) {
        return jdbc.sql("""
                        SELECT * FROM verlauf_eintrag
                        WHERE fall_id = :fall
                          AND (CAST(:aggregat AS text) IS NULL OR aggregat = :aggregat)
                          AND (CAST(:von AS timestamptz) IS NULL OR zeitpunkt >= :von)
                          AND (CAST(:bis AS timestamptz) IS NULL OR zeitpunkt < :bis)
                        ORDER BY zeitpunkt, aggregat_id, sequenz""")
                .param("fall", abfrage.fallId())
                .param("aggregat", abfrage.aggregat() == null ? null : abfrage.aggregat().name())
                .param("von", abfrage.von() == null ? null : abfrage.von().atOffset(ZoneOffset.UTC))
                .param("bis", abfrage.bis() == null ? null : abfrage.bis().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new VerlaufEintrag(
                        rs.getString("ereignis_id"),
                        rs.getObject("zeitpunkt", OffsetDateTime.class).toInstant(),
                        rs.getString("benutzer"),
                        rs.getString("rolle"),
                        Aggregat.valueOf(rs.getString("aggregat")),
                        rs.getObject("aggregat_id", UUID.class),
                        rs.getString("ereignis"),
                        rs.getString("satz"),
                        rs.getString("rechtsgrundlage"),
                        rs.getString("begruendung")))
                .list();
    }
}

package de.fallbuch.query.fall;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the search form (db/query V95) of Fälle projected before it existed, once after start, so an
 * upgraded installation finds them without a rebuild of the view. New and changed Fälle get it from
 * {@link FallUebersichtProjektor}. Each row is written only if its name is still the one read (guard
 * against a correction or an erasure projected meanwhile) and its search form still empty; erased
 * rows ("[gelöscht]") are left empty. Idempotent, so several instances may run it at once.
 */
@Component
class Suchformnachtrag {

    private static final Logger LOG = LoggerFactory.getLogger(Suchformnachtrag.class);
    private static final int STAPEL = 500;

    private final JdbcClient jdbc;

    Suchformnachtrag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Name(UUID fallId, String vorname, String nachname) {
    }

    /** In a thread of its own: at 100,000 Fälle it takes a while, and the service is ready meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void beimStart() {
        Thread faden = new Thread(this::nachtragen, "suchformnachtrag");
        faden.setDaemon(true);
        faden.start();
    }

    /** @return how many rows got their search form */
    int nachtragen() {
        int nachgetragen = 0;
        UUID ab = new UUID(0, 0); // the smallest UUID in PostgreSQL's (unsigned) order
        try {
            while (true) {
                List<Name> namen = jdbc.sql("""
                                SELECT fall_id, vorname, nachname FROM fall_uebersicht
                                WHERE suchname IS NULL AND fall_id > :ab ORDER BY fall_id LIMIT :stapel""")
                        .param("ab", ab).param("stapel", STAPEL)
                        .query((rs, n) -> new Name(rs.getObject("fall_id", UUID.class), rs.getString("vorname"), rs.getString("nachname")))
                        .list();
                for (Name name : namen) {
                    String suchname = Suchform.suchname(name.vorname(), name.nachname());
                    if (suchname != null) {
                        nachgetragen += jdbc.sql("""
                                        UPDATE fall_uebersicht SET suchname = :suchname, suchpraefixe = :praefixe, suchphonetik = :phonetik
                                        WHERE fall_id = :id AND suchname IS NULL AND vorname = :vorname AND nachname = :nachname""")
                                .param("suchname", suchname)
                                .param("praefixe", Suchform.praefixe(name.vorname(), name.nachname()))
                                .param("phonetik", Suchform.phonetik(name.vorname(), name.nachname()))
                                .param("id", name.fallId()).param("vorname", name.vorname()).param("nachname", name.nachname())
                                .update();
                    }
                }
                if (namen.size() < STAPEL) {
                    break;
                }
                ab = namen.get(namen.size() - 1).fallId();
            }
        } catch (RuntimeException e) {
            // The search still works for every Fall projected since V95; the next start tries again.
            LOG.warn("Suchform älterer Fälle nicht vollständig nachgetragen ({} nachgetragen)", nachgetragen, e);
            return nachgetragen;
        }
        if (nachgetragen > 0) {
            LOG.info("Suchform für {} ältere Fälle nachgetragen", nachgetragen);
        }
        return nachgetragen;
    }
}

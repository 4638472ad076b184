package de.fallbuch.app.infrastruktur;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start, loudly, when the service's own database user could rewrite the ledger: when it is
 * a superuser, owns tables (and so could disable the append-only triggers) or may change events.
 * That is the case with an external database configured with one user for everything (no
 * {@code spring.flyway.user}); README "Datenbankrollen" says how to separate the two.
 */
@Component
@DependsOn("schemaMigration")
class Rechtepruefung implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(Rechtepruefung.class);

    private final JdbcClient jdbc;

    Rechtepruefung(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterPropertiesSet() {
        try {
            List<String> maengel = maengel();
            if (!maengel.isEmpty()) {
                LOG.warn("Der Datenbankbenutzer des Dienstes hat mehr Rechte als nötig: {}. Er könnte Ereignisse und das "
                        + "Zugriffsprotokoll verändern. Migrationen als Eigentümer (spring.flyway.user), den Dienst als Rolle "
                        + "fallbuch_dienst betreiben: README, Abschnitt \"Datenbankrollen\".", String.join("; ", maengel));
            }
        } catch (RuntimeException e) {
            LOG.warn("Die Rechte des Datenbankbenutzers konnten nicht geprüft werden", e);
        }
    }

    /** What the runtime role may do that it should not (empty: least privilege). */
    List<String> maengel() {
        return jdbc.sql("""
                        SELECT unnest(ARRAY[
                            CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN 'ist Superuser' END,
                            CASE WHEN EXISTS (SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                              WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE'))
                                 THEN 'besitzt Tabellen' END,
                            CASE WHEN has_table_privilege('public.domain_event_entry', 'UPDATE')
                                   OR has_table_privilege('public.domain_event_entry', 'DELETE')
                                 THEN 'darf Ereignisse ändern oder löschen' END])
                        """)
                .query(String.class).list().stream().filter(m -> m != null).toList();
    }
}

package de.fallbuch.app.infrastruktur;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema before anything uses it. Each part that owns tables has its own Flyway
 * history, so each can evolve (and be deployed alone, see the {@code command} and {@code query}
 * profiles) without its migration numbers interleaving with the others':
 * the event store (Axon's tables), the write model's own tables and the read model.
 *
 * <p>The migrations run as the owner of the tables, the service itself as a runtime role that owns
 * nothing (issue 13): on the embedded database the roles it sets up itself; on an external one
 * {@code spring.flyway.user}/{@code spring.flyway.password} (and {@code spring.flyway.url}, by
 * default the service's URL). Without {@code spring.flyway.user} the service's own user migrates,
 * as before; {@link Rechtepruefung} then warns that it runs with the owner's powers.
 */
@Component("schemaMigration")
class SchemaMigration implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource quelle;
    private final Environment umgebung;

    SchemaMigration(ObjectProvider<Migrationszugang> eingebettet, DataSource dataSource, Environment umgebung) {
        this.umgebung = umgebung;
        Migrationszugang zugang = eingebettet.getIfAvailable();
        if (zugang != null) {
            this.quelle = zugang.quelle();
        } else if (hatText(umgebung.getProperty("spring.flyway.user"))) {
            String url = umgebung.getProperty("spring.flyway.url", umgebung.getProperty("spring.datasource.url"));
            this.quelle = new DriverManagerDataSource(url, umgebung.getProperty("spring.flyway.user"),
                    umgebung.getProperty("spring.flyway.password", ""));
            LOG.info("Schema-Migration als Eigentümer {}", umgebung.getProperty("spring.flyway.user"));
        } else {
            this.quelle = dataSource;
        }
    }

    @Override
    public void afterPropertiesSet() {
        migrieren("eventstore");
        if (umgebung.acceptsProfiles(Profiles.of("!query"))) {
            migrieren("command");
        }
        if (umgebung.acceptsProfiles(Profiles.of("!command"))) {
            migrieren("query");
        }
    }

    private void migrieren(String teil) {
        Flyway.configure()
                .dataSource(quelle)
                .locations("classpath:db/" + teil)
                .table("flyway_historie_" + teil)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static boolean hatText(String wert) {
        return wert != null && !wert.isBlank();
    }
}

package de.fallbuch.app.infrastruktur;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema before anything uses it. Each part that owns tables has its own Flyway
 * history, so each can evolve (and be deployed alone, see the {@code command} and {@code query}
 * profiles) without its migration numbers interleaving with the others':
 * the event store (Axon's tables), the write model's own tables and the read model.
 */
@Component("schemaMigration")
class SchemaMigration implements InitializingBean {

    private final DataSource dataSource;
    private final Environment umgebung;

    SchemaMigration(DataSource dataSource, Environment umgebung) {
        this.dataSource = dataSource;
        this.umgebung = umgebung;
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
                .dataSource(dataSource)
                .locations("classpath:db/" + teil)
                .table("flyway_historie_" + teil)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}

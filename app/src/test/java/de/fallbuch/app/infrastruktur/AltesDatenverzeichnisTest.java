package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data directory written by an earlier Fallbuch (zonky's defaults: {@code trust} for everyone,
 * everything owned by the superuser, the service connected as that superuser) is upgraded at the
 * first start: passwords, the two roles, the owner owns everything, and the data are still there.
 */
class AltesDatenverzeichnisTest {

    private final Path daten = Path.of("target", "test-daten", "alt-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void einAltesDatenverzeichnisMitTrustUndSuperuserWirdBeimStartUmgestellt() throws Exception {
        Path postgres = daten.resolve("postgres");
        UUID alterFall = UUID.randomUUID();
        // The old way: initdb -A trust, migrations (as they were before V40) run as the superuser.
        try (EmbeddedPostgres alt = EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false).start()) {
            for (String teil : List.of("eventstore", "command", "query")) {
                Flyway.configure().dataSource(alt.getPostgresDatabase()).locations("filesystem:" + alteMigrationen(teil))
                        .table("flyway_historie_" + teil).baselineOnMigrate(true).baselineVersion("0").load().migrate();
            }
            JdbcClient.create(alt.getPostgresDatabase())
                    .sql("INSERT INTO akteneinsicht (benutzer, rolle, fall_id, was, gewaehrt) VALUES ('fm.alt', 'FALLMANAGER', :f, 'FALL', true)")
                    .param("f", alterFall).update();
        }
        assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).contains("trust");

        try (ConfigurableApplicationContext dienst = new SpringApplicationBuilder(FallbuchApplication.class).run(
                "--server.port=0", "--fallbuch.data-dir=" + daten, "--fallbuch.embedded-postgres-pruefintervall=PT0S")) {
            int port = ((WebServerApplicationContext) dienst).getWebServer().getPort();
            Api mueller = TestApi.als(port, "fm.mueller");
            String fallId = fallEroeffnen(mueller, "Umgestellt", "Innenstadt");
            mueller.warteAuf("/api/faelle/" + fallId, a -> a.status() == 200);

            List<String> regeln = Files.readAllLines(postgres.resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                    .map(zeile -> zeile.replaceFirst("#.*", "").trim()).filter(zeile -> !zeile.isEmpty()).toList();
            assertThat(regeln).isNotEmpty().noneMatch(zeile -> zeile.contains("trust"));

            JdbcClient superuser = TestDatenbank.alsSuperuser(dienst);
            assertThat(superuser.sql("""
                            SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname IN ('public', 'reporting') AND c.relkind IN ('r', 'v', 'S')""")
                    .query(String.class).list()).containsExactly("fallbuch_eigentuemer");
            assertThat(superuser.sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'").query(Long.class).single())
                    .isZero();
            assertThat(superuser.sql("SELECT count(*) FROM akteneinsicht WHERE fall_id = :f").param("f", alterFall)
                    .query(Long.class).single()).as("die alten Daten").isEqualTo(1L);
            assertThat(superuser.sql("SELECT count(*) FROM flyway_historie_eventstore WHERE version = '40' AND success")
                    .query(Long.class).single()).isEqualTo(1L);

            JdbcClient dienstrolle = JdbcClient.create(dienst.getBean(javax.sql.DataSource.class));
            assertThat(dienstrolle.sql("SELECT current_user").query(String.class).single()).isEqualTo("fallbuch_dienst");
            assertThatThrownBy(() -> dienstrolle.sql("DELETE FROM akteneinsicht").update())
                    .rootCause().isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThat(dienst.getBean(Rechtepruefung.class).maengel()).isEmpty();

            PGSimpleDataSource ohnePasswort = new PGSimpleDataSource();
            ohnePasswort.setURL(dienst.getBean(EingebettetesPostgres.class).jdbcUrl());
            ohnePasswort.setUser("postgres");
            assertThatThrownBy(ohnePasswort::getConnection).isInstanceOf(SQLException.class);
        }
    }

    /**
     * The versioned migrations of one history as they were before least privilege (without the R__ scripts; of the
     * event store's only those before V40: a later one, such as V65, came after it and would make V40 out of order).
     */
    private Path alteMigrationen(String teil) throws Exception {
        Path ziel = Files.createDirectories(daten.resolve("alte-migrationen").resolve(teil));
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/" + teil + "/V*.sql")) {
            String name = migration.getFilename();
            // an old data directory predates V40 of the event store, and so every later one of that history
            if (name == null || (teil.equals("eventstore") && Integer.parseInt(name.substring(1, name.indexOf("__"))) >= 40)) {
                continue;
            }
            try (InputStream inhalt = migration.getInputStream()) {
                Files.copy(inhalt, ziel.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return ziel;
    }
}

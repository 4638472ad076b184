package de.fallbuch.app.infrastruktur;

import static de.fallbuch.app.Testdaten.fallEroeffnen;
import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.app.Api;
import de.fallbuch.app.FallbuchApplication;
import de.fallbuch.app.TestApi;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@code fsync=on} costs on the embedded default (issue 13 asks for the figure): two services
 * side by side on the same disk, one as shipped, one with {@code fallbuch.embedded-postgres-fsync=false};
 * Fälle opened through the REST API in alternating rounds (so that the machine's load hits both
 * alike). Prints the figures; the README quotes them.
 */
class FsyncKostenTest {

    private static final int RUNDEN = 4;
    private static final int FAELLE = 25;
    private static final int COMMITS = 500;

    @Test
    void faelleEroeffnenMitUndOhneFsync() {
        Path basis = Path.of("target", "test-daten", "fsync-" + UUID.randomUUID()).toAbsolutePath();
        try (ConfigurableApplicationContext mit = starten(basis.resolve("mit"), true);
             ConfigurableApplicationContext ohne = starten(basis.resolve("ohne"), false)) {
            assertThat(fsync(mit)).isEqualTo("on");
            assertThat(fsync(ohne)).isEqualTo("off");
            Api apiMit = TestApi.als(port(mit), "fm.mueller");
            Api apiOhne = TestApi.als(port(ohne), "fm.mueller");
            eroeffnen(apiMit, 20);
            eroeffnen(apiOhne, 20);
            long nanosMit = 0;
            long nanosOhne = 0;
            for (int runde = 0; runde < RUNDEN; runde++) {
                nanosOhne += eroeffnen(apiOhne, FAELLE);
                nanosMit += eroeffnen(apiMit, FAELLE);
            }
            int anzahl = RUNDEN * FAELLE;
            double msMit = nanosMit / 1e6 / anzahl;
            double msOhne = nanosOhne / 1e6 / anzahl;
            System.out.printf("FSYNC-KOSTEN: %d Fall-Eröffnungen je Variante über REST: fsync=on %.1f ms/Fall (%.1f/s), "
                            + "fsync=off %.1f ms/Fall (%.1f/s), Kosten %.1f %%%n",
                    anzahl, msMit, 1000 / msMit, msOhne, 1000 / msOhne, 100 * (msMit - msOhne) / msOhne);
            // The bare cost of a durable commit, without the service's CPU work around it.
            double commitMit = commitDauer(mit, basis.resolve("mit"));
            double commitOhne = commitDauer(ohne, basis.resolve("ohne"));
            System.out.printf("FSYNC-KOSTEN: einzeilige Commits (JDBC, %d je Variante): fsync=on %.2f ms/Commit, fsync=off %.2f ms/Commit%n",
                    COMMITS, commitMit, commitOhne);
            assertThat(msMit).isPositive();
        }
    }

    /** Milliseconds per autocommitted one-row insert into a logged table, as the superuser (test only). */
    private static double commitDauer(ConfigurableApplicationContext dienst, Path daten) {
        DataSource quelle = TestDatenbank.superuser(daten, dienst.getBean(EingebettetesPostgres.class).port());
        try (Connection verbindung = quelle.getConnection(); Statement befehl = verbindung.createStatement()) {
            befehl.execute("CREATE TABLE fsync_probe (nummer int)");
            long start = System.nanoTime();
            for (int i = 0; i < COMMITS; i++) {
                befehl.execute("INSERT INTO fsync_probe VALUES (" + i + ")");
            }
            return (System.nanoTime() - start) / 1e6 / COMMITS;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long eroeffnen(Api api, int anzahl) {
        long start = System.nanoTime();
        for (int i = 0; i < anzahl; i++) {
            fallEroeffnen(api, "Fsync", "Innenstadt");
        }
        return System.nanoTime() - start;
    }

    private static ConfigurableApplicationContext starten(Path daten, boolean fsync) {
        return new SpringApplicationBuilder(FallbuchApplication.class).run(
                "--server.port=0", "--fallbuch.data-dir=" + daten, "--fallbuch.embedded-postgres-pruefintervall=PT0S",
                "--fallbuch.embedded-postgres-fsync=" + fsync);
    }

    private static String fsync(ConfigurableApplicationContext dienst) {
        return JdbcClient.create(dienst.getBean(DataSource.class)).sql("SHOW fsync").query(String.class).single();
    }

    private static int port(ConfigurableApplicationContext dienst) {
        return ((WebServerApplicationContext) dienst).getWebServer().getPort();
    }
}

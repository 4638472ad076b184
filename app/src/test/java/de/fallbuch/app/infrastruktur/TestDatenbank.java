package de.fallbuch.app.infrastruktur;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Test only: connections to the embedded database with more power than the service has. The
 * service's own DataSource is the runtime role, which can neither alter a table nor change an
 * event; a test that has to break something on purpose (a constraint that makes a view fail, a
 * forged event) does it as the owner or the superuser, as an attacker with those passwords would.
 */
public final class TestDatenbank {

    private TestDatenbank() {
    }

    /** The superuser {@code postgres}: everything, including {@code SET ROLE} and {@code DISABLE TRIGGER}. */
    public static JdbcClient alsSuperuser(ApplicationContext dienst) {
        return JdbcClient.create(superuser(dienst));
    }

    /**
     * Many statements as the superuser on one connection (each connection costs a SCRAM login, which
     * is slow on purpose); the connection is closed afterwards.
     */
    public static <T> T alsSuperuser(ApplicationContext dienst, Function<JdbcClient, T> arbeit) {
        try (Connection verbindung = superuser(dienst).getConnection()) {
            return arbeit.apply(JdbcClient.create(new SingleConnectionDataSource(verbindung, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DataSource superuser(ApplicationContext dienst) {
        EingebettetesPostgres postgres = dienst.getBean(EingebettetesPostgres.class);
        return postgres.datenquelle(EingebettetesPostgresZugang.SUPERUSER, postgres.zugang().superuser());
    }

    /** The owner of the tables, as the migrations run. */
    public static JdbcClient alsEigentuemer(ApplicationContext dienst) {
        EingebettetesPostgres postgres = dienst.getBean(EingebettetesPostgres.class);
        return JdbcClient.create(postgres.datenquelle(EingebettetesPostgresZugang.EIGENTUEMER, postgres.zugang().eigentuemer()));
    }

    /** Many statements as the owner on one connection (session settings such as {@code SET} hold for all of them). */
    public static <T> T alsEigentuemer(ApplicationContext dienst, Function<JdbcClient, T> arbeit) {
        EingebettetesPostgres postgres = dienst.getBean(EingebettetesPostgres.class);
        try (Connection verbindung = postgres.datenquelle(EingebettetesPostgresZugang.EIGENTUEMER, postgres.zugang().eigentuemer())
                .getConnection()) {
            return arbeit.apply(JdbcClient.create(new SingleConnectionDataSource(verbindung, true)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code arbeit} as {@code rolle} (e.g. {@code fallbuch_reporting}) in a transaction that is
     * rolled back: the superuser switches to the role with {@code SET LOCAL ROLE}.
     */
    public static void alsRolle(ApplicationContext dienst, String rolle, Consumer<JdbcClient> arbeit) {
        try (Connection verbindung = superuser(dienst).getConnection()) {
            verbindung.setAutoCommit(false);
            try {
                try (Statement befehl = verbindung.createStatement()) {
                    befehl.execute("SET LOCAL ROLE " + rolle);
                }
                arbeit.accept(JdbcClient.create(new SingleConnectionDataSource(verbindung, true)));
            } finally {
                verbindung.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The superuser of the embedded database of a service started with this data directory and port. */
    public static DataSource superuser(Path datenVerzeichnis, int port) {
        org.postgresql.ds.PGSimpleDataSource quelle = new org.postgresql.ds.PGSimpleDataSource();
        quelle.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
        quelle.setUser(EingebettetesPostgresZugang.SUPERUSER);
        quelle.setPassword(EingebettetesPostgresZugang.laden(datenVerzeichnis).superuser());
        return quelle;
    }
}

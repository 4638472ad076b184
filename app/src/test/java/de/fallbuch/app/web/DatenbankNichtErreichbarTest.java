package de.fallbuch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.fallbuch.kernel.common.Fehlerdetails;
import de.fallbuch.kernel.common.NichtGefunden;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The wrappings in which an unreachable database reached the web layer in the outage test, and what is not one. */
class DatenbankNichtErreichbarTest {

    private static final SQLTransientConnectionException POOL_LEER = new SQLTransientConnectionException(
            "fallbuch - Connection is not available, request timed out after 2000ms", "08001",
            new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException()));

    @Test
    void erkenntDieVerpackungenEinesDatenbankausfalls() {
        assertThat(DatenbankNichtErreichbar.betrifft(
                new CommandExecutionException("x", new CannotCreateTransactionException("Could not open JDBC Connection", POOL_LEER))))
                .as("a command whose transaction could not begin").isTrue();
        assertThat(DatenbankNichtErreichbar.betrifft(new CompletionException(new CannotGetJdbcConnectionException("x", POOL_LEER))))
                .as("a query through the QueryGateway").isTrue();
        assertThat(DatenbankNichtErreichbar.betrifft(new EventStoreException("append failed",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
                .as("the event store losing its connection mid-write").isTrue();
        TransactionSystemException rollbackGescheitert = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003"));
        assertThat(DatenbankNichtErreichbar.betrifft(rollbackGescheitert)).as("a rollback on the dead connection").isTrue();
        assertThat(DatenbankNichtErreichbar.betrifft(new SQLException("terminating connection due to administrator command",
                "57P01"))).as("PostgreSQL shutting down (57P01)").isTrue();
    }

    @Test
    void erkenntHikarisGeschlosseneVerbindung() {
        SQLException geschlossen = new SQLException("Connection is closed");
        geschlossen.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0", "ProxyConnection.java", 562)});
        assertThat(DatenbankNichtErreichbar.betrifft(new UncategorizedSQLException("PreparedStatementCallback", "SELECT 1", geschlossen)))
                .as("the next statement after the pool evicted the connection").isTrue();
        assertThat(DatenbankNichtErreichbar.betrifft(new UncategorizedSQLException("x", "SELECT 1", new SQLException("Connection is closed"))))
                .as("the same words from elsewhere").isFalse();
    }

    @Test
    void andereFehlerBleibenWasSieSind() {
        assertThat(DatenbankNichtErreichbar.betrifft(new NichtGefunden("FALL_UNBEKANNT", "unbekannt"))).isFalse();
        assertThat(DatenbankNichtErreichbar.betrifft(new DataIntegrityViolationException("value too long",
                new PSQLException("value too long for type character varying(200)", PSQLState.STRING_DATA_RIGHT_TRUNCATION))))
                .isFalse();
        assertThat(DatenbankNichtErreichbar.betrifft(new CommandExecutionException("Regel", null,
                new Fehlerdetails(Fehlerdetails.Art.REGEL, "ERSTBERATUNG_FEHLT", null, "…")))).isFalse();
        assertThat(DatenbankNichtErreichbar.betrifft(new IllegalStateException("bug"))).isFalse();
    }
}

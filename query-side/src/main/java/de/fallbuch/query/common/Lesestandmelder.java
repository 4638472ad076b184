package de.fallbuch.query.common;

import com.zaxxer.hikari.HikariDataSource;
import de.fallbuch.kernel.common.Ansicht;
import de.fallbuch.kernel.common.LesestandAbfragen;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Bridges the views' versions from PostgreSQL to the subscription queries of this instance. The
 * projector that wrote may run on any instance sharing the database; its transaction sends
 * {@code NOTIFY fallbuch_lesestand} (db/query V80, delivered on commit only), and every instance
 * listens here on one connection of its own, in one thread, and emits each version to the
 * {@link LesestandAbfragen} waiting for that record. A lost connection is opened again; what was
 * notified meanwhile is not lost for a waiting page, whose subscription starts with the version the
 * view shows (initial result) and which is bounded in time anyway.
 */
@Component
public class Lesestandmelder implements SmartLifecycle {

    /** The channel the trigger of db/query V80 notifies on. */
    public static final String KANAL = "fallbuch_lesestand";

    private static final Logger LOG = LoggerFactory.getLogger(Lesestandmelder.class);
    /** How long one wait for notifications blocks, so that stopping and a dead connection are noticed. */
    private static final Duration WARTEN = Duration.ofMillis(500);
    private static final Duration NEUER_VERSUCH = Duration.ofSeconds(1);

    private final DataSource quelle;
    private final QueryUpdateEmitter melder;
    private volatile boolean laeuft;
    private volatile Thread faden;
    private volatile CountDownLatch horcht = new CountDownLatch(1);

    Lesestandmelder(DataSource quelle, QueryUpdateEmitter melder) {
        this.quelle = quelle;
        this.melder = melder;
    }

    @Override
    public void start() {
        laeuft = true;
        faden = new Thread(this::horchen, "lesestand-listen");
        faden.setDaemon(true);
        faden.start();
    }

    @Override
    public void stop() {
        laeuft = false;
        Thread t = faden;
        if (t != null) {
            t.interrupt();
            try {
                t.join(WARTEN.toMillis() * 4);
            } catch (InterruptedException unterbrochen) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return laeuft;
    }

    /** Whether LISTEN is in place on a live connection within the time given (for tests and health). */
    public boolean horchtBinnen(Duration hoechstens) throws InterruptedException {
        return horcht.await(hoechstens.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void horchen() {
        while (laeuft) {
            try (Connection verbindung = oeffnen()) {
                try (Statement anweisung = verbindung.createStatement()) {
                    anweisung.execute("LISTEN " + KANAL);
                }
                PGConnection pg = verbindung.unwrap(PGConnection.class);
                horcht.countDown();
                LOG.debug("Lesestand: LISTEN {}", KANAL);
                while (laeuft) {
                    PGNotification[] meldungen = pg.getNotifications((int) WARTEN.toMillis());
                    if (meldungen != null) {
                        for (PGNotification meldung : meldungen) {
                            weitergeben(meldung.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException fehler) {
                if (!laeuft) {
                    return;
                }
                horcht = new CountDownLatch(1);
                LOG.warn("Lesestand: Verbindung für LISTEN verloren ({}), neuer Versuch in {} s", fehler.getMessage(),
                        NEUER_VERSUCH.toSeconds());
                try {
                    Thread.sleep(NEUER_VERSUCH.toMillis());
                } catch (InterruptedException unterbrochen) {
                    return;
                }
            }
        }
    }

    /** "FALL <uuid> <version>" → the waiting subscriptions of that record. */
    void weitergeben(String nachricht) {
        String[] teile = nachricht.split(" ");
        try {
            Ansicht ansicht = Ansicht.valueOf(teile[0]);
            UUID id = UUID.fromString(teile[1]);
            long version = Long.parseLong(teile[2]);
            melder.emit(LesestandAbfragen.class, abfrage -> abfrage.ansicht() == ansicht && abfrage.id().equals(id), version);
        } catch (RuntimeException unlesbar) {
            LOG.warn("Lesestand: unlesbare Meldung ignoriert: {}", nachricht);
        }
    }

    /**
     * A connection of its own, outside the pool: it stays open as long as the service runs and must
     * neither hold a pooled connection nor be cut off by the pool's lifetime limits.
     */
    private Connection oeffnen() throws SQLException {
        if (quelle instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            Properties eigenschaften = new Properties();
            eigenschaften.putAll(pool.getDataSourceProperties());
            // No read timeout: this connection is meant to wait; getNotifications bounds each wait itself.
            eigenschaften.remove("socketTimeout");
            if (pool.getUsername() != null) {
                eigenschaften.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                eigenschaften.setProperty("password", pool.getPassword());
            }
            eigenschaften.setProperty("ApplicationName", "fallbuch-lesestand");
            return DriverManager.getConnection(pool.getJdbcUrl(), eigenschaften);
        }
        return quelle.getConnection();
    }
}

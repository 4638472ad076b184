package de.fallbuch.app.infrastruktur;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as the service runs it, on top of zonky's {@link EmbeddedPostgres}:
 *
 * <ul>
 * <li>Before it starts, a postmaster left behind by a predecessor that was killed ({@code kill -9}
 * gives the JVM no chance to stop it) is stopped, so that the first restart works. It is
 * recognised by the {@code postmaster.pid} in the data directory naming a live {@code postgres}
 * process for this directory, while no live service holds the directory's lock.</li>
 * <li>While the service runs, a watcher checks every {@code pruefintervall} that the postmaster is
 * still alive and starts it again on the same port and data directory if not. Until it is back,
 * requests are answered with 503 and health is DOWN (bounded connection timeout).</li>
 * <li>Least privilege (issue 13): password authentication (SCRAM) only, never {@code trust}; the
 * roles of {@link Rolleneinrichtung} with the passwords of {@link EingebettetesPostgresZugang};
 * the data directory readable by the service's OS user only; {@code fsync=on} (zonky starts
 * PostgreSQL with {@code -F}, fsync off, which a later {@code -c fsync=on} overrides).</li>
 * </ul>
 */
final class EingebettetesPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EingebettetesPostgres.class);
    /** zonky locks this file in the data directory while its postmaster runs; the OS frees it when the JVM dies. */
    private static final String SPERRDATEI = "epg-lock";
    private static final Duration HOECHSTENS_WARTEN_AUF_STOPP = Duration.ofSeconds(30);

    private final Path verzeichnis;
    private final EingebettetesPostgresZugang zugang;
    private final Path zugangsVerzeichnis;
    private final boolean fsync;
    private final int port;
    private final ScheduledExecutorService waechter;
    private EmbeddedPostgres postgres;
    private long postmaster;
    private boolean geschlossen;

    private EingebettetesPostgres(Path verzeichnis, int port, Duration pruefintervall, Path datenVerzeichnis, boolean fsync)
            throws IOException {
        this.verzeichnis = verzeichnis;
        this.zugangsVerzeichnis = datenVerzeichnis;
        this.zugang = EingebettetesPostgresZugang.laden(datenVerzeichnis);
        this.fsync = fsync;
        verwaistenPostmasterBeenden(verzeichnis);
        this.postgres = starten(port);
        this.port = postgres.getPort();
        try {
            this.postmaster = postmasterPid(verzeichnis).orElse(-1L);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        if (pruefintervall.isZero() || pruefintervall.isNegative()) {
            this.waechter = null;
        } else {
            this.waechter = Executors.newSingleThreadScheduledExecutor(aufgabe -> {
                Thread faden = new Thread(aufgabe, "postgres-waechter");
                faden.setDaemon(true);
                return faden;
            });
            waechter.scheduleWithFixedDelay(this::pruefen, pruefintervall.toMillis(), pruefintervall.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * @param verzeichnis PostgreSQL's data directory
     * @param datenVerzeichnis the service's data directory, where the passwords are kept
     * @param fsync off only for throwaway data (a crash of the machine can then corrupt the database)
     */
    static EingebettetesPostgres starten(Path verzeichnis, int port, Duration pruefintervall, Path datenVerzeichnis,
            boolean fsync) throws IOException {
        return new EingebettetesPostgres(verzeichnis, port, pruefintervall, datenVerzeichnis, fsync);
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    EingebettetesPostgresZugang zugang() {
        return zugang;
    }

    /** Unpooled connections as one of the roles (migrations as the owner; set-up as the superuser). */
    DataSource datenquelle(String rolle, String passwort) {
        return datenquelle(port, rolle, passwort);
    }

    private static DataSource datenquelle(int port, String rolle, String passwort) {
        PGSimpleDataSource quelle = new PGSimpleDataSource();
        quelle.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
        quelle.setUser(rolle);
        quelle.setPassword(passwort);
        return quelle;
    }

    /** Whether the postmaster this service started (or last restarted) is alive. */
    synchronized boolean laeuft() {
        return !geschlossen && ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The watcher's check: a postmaster that has died is started again. Never throws (it would end the watcher). */
    void pruefen() {
        try {
            synchronized (this) {
                if (geschlossen || laeuft()) {
                    return;
                }
                LOG.warn("Das eingebettete PostgreSQL (PID {}, Port {}) läuft nicht mehr; es wird neu gestartet. "
                        + "Bis dahin beantwortet der Dienst Anfragen mit 503. (Die folgende Meldung der Bibliothek "
                        + "\"Could not stop postmaster\" gehört dazu.)", postmaster, port);
                neuStarten();
            }
        } catch (RuntimeException | IOException e) {
            LOG.error("Das eingebettete PostgreSQL (Port {}, Daten in {}) konnte nicht neu gestartet werden; der Dienst "
                    + "meldet DOWN und versucht es bei der nächsten Prüfung erneut.", port, verzeichnis, e);
        }
    }

    /**
     * Starts the database again on the same port and data directory; the connection pool finds
     * it there by itself. PostgreSQL recovers from its write-ahead log, so every committed
     * transaction is still there.
     */
    synchronized void neuStarten() throws IOException {
        if (geschlossen) {
            return;
        }
        // zonky's instance cannot start twice and holds the directory's lock: close it first (its
        // attempt to stop the dead postmaster fails and is logged by the library).
        postgres.close();
        postgres = starten(port);
        postmaster = postmasterPid(verzeichnis).orElse(-1L);
        LOG.info("Eingebettetes PostgreSQL wieder gestartet (PID {}, Port {}).", postmaster, port);
    }

    @Override
    public synchronized void close() throws IOException {
        if (geschlossen) {
            return;
        }
        geschlossen = true;
        if (waechter != null) {
            waechter.shutdownNow();
        }
        postgres.close();
    }

    private EmbeddedPostgres starten(int port) throws IOException {
        boolean neu = !Files.exists(verzeichnis.resolve("postgresql.conf"));
        AtomicBoolean vertrauenEntfernen = new AtomicBoolean();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(verzeichnis)
                .setCleanDataDirectory(false)
                // Stopped by close() (the Spring context's shutdown) and only there: zonky's own JVM
                // shutdown hook would run concurrently with the watcher, which would then see a
                // dead postmaster and start a new one that nobody stops.
                .setRegisterShutdownHook(false)
                // After a crash PostgreSQL first replays its write-ahead log; give it time.
                .setPGStartupWait(Duration.ofSeconds(60))
                // The embedded library turns durability off for tests; a case ledger keeps it on.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("timezone", "UTC")
                // zonky checks the start by logging in as the superuser
                .setConnectConfig("password", zugang.superuser())
                // after initdb, before every start
                .setDataDirectoryCustomizer(datenverzeichnis -> vertrauenEntfernen.set(Zugangsregeln.vorbereiten(datenverzeichnis.toPath())));
        Path passwortdatei = null;
        if (neu) {
            // zonky runs initdb with "-A trust"; a later option wins: SCRAM from the first start on,
            // with the superuser's password from a file (deleted right after the start).
            passwortdatei = zugang.passwortdateiFuerInitdb(zugangsVerzeichnis);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwortdatei.toString());
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres gestartet;
        try {
            gestartet = builder.start();
        } finally {
            if (passwortdatei != null) {
                Files.deleteIfExists(passwortdatei);
            }
        }
        try {
            DataSource superuser = datenquelle(gestartet.getPort(), EingebettetesPostgresZugang.SUPERUSER, zugang.superuser());
            Rolleneinrichtung.einrichten(superuser, zugang);
            if (vertrauenEntfernen.get()) {
                Zugangsregeln.nurPasswoerter(verzeichnis, superuser);
            }
        } catch (RuntimeException | IOException e) {
            gestartet.close();
            throw e;
        }
        return gestartet;
    }

    /**
     * Stops a postmaster that a killed predecessor left running on this data directory. A
     * {@code postmaster.pid} naming a dead process is left to PostgreSQL, which recognises it as
     * stale itself; one naming a live process that is not a postgres for this directory (its PID
     * was reused, e.g. in a restarted container) is removed, which PostgreSQL would not do.
     */
    static void verwaistenPostmasterBeenden(Path verzeichnis) throws IOException {
        Optional<Long> pid = postmasterPid(verzeichnis);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> prozess = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (prozess.isEmpty()) {
            LOG.info("postmaster.pid in {} nennt den beendeten Prozess {}; PostgreSQL übernimmt das Verzeichnis selbst.",
                    verzeichnis, pid.get());
            return;
        }
        Path sperrdatei = verzeichnis.resolve(SPERRDATEI);
        try (FileChannel kanal = FileChannel.open(sperrdatei, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock sperre = kanal.tryLock()) {
            if (sperre == null) {
                throw new IllegalStateException("Das Datenverzeichnis " + verzeichnis
                        + " wird von einem anderen laufenden Fallbuch benutzt (PostgreSQL-PID " + pid.get() + ").");
            }
            if (!istPostmasterFuer(prozess.get(), verzeichnis)) {
                LOG.warn("postmaster.pid in {} nennt den Prozess {}, der kein PostgreSQL dieses Verzeichnisses ist; "
                        + "die veraltete Datei wird entfernt.", verzeichnis, pid.get());
                Files.deleteIfExists(verzeichnis.resolve("postmaster.pid"));
                return;
            }
            LOG.warn("Ein verwaistes PostgreSQL (PID {}) eines beendeten Vorgängers läuft noch auf {}; es wird beendet.",
                    pid.get(), verzeichnis);
            // SIGTERM: PostgreSQL's "smart" shutdown. The killed predecessor's connections died with it,
            // so there is nobody to wait for; the shutdown writes a checkpoint and removes postmaster.pid.
            prozess.get().destroy();
            warteAufStopp(prozess.get(), verzeichnis);
            LOG.info("Verwaistes PostgreSQL (PID {}) beendet.", pid.get());
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("Das Datenverzeichnis " + verzeichnis + " wird in diesem Prozess schon benutzt.", e);
        }
    }

    private static void warteAufStopp(ProcessHandle prozess, Path verzeichnis) {
        try {
            prozess.onExit().get(HOECHSTENS_WARTEN_AUF_STOPP.toMillis(), TimeUnit.MILLISECONDS);
            long bis = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (Files.exists(verzeichnis.resolve("postmaster.pid")) && System.nanoTime() < bis) {
                Thread.sleep(50);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Das verwaiste PostgreSQL (PID " + prozess.pid() + ") auf " + verzeichnis
                    + " hat sich nicht binnen " + HOECHSTENS_WARTEN_AUF_STOPP.toSeconds() + " s beendet.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Unterbrochen beim Warten auf das Ende des verwaisten PostgreSQL.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The process is PostgreSQL's server, and (where the OS lets us see its arguments) for this directory. */
    private static boolean istPostmasterFuer(ProcessHandle prozess, Path verzeichnis) {
        ProcessHandle.Info info = prozess.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(false);
        if (!postgres) {
            return false;
        }
        return info.arguments().map(argumente -> {
            List<String> liste = List.of(argumente);
            int d = liste.indexOf("-D");
            return d < 0 || d + 1 >= liste.size() || gleichesVerzeichnis(Path.of(liste.get(d + 1)), verzeichnis);
        }).orElse(true);
    }

    private static boolean gleichesVerzeichnis(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The first line of {@code postmaster.pid}: the postmaster's PID. */
    static Optional<Long> postmasterPid(Path verzeichnis) {
        Path datei = verzeichnis.resolve("postmaster.pid");
        try {
            if (!Files.exists(datei)) {
                return Optional.empty();
            }
            List<String> zeilen = Files.readAllLines(datei);
            return zeilen.isEmpty() || zeilen.get(0).isBlank() ? Optional.empty() : Optional.of(Long.parseLong(zeilen.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

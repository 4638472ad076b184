package de.fallbuch.app.infrastruktur;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated once into
 * {@code <data-dir>/datenbank/zugang.properties} (directory 0700, file 0600, like the master key):
 * the superuser {@code postgres} (only used at start to set up the roles), the owner
 * {@code fallbuch_eigentuemer} (runs the migrations) and the runtime role {@code fallbuch_dienst}
 * (the service's connection pool). Losing the file locks the service out of its own database:
 * it belongs in the same backup as the data directory.
 */
record EingebettetesPostgresZugang(String superuser, String eigentuemer, String dienst) {

    static final String SUPERUSER = "postgres";
    static final String EIGENTUEMER = "fallbuch_eigentuemer";
    static final String DIENST = "fallbuch_dienst";

    private static final Logger LOG = LoggerFactory.getLogger(EingebettetesPostgresZugang.class);
    private static final SecureRandom ZUFALL = new SecureRandom();

    @Override
    public String toString() {
        return "EingebettetesPostgresZugang[Passwörter verborgen]";
    }

    static Path datei(Path datenVerzeichnis) {
        return datenVerzeichnis.resolve("datenbank").resolve("zugang.properties");
    }

    /** Reads the passwords, or generates and stores them if the data directory has none yet. */
    static EingebettetesPostgresZugang laden(Path datenVerzeichnis) {
        Path datei = datei(datenVerzeichnis);
        try {
            if (!Files.exists(datei)) {
                nurFuerEigentuemer(Files.createDirectories(datei.getParent()), "rwx------");
                EingebettetesPostgresZugang neu = new EingebettetesPostgresZugang(passwort(), passwort(), passwort());
                try {
                    anlegen(datei);
                    try (Writer schreiber = Files.newBufferedWriter(datei, StandardCharsets.US_ASCII,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        neu.alsEigenschaften().store(schreiber,
                                " Fallbuch: Passwoerter des eingebetteten PostgreSQL (nur fuer den Eigentuemer lesbar)");
                    }
                    LOG.info("Passwörter des eingebetteten PostgreSQL erzeugt in {} (nur für den Eigentümer lesbar)",
                            datei.toAbsolutePath());
                    return neu;
                } catch (FileAlreadyExistsException gleichzeitig) {
                    // another instance on the same data directory was faster: use its passwords
                }
            }
            Properties gelesen = new Properties();
            try (Reader leser = Files.newBufferedReader(datei, StandardCharsets.US_ASCII)) {
                gelesen.load(leser);
            }
            return new EingebettetesPostgresZugang(pflicht(gelesen, SUPERUSER, datei), pflicht(gelesen, EIGENTUEMER, datei),
                    pflicht(gelesen, DIENST, datei));
        } catch (IOException e) {
            throw new UncheckedIOException("Zugangsdaten des eingebetteten PostgreSQL in " + datei.toAbsolutePath()
                    + " nicht lesbar oder nicht anlegbar", e);
        }
    }

    /**
     * A file holding only the superuser's password, for {@code initdb --pwfile} (a new data
     * directory gets password authentication from its first start, never {@code trust}). The caller
     * deletes it after the start.
     */
    Path passwortdateiFuerInitdb(Path datenVerzeichnis) throws IOException {
        Path datei = datei(datenVerzeichnis).resolveSibling("initdb-passwort");
        Files.deleteIfExists(datei);
        anlegen(datei);
        Files.writeString(datei, superuser + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return datei;
    }

    private Properties alsEigenschaften() {
        Properties eigenschaften = new Properties();
        eigenschaften.setProperty(SUPERUSER, superuser);
        eigenschaften.setProperty(EIGENTUEMER, eigentuemer);
        eigenschaften.setProperty(DIENST, dienst);
        return eigenschaften;
    }

    /** 32 random bytes, URL-safe base64 (no quote or backslash: safe inside an SQL string literal). */
    private static String passwort() {
        byte[] bytes = new byte[32];
        ZUFALL.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pflicht(Properties eigenschaften, String rolle, Path datei) {
        String wert = eigenschaften.getProperty(rolle);
        if (wert == null || !wert.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalStateException("In " + datei.toAbsolutePath() + " fehlt ein gültiges Passwort für die Rolle " + rolle);
        }
        return wert;
    }

    private static void anlegen(Path datei) throws IOException {
        if (datei.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(datei, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(datei);
        }
    }

    static void nurFuerEigentuemer(Path pfad, String rechte) throws IOException {
        if (pfad.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(pfad, PosixFilePermissions.fromString(rechte));
        }
    }
}

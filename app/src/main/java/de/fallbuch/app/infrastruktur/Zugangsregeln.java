package de.fallbuch.app.infrastruktur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: password authentication (SCRAM) for every role,
 * connections from this machine only. A data directory initialised by an earlier Fallbuch (zonky's
 * {@code initdb -A trust}: every local OS user could log in as superuser without a password) is
 * upgraded at its first start: until the roles have their passwords only the superuser may log in,
 * and only from this machine; then the rules below replace it and are reloaded.
 */
final class Zugangsregeln {

    private static final Logger LOG = LoggerFactory.getLogger(Zugangsregeln.class);

    static final List<String> NUR_PASSWOERTER = List.of(
            "# Fallbuch: password authentication (SCRAM) only, from this machine only. Written by the service at start.",
            "# TYPE  DATABASE     USER  ADDRESS       METHOD",
            "local   all          all                 scram-sha-256",
            "host    all          all   127.0.0.1/32  scram-sha-256",
            "host    all          all   ::1/128       scram-sha-256",
            "local   replication  all                 scram-sha-256",
            "host    replication  all   127.0.0.1/32  scram-sha-256",
            "host    replication  all   ::1/128       scram-sha-256");

    private static final List<String> NUR_SUPERUSER_FUER_DIE_UMSTELLUNG = List.of(
            "# Fallbuch: transitional rules while the roles get their passwords (first start after the upgrade).",
            "host    all          postgres  127.0.0.1/32  trust",
            "host    all          postgres  ::1/128       trust");

    private Zugangsregeln() {
    }

    /**
     * Before every start: the data directory is made readable by its owner only, and rules that let
     * anyone in without a password ({@code trust}) are narrowed to the transitional ones.
     *
     * @return whether the transitional rules are in place (then {@link #nurPasswoerter} must follow)
     */
    static boolean vorbereiten(Path datenverzeichnis) {
        try {
            EingebettetesPostgresZugang.nurFuerEigentuemer(datenverzeichnis, "rwx------");
            Path regeln = datenverzeichnis.resolve("pg_hba.conf");
            boolean vertrauen = Files.readAllLines(regeln, StandardCharsets.UTF_8).stream()
                    .map(zeile -> zeile.replaceFirst("#.*", "").trim())
                    .filter(zeile -> !zeile.isEmpty())
                    .anyMatch(zeile -> List.of(zeile.split("\\s+")).contains("trust"));
            if (vertrauen) {
                LOG.warn("Das eingebettete PostgreSQL in {} ließ Anmeldungen ohne Passwort zu (trust, frühere Version); "
                        + "es wird auf Passwörter (SCRAM) und getrennte Rollen umgestellt.", datenverzeichnis);
                Files.write(regeln, NUR_SUPERUSER_FUER_DIE_UMSTELLUNG, StandardCharsets.UTF_8);
            }
            return vertrauen;
        } catch (IOException e) {
            throw new UncheckedIOException("pg_hba.conf in " + datenverzeichnis + " nicht lesbar oder nicht schreibbar", e);
        }
    }

    /** Writes the password-only rules and has the running server reload them. */
    static void nurPasswoerter(Path datenverzeichnis, DataSource superuser) throws IOException {
        Files.write(datenverzeichnis.resolve("pg_hba.conf"), NUR_PASSWOERTER, StandardCharsets.UTF_8);
        try (Connection verbindung = superuser.getConnection(); Statement befehl = verbindung.createStatement()) {
            befehl.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Die neuen Anmelderegeln des eingebetteten PostgreSQL wurden nicht geladen", e);
        }
        LOG.info("Das eingebettete PostgreSQL nimmt nur noch Anmeldungen mit Passwort an (pg_hba.conf in {}).", datenverzeichnis);
    }
}

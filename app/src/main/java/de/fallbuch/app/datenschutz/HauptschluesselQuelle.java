package de.fallbuch.app.datenschutz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key comes from: {@code fallbuch.datenschutz.hauptschluessel} (environment
 * {@code FALLBUCH_DATENSCHUTZ_HAUPTSCHLUESSEL}), base64 of 32 bytes. On the embedded default without
 * that setting the service generates one once into its data directory (readable by its owner only)
 * and says where; with an external database it refuses to start without one, because a key that
 * lives next to the database on the same disk protects nothing an office would need protecting.
 */
final class HauptschluesselQuelle {

    private static final Logger LOG = LoggerFactory.getLogger(HauptschluesselQuelle.class);
    static final String EINSTELLUNG = "fallbuch.datenschutz.hauptschluessel";

    private HauptschluesselQuelle() {
    }

    static Hauptschluessel laden(String konfiguriert, String vorherige, boolean eingebettet, Path datenVerzeichnis) {
        List<byte[]> alte = new ArrayList<>();
        if (vorherige != null) {
            for (String alt : vorherige.split(",")) {
                if (!alt.isBlank()) {
                    alte.add(Hauptschluessel.dekodieren(alt, "fallbuch.datenschutz.vorherige-hauptschluessel"));
                }
            }
        }
        if (konfiguriert != null && !konfiguriert.isBlank()) {
            return new Hauptschluessel(Hauptschluessel.dekodieren(konfiguriert, EINSTELLUNG), alte);
        }
        if (!eingebettet) {
            throw new IllegalStateException("Kein Hauptschlüssel für den Datenschutz konfiguriert. Mit einer externen Datenbank "
                    + "muss " + EINSTELLUNG + " (Umgebung FALLBUCH_DATENSCHUTZ_HAUPTSCHLUESSEL) gesetzt sein: 32 Bytes, "
                    + "Base64-kodiert, z. B. `openssl rand -base64 32`, aufbewahrt außerhalb der Datenbank und ihrer Sicherungen "
                    + "(siehe docs/datenschutz.md).");
        }
        return new Hauptschluessel(ausDatei(datenVerzeichnis.resolve("datenschutz").resolve("hauptschluessel")), alte);
    }

    private static byte[] ausDatei(Path datei) {
        try {
            if (!Files.exists(datei)) {
                Files.createDirectories(datei.getParent());
                byte[] neu = Aesgcm.neuerSchluessel().getEncoded();
                try {
                    if (datei.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(datei, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(datei);
                    }
                    Files.writeString(datei, Hauptschluessel.base64(neu) + "\n", StandardCharsets.US_ASCII,
                            StandardOpenOption.TRUNCATE_EXISTING);
                    LOG.warn("Neuer Hauptschlüssel für den Datenschutz erzeugt in {} (nur für den Eigentümer lesbar). "
                            + "Ohne ihn sind die personenbezogenen Daten unlesbar: sichern Sie ihn getrennt von der Datenbank.",
                            datei.toAbsolutePath());
                    return neu;
                } catch (FileAlreadyExistsException gleichzeitig) {
                    // another instance on the same data directory was faster: use its key
                }
            }
            LOG.info("Hauptschlüssel für den Datenschutz aus {}", datei.toAbsolutePath());
            return Hauptschluessel.dekodieren(Files.readString(datei, StandardCharsets.US_ASCII), datei.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Hauptschlüssel in " + datei.toAbsolutePath() + " nicht lesbar oder nicht anlegbar", e);
        }
    }
}

package de.fallbuch.app.dokumente;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One version of a template as a document was rendered from it: the template's source, the office's details
 * (serialized, {@link Dokumenteinstellungen.Amt}) and the SHA-256 of the embedded font. Its {@code sha256} covers
 * all three (each length-prefixed), so two versions with the same hash render the same document.
 */
record Vorlagenfassung(String sha256, String vorlage, String quelle, String amt, String schriftSha256) {

    static Vorlagenfassung von(String vorlage, String quelle, String amt, String schriftSha256) {
        return new Vorlagenfassung(sha256(vorlage, quelle, amt, schriftSha256), vorlage, quelle, amt, schriftSha256);
    }

    /** Whether the stored version is still what its hash says (a row changed behind the database's back is not used). */
    boolean unversehrt() {
        return sha256.equals(sha256(vorlage, quelle, amt, schriftSha256));
    }

    private static String sha256(String... teile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("fallbuch-vorlage/1".getBytes(StandardCharsets.UTF_8));
            for (String teil : teile) {
                byte[] bytes = teil.getBytes(StandardCharsets.UTF_8);
                digest.update(HexFormat.of().formatHex(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length}).getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] inhalt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhalt));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

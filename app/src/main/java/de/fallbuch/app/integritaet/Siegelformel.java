package de.fallbuch.app.integritaet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * How an event is sealed: one SHA-256 over its canonical content as stored, chained to the link
 * before it. The same code seals and verifies, so the two can never disagree about the form.
 *
 * <p>Canonical content, in this order: the global index (8 bytes), event id, aggregate id, sequence
 * number (8 bytes), aggregate type, payload type, payload revision, timestamp, metadata, payload;
 * every text as its stored bytes (UTF-8) with a 4-byte length before it ({@code -1} for NULL), so no
 * two different rows share an encoding. The bytes are the stored ones: an event whose Fall key was
 * destroyed (crypto-shredding) keeps its ciphertext and thus its seal.
 *
 * <p>Chain: {@code link(i) = SHA-256(link(i-1) || 'E' || content hash)} for an event,
 * {@code SHA-256(link(i-1) || 'L' || global index)} for a gap that stayed empty; before the first
 * link stand 32 zero bytes. Not thread-safe (it reuses its digest); one instance per pass.
 */
final class Siegelformel {

    /** Columns in the order {@link #inhalt(ResultSet)} reads them. */
    static final String SPALTEN = "global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type, "
            + "payload_revision, time_stamp, meta_data, payload";
    static final byte[] ANFANG = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final byte[] zahl = new byte[8];

    Siegelformel() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 fehlt in dieser Java-Laufzeit", e);
        }
    }

    /** The content hash of the current row of a result set selecting {@link #SPALTEN} (first column at index 1). */
    byte[] inhalt(ResultSet zeile) throws SQLException {
        langZahl(zeile.getLong(1));
        text(zeile.getBytes(2));
        text(zeile.getBytes(3));
        langZahl(zeile.getLong(4));
        for (int spalte = 5; spalte <= 10; spalte++) {
            text(zeile.getBytes(spalte));
        }
        return sha256.digest();
    }

    byte[] ereignisGlied(byte[] vorher, byte[] inhalt) {
        sha256.update(vorher);
        sha256.update((byte) 'E');
        sha256.update(inhalt);
        return sha256.digest();
    }

    byte[] lueckenGlied(byte[] vorher, long globalIndex) {
        sha256.update(vorher);
        sha256.update((byte) 'L');
        langZahl(globalIndex);
        return sha256.digest();
    }

    static String hex(byte[] hash) {
        return hash == null ? null : HEX.formatHex(hash);
    }

    private void text(byte[] bytes) {
        if (bytes == null) {
            ganzzahl(-1);
        } else {
            ganzzahl(bytes.length);
            sha256.update(bytes);
        }
    }

    private void ganzzahl(int wert) {
        zahl[0] = (byte) (wert >>> 24);
        zahl[1] = (byte) (wert >>> 16);
        zahl[2] = (byte) (wert >>> 8);
        zahl[3] = (byte) wert;
        sha256.update(zahl, 0, 4);
    }

    private void langZahl(long wert) {
        for (int i = 7; i >= 0; i--) {
            zahl[i] = (byte) wert;
            wert >>>= 8;
        }
        sha256.update(zahl, 0, 8);
    }
}

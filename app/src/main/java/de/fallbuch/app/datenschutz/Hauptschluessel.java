package de.fallbuch.app.datenschutz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The master key that wraps every data key, and the previous master keys still accepted for
 * unwrapping while a rotation runs. Each is known by its id: the first 16 hex digits of the SHA-256
 * of the key bytes (an id reveals nothing about the key). Never stored in the database.
 */
public final class Hauptschluessel {

    private final String aktuelleId;
    private final Map<String, SecretKey> schluessel = new LinkedHashMap<>();

    Hauptschluessel(byte[] aktuell, Iterable<byte[]> vorherige) {
        this.aktuelleId = kennung(aktuell);
        schluessel.put(aktuelleId, Aesgcm.schluessel(aktuell));
        for (byte[] alt : vorherige) {
            schluessel.putIfAbsent(kennung(alt), Aesgcm.schluessel(alt));
        }
    }

    /** Decodes a configured master key: base64 of exactly 32 bytes. */
    static byte[] dekodieren(String base64, String einstellung) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(einstellung + " ist kein gültiges Base64.");
        }
        if (bytes.length != Aesgcm.SCHLUESSEL_BYTES) {
            throw new IllegalStateException(einstellung + " muss genau 32 Bytes (256 Bit) enthalten, Base64-kodiert; es sind "
                    + bytes.length + ". Einen neuen erzeugt z. B. `openssl rand -base64 32`.");
        }
        return bytes;
    }

    String aktuelleId() {
        return aktuelleId;
    }

    SecretKey aktueller() {
        return schluessel.get(aktuelleId);
    }

    Optional<SecretKey> mitId(String id) {
        return Optional.ofNullable(schluessel.get(id));
    }

    static String kennung(byte[] schluessel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(schluessel);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Associated data of a wrapped data key: the subject it belongs to. */
    static byte[] zugehoerig(Object subjekt) {
        return ("datenschutz_schluessel/" + subjekt).getBytes(StandardCharsets.UTF_8);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

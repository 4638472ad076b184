package de.fallbuch.app.datenschutz;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with the JDK's own provider: a fresh random 96-bit nonce per value, a 128-bit tag,
 * and associated data that binds a ciphertext to where it belongs (its subject, its field), so it
 * cannot be moved elsewhere and still decrypt. Output: nonce || ciphertext || tag.
 */
public final class Aesgcm {

    static final int SCHLUESSEL_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom ZUFALL = new SecureRandom();

    private Aesgcm() {
    }

    public static SecretKey neuerSchluessel() {
        try {
            KeyGenerator erzeuger = KeyGenerator.getInstance("AES");
            erzeuger.init(SCHLUESSEL_BYTES * 8, ZUFALL);
            return erzeuger.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 ist in dieser JVM nicht verfügbar", e);
        }
    }

    public static SecretKey schluessel(byte[] bytes) {
        if (bytes == null || bytes.length != SCHLUESSEL_BYTES) {
            throw new IllegalArgumentException("Ein Schlüssel hat " + SCHLUESSEL_BYTES + " Bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public static byte[] verschluesseln(SecretKey schluessel, byte[] zugehoerig, byte[] klartext) {
        byte[] nonce = new byte[NONCE_BYTES];
        ZUFALL.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, schluessel, new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(zugehoerig);
            byte[] chiffrat = aes.doFinal(klartext);
            return ByteBuffer.allocate(NONCE_BYTES + chiffrat.length).put(nonce).put(chiffrat).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Verschlüsselung fehlgeschlagen", e);
        }
    }

    /** @throws Unlesbar if the key or the associated data is wrong or the ciphertext was changed */
    public static byte[] entschluesseln(SecretKey schluessel, byte[] zugehoerig, byte[] verschluesselt) {
        if (verschluesselt.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new Unlesbar("Chiffrat zu kurz");
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, schluessel, new GCMParameterSpec(TAG_BITS, verschluesselt, 0, NONCE_BYTES));
            aes.updateAAD(zugehoerig);
            return aes.doFinal(verschluesselt, NONCE_BYTES, verschluesselt.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Unlesbar("Falscher Schlüssel, falsche Zuordnung oder verändertes Chiffrat");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Entschlüsselung fehlgeschlagen", e);
        }
    }

    /** A ciphertext that does not authenticate: never a reason to show anything but an error. */
    public static final class Unlesbar extends RuntimeException {
        Unlesbar(String meldung) {
            super(meldung);
        }
    }
}

package de.fallbuch.kernel.common;

import java.util.UUID;

/**
 * Proof of the document an act was issued with: the SHA-256 of the PDF as rendered, the SHA-256 of the
 * template version it was rendered from (kept for good, keyed by that hash, so a template changed later
 * never changes this document), and how far the Fall's events were read for the addressee
 * ({@code fallStand}, the Fall's sequence number), so that a reprint from the events is byte-identical.
 * {@code rechtsbehelfsbelehrung}: whether the document carries one (it follows from the document, not
 * from a checkbox). Events written before documents existed carry {@code null} instead of a proof.
 *
 * <p>Both hashes are 64 lower-case hex digits ({@link Grenzen#SHA256_HEX_ZEICHEN}); they hold no
 * personal data.
 */
public record Dokumentnachweis(
        UUID dokumentId,
        Dokumentart art,
        String sha256,
        String vorlageSha256,
        long fallStand,
        boolean rechtsbehelfsbelehrung) {
}

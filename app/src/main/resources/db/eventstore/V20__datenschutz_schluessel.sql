-- Crypto-shredding (README "Datenschutz", docs/datenschutz.md): one data key per Datensubjekt (a Fall,
-- an Antrag, a Hilfevereinbarung), wrapped with the master key from configuration. The personal values
-- of a subject's events are encrypted with its key; erasing the Fall destroys the keys of the Fall and
-- of every subject belonging to it (the wrapped key becomes NULL), the events stay as they are.
CREATE TABLE datenschutz_schluessel (
    subjekt_id         UUID PRIMARY KEY,
    -- the Fall the subject belongs to (for a Fall: itself)
    fall_id            UUID         NOT NULL,
    -- AES-GCM of the 32-byte data key under the master key: 12-byte nonce || ciphertext || tag;
    -- the subject id is the associated data. NULL once erased.
    schluessel         BYTEA,
    -- which master key wrapped it (first 16 hex digits of its SHA-256), for rotation
    hauptschluessel_id VARCHAR(16),
    erstellt_am        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    geloescht_am       TIMESTAMPTZ,
    geloescht_von      TEXT,
    rechtsgrundlage    TEXT,
    CONSTRAINT datenschutz_schluessel_entweder_oder CHECK ((schluessel IS NULL) = (geloescht_am IS NOT NULL))
);
CREATE INDEX datenschutz_schluessel_fall ON datenschutz_schluessel (fall_id);

COMMENT ON TABLE datenschutz_schluessel IS 'Datenschlüssel je Datensubjekt (Fall, Antrag, Hilfevereinbarung), mit dem Hauptschlüssel verpackt; nach der Löschung nur noch wer, wann, auf welcher Rechtsgrundlage';

-- The runtime role's exceptions from the usual table privileges, for the event store's tables
-- (V40__rechte_dienst.sql explains the scheme). Runs after the versioned migrations whenever this
-- file changes. A new append-only table: one line here, privileges 'SELECT, INSERT'.
DELETE FROM rechte_dienst WHERE teil = 'eventstore';
INSERT INTO rechte_dienst (tabelle, rechte, teil, grund) VALUES
    ('domain_event_entry', 'SELECT, INSERT', 'eventstore', 'Ereignisse: nur anfügen'),
    ('dead_letter_uebersprungen', 'SELECT, INSERT', 'eventstore', 'Entscheidungen, ein Ereignis zu überspringen: nur anfügen'),
    -- Axon's JdbcEventStorageEngine stores a snapshot and deletes the older ones of the aggregate
    -- (no snapshots are configured today); a snapshot is derived data, never the record.
    ('snapshot_event_entry', 'SELECT, INSERT, DELETE', 'eventstore', 'Snapshots: anlegen, ältere verwerfen'),
    -- Erasure sets the wrapped key to NULL and records who, when, why; rotation re-wraps it.
    -- Never the subject, its Fall or the creation time; never DELETE.
    ('datenschutz_schluessel', 'SELECT, INSERT, UPDATE (schluessel, hauptschluessel_id, geloescht_am, geloescht_von, rechtsgrundlage)',
     'eventstore', 'Schlüssel: anlegen, löschen (Krypto-Shredding), neu verpacken'),
    -- The seal (V30__siegel.sql): the chain, the Tagessiegel and the verifications are only ever appended.
    ('siegel_kette', 'SELECT, INSERT', 'eventstore', 'Siegelkette: nur anfügen'),
    ('tagessiegel', 'SELECT, INSERT', 'eventstore', 'Tagessiegel: nur anfügen'),
    ('integritaet_pruefung', 'SELECT, INSERT', 'eventstore', 'Integritätsprüfungen: nur anfügen'),
    -- Documents (V65__dokumentvorlage.sql): every template version ever used, keyed by its hash.
    ('dokumentvorlage', 'SELECT, INSERT', 'eventstore', 'Vorlagenfassungen der Dokumente: nur anfügen'),
    ('rechte_dienst', '', 'eventstore', 'die Rechte selbst');
SELECT rechte_vergeben();

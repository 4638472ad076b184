-- Read model: each Antrag with where it stands, its current decision and notice, the latest
-- request for documents, Widerspruch and Anhörung. Like fall_uebersicht, every row remembers the
-- sequence number of the last event it applied (version), so a redelivered event changes nothing.
-- Earlier decisions are not kept here: the Entscheidungshistorie is a view of its own.
CREATE TABLE antrag_uebersicht (
    antrag_id                   UUID PRIMARY KEY,
    fall_id                     UUID NOT NULL,
    leistungsart                VARCHAR(60) NOT NULL,
    kanal                       VARCHAR(30) NOT NULL,
    eingangsdatum               DATE NOT NULL,
    leistungsbeginn             DATE NOT NULL,
    status                      VARCHAR(40) NOT NULL,
    -- the latest request for documents
    angefordert_am              DATE,
    unterlagen                  TEXT[],
    mitwirkungsfrist            DATE,
    mit_rechtsfolgenbelehrung   BOOLEAN,
    unterlagen_eingegangen_am   DATE,
    mitwirkungsfrist_abgelaufen BOOLEAN NOT NULL DEFAULT FALSE,
    -- the current decision
    entscheidung_id             UUID,
    entscheidungsart            VARCHAR(20),
    betrag_monatlich_cent       BIGINT,
    bewilligung_von             DATE,
    bewilligung_bis             DATE,
    aufgehoben_ab               DATE,
    rechtsgrundlage             TEXT,
    begruendung                 TEXT,
    entschieden_am              DATE,
    entschieden_von             VARCHAR(100),
    freigabe_erforderlich       BOOLEAN NOT NULL DEFAULT FALSE,
    freigegeben_am              DATE,
    freigegeben_von             VARCHAR(100),
    ersetzt_entscheidung_id     UUID,
    -- its notice
    aufgabe_zur_post_am         DATE,
    bekanntgabe_am              DATE,
    mit_rechtsbehelfsbelehrung  BOOLEAN,
    widerspruchsfrist_ende      DATE,
    bestandskraeftig_am         DATE,
    -- the latest Widerspruch
    widerspruch_id              UUID,
    widerspruch_eingegangen_am  DATE,
    widerspruch_rechtzeitig     BOOLEAN,
    widerspruch_ergebnis        VARCHAR(30),
    widerspruch_entschieden_am  DATE,
    -- the latest Anhörung
    anhoerung_id                UUID,
    anhoerung_anlass            TEXT,
    anhoerungsfrist             DATE,
    stellungnahme_am            DATE,
    anhoerungsfrist_abgelaufen  BOOLEAN NOT NULL DEFAULT FALSE,
    zurueckgenommen_am          DATE,
    version                     BIGINT NOT NULL,
    geaendert_am                TIMESTAMPTZ NOT NULL
);
CREATE INDEX antrag_uebersicht_fall ON antrag_uebersicht (fall_id);
CREATE INDEX antrag_uebersicht_status ON antrag_uebersicht (status);

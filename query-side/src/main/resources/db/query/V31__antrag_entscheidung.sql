-- Read model: the Entscheidungshistorie, one row per decision on an Antrag, never deleted:
-- a superseded or revoked decision is marked, not removed. Keyed by the decision's own id, so a
-- redelivered event is not entered twice.
CREATE TABLE antrag_entscheidung (
    entscheidung_id         UUID PRIMARY KEY,
    antrag_id               UUID         NOT NULL,
    sequenz                 BIGINT       NOT NULL,
    art                     VARCHAR(30)  NOT NULL,
    betrag_monatlich_cent   BIGINT,
    bewilligung_von         DATE,
    bewilligung_bis         DATE,
    rechtsgrundlage         TEXT,
    begruendung             TEXT,
    entschieden_am          DATE         NOT NULL,
    entschieden_von         VARCHAR(100) NOT NULL,
    erfasst_am              TIMESTAMPTZ  NOT NULL,
    freigabe_erforderlich   BOOLEAN      NOT NULL DEFAULT FALSE,
    freigegeben_am          DATE,
    freigegeben_von         VARCHAR(100),
    bekanntgabe_am          DATE,
    widerspruchsfrist_ende  DATE,
    bestandskraeftig_am     DATE,
    ersetzt_entscheidung_id UUID,
    ersetzt_durch           UUID,
    aufgehoben_durch        UUID,
    aufgehoben_ab           DATE,
    betrifft_entscheidung_id UUID
);
CREATE INDEX antrag_entscheidung_antrag ON antrag_entscheidung (antrag_id, sequenz);

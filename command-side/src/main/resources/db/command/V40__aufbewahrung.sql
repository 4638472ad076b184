-- The write model's register of what the retention rule needs (domain.md, docs/datenschutz.md), fed in the
-- transaction of the events: when a Fall was closed, when its last Bewilligungszeitraum ends, its Anträge'
-- last deadline, a legal hold, the erasure. No personal data.
CREATE TABLE aufbewahrung_fall (
    fall_id                UUID PRIMARY KEY,
    aktenzeichen           VARCHAR(20)  NOT NULL,
    dienststelle           TEXT         NOT NULL,
    abgeschlossen_am       DATE,
    letzte_bewilligung_bis DATE,
    letzte_frist           DATE,
    loeschsperre           BOOLEAN      NOT NULL DEFAULT FALSE,
    geloescht_am           DATE,
    -- the day the daily job first found its retention ended (a Löschvorschlag); NULL before
    vorgeschlagen_am       DATE
);
CREATE INDEX aufbewahrung_fall_abgeschlossen ON aufbewahrung_fall (abgeschlossen_am) WHERE geloescht_am IS NULL;

-- Every Hilfevereinbarung the write model knows, kept in the same transaction as its events
-- (subscribing processor): its Fall and Dienststelle (who may act on it) and whether it is still
-- open, so closing a Fall finds the agreements it has to end.
CREATE TABLE hilfevereinbarung_register (
    hilfevereinbarung_id UUID PRIMARY KEY,
    fall_id              UUID NOT NULL,
    dienststelle         VARCHAR(100) NOT NULL,
    offen                BOOLEAN NOT NULL
);
CREATE INDEX hilfevereinbarung_register_offen ON hilfevereinbarung_register (fall_id) WHERE offen;

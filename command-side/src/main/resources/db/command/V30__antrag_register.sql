-- Every Antrag the write model knows, kept in the same transaction as its events (subscribing
-- processor): the Fall it belongs to (for access and for the rule that a Fall with undecided
-- Anträge cannot be closed), whether it is undecided, and who decided a grant waiting for approval.
CREATE TABLE antrag_register (
    antrag_id                UUID PRIMARY KEY,
    fall_id                  UUID NOT NULL REFERENCES fall_register (fall_id),
    unentschieden            BOOLEAN NOT NULL,
    freigabe_ausstehend_von  VARCHAR(100)
);
CREATE INDEX antrag_register_fall ON antrag_register (fall_id) WHERE unentschieden;

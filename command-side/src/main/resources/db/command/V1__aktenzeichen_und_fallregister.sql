-- Tables the write model owns (set-based validation that an aggregate cannot do alone).

-- Running numbers of the Aktenzeichen per year. The number only ever grows: an Aktenzeichen is
-- never reused, even when the command that drew it fails (a gap is legal, a duplicate is not).
CREATE TABLE aktenzeichen_zaehler (
    jahr          INTEGER PRIMARY KEY,
    letzte_nummer INTEGER NOT NULL CHECK (letzte_nummer BETWEEN 1 AND 999999)
);

-- Every Fall the write model knows, kept in the same transaction as its events (subscribing
-- processor): who may act on it (Dienststelle), whether it is open, and the Aktenzeichen, whose
-- uniqueness the database guarantees.
CREATE TABLE fall_register (
    fall_id      UUID PRIMARY KEY,
    aktenzeichen VARCHAR(20) NOT NULL UNIQUE,
    dienststelle VARCHAR(100) NOT NULL,
    fallmanager  VARCHAR(100) NOT NULL,
    status       VARCHAR(20) NOT NULL
);

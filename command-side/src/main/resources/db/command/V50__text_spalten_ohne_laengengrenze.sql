-- Issue 11: the registers are fed in the command's transaction, so a value they cannot hold would
-- refuse a valid command (and a replayed old event). Dienststelle and user names become TEXT;
-- PostgreSQL stores VARCHAR(n) and TEXT alike, only the length check goes.
ALTER TABLE fall_register
    ALTER COLUMN dienststelle TYPE TEXT,
    ALTER COLUMN fallmanager TYPE TEXT;
ALTER TABLE hilfevereinbarung_register ALTER COLUMN dienststelle TYPE TEXT;
ALTER TABLE antrag_register ALTER COLUMN freigabe_ausstehend_von TYPE TEXT;

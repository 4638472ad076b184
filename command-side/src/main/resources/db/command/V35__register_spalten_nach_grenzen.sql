-- The write model's registers hold what the declared limits allow (docs/grenzen.md): a Dienststelle
-- and a user name are short texts of up to 200 characters, more than the 100 these columns took.
-- text, not VARCHAR(200): the limit is the command side's, so a later change of it needs no migration here.
ALTER TABLE fall_register ALTER COLUMN dienststelle TYPE text, ALTER COLUMN fallmanager TYPE text;
ALTER TABLE hilfevereinbarung_register ALTER COLUMN dienststelle TYPE text;
ALTER TABLE antrag_register ALTER COLUMN freigabe_ausstehend_von TYPE text;

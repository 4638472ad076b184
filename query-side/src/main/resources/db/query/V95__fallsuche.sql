-- The Fall search as a German office needs it (issue 15): every Fall's name in search form (lower case,
-- umlauts and ß transliterated, other diacritics dropped: " anna mueller ", words between spaces so a
-- LIKE can anchor at a word start) and the Kölner Phonetik of each name word (" 06 657 ", the same
-- way), both written by the Fall projector (query.fall.Suchform) and blanked with the name on erasure.
-- pg_trgm (a trusted extension: the database owner that runs the migrations may create it) lets these
-- LIKEs and a part of an Aktenzeichen use a GIN index; the birth date has a btree. No search scans the
-- table per keystroke.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE fall_uebersicht ADD COLUMN suchname TEXT, ADD COLUMN suchphonetik TEXT;

CREATE INDEX fall_uebersicht_suchname ON fall_uebersicht USING gin (suchname gin_trgm_ops);
CREATE INDEX fall_uebersicht_suchphonetik ON fall_uebersicht USING gin (suchphonetik gin_trgm_ops);
CREATE INDEX fall_uebersicht_aktenzeichen_teil ON fall_uebersicht USING gin (aktenzeichen gin_trgm_ops);
CREATE INDEX fall_uebersicht_geburtsdatum ON fall_uebersicht (geburtsdatum);

-- The Fall search as a German office needs it (issue 15). Written by the Fall projector
-- (query.fall.Suchform), blanked with the name on erasure, each a list of words between single spaces:
--   suchname      the words of first and last name in search form: lower case, umlauts and ß
--                 transliterated, other diacritics dropped ("anna mueller")
--   suchpraefixe  every start of those words from two letters on ("an ann anna mu mue muel ..."), so that
--                 a word being typed is an exact element lookup
--   suchphonetik  the Kölner Phonetik of each word ("06 657")
-- GIN indexes over the word arrays answer "contains this word" from the index with element statistics
-- the planner can use; pg_trgm (a trusted extension: the database owner that runs the migrations may
-- create it) does the same for a part of an Aktenzeichen; the birth date has a btree. No keystroke
-- scans the table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE fall_uebersicht ADD COLUMN suchname TEXT, ADD COLUMN suchpraefixe TEXT, ADD COLUMN suchphonetik TEXT;

CREATE INDEX fall_uebersicht_suchpraefixe ON fall_uebersicht USING gin (string_to_array(suchpraefixe, ' '));
CREATE INDEX fall_uebersicht_suchphonetik ON fall_uebersicht USING gin (string_to_array(suchphonetik, ' '));
CREATE INDEX fall_uebersicht_aktenzeichen_teil ON fall_uebersicht USING gin (aktenzeichen gin_trgm_ops);
CREATE INDEX fall_uebersicht_geburtsdatum ON fall_uebersicht (geburtsdatum);

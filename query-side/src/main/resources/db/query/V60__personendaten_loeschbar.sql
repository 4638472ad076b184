-- An erased Fall (crypto-shredding, docs/datenschutz.md) has no birth date any more.
ALTER TABLE fall_uebersicht ALTER COLUMN geburtsdatum DROP NOT NULL;

-- The runtime role's exceptions from the usual table privileges, for the read model's tables
-- (db/eventstore V40__rechte_dienst.sql explains the scheme). Runs after the versioned migrations
-- whenever this file changes. A new append-only table: one line here, privileges 'SELECT, INSERT'.
DELETE FROM rechte_dienst WHERE teil = 'query';
INSERT INTO rechte_dienst (tabelle, rechte, teil, grund) VALUES
    ('akteneinsicht', 'SELECT, INSERT', 'query', 'Protokoll der Akteneinsicht: nur anfügen');
SELECT rechte_vergeben();

-- The end of the grant that runs for each Antrag (the Bewilligungszeitraum, cut short by an Aufhebung
-- under § 48 SGB X), so that a Fall with a running grant cannot be closed (the Kennzahlen would count
-- the person on). NULL: no grant.
ALTER TABLE antrag_register ADD COLUMN bewilligt_bis DATE;

-- Existing installations: take it from the events (dates are stored in clear). The last grant or
-- revocation of each Antrag decides.
UPDATE antrag_register r
SET bewilligt_bis = l.bis
FROM (SELECT DISTINCT ON (aggregate_identifier)
             aggregate_identifier::uuid AS antrag_id,
             CASE WHEN payload_type = 'de.fallbuch.kernel.antrag.AntragBewilligt'
                  THEN (payload::jsonb ->> 'bewilligungBis')::date
                  ELSE (payload::jsonb ->> 'aufgehobenAb')::date - 1 END AS bis,
             payload_type
      FROM domain_event_entry
      WHERE payload_type IN ('de.fallbuch.kernel.antrag.AntragBewilligt', 'de.fallbuch.kernel.antrag.BewilligungAufgehoben')
      ORDER BY aggregate_identifier, sequence_number DESC) l
WHERE r.antrag_id = l.antrag_id;

CREATE INDEX antrag_register_bewilligt_bis ON antrag_register (fall_id, bewilligt_bis) WHERE bewilligt_bis IS NOT NULL;

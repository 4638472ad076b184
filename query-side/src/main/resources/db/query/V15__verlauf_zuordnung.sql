-- The Verlauf's own lookups: to which Fall an Antrag or agreement belongs (later events carry only
-- their own id), and the names of goals, measures and duties, so the sentences can name them.
CREATE TABLE verlauf_zuordnung (
    aggregat_id UUID PRIMARY KEY,
    fall_id     UUID NOT NULL
);

CREATE TABLE verlauf_bezeichnung (
    id          UUID PRIMARY KEY,
    bezeichnung TEXT NOT NULL
);

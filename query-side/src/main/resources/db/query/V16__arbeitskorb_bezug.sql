-- The Arbeitskorb's own lookup: to which Fall an Antrag or agreement belongs.
CREATE TABLE arbeitskorb_bezug (
    bezug_id UUID PRIMARY KEY,
    fall_id  UUID NOT NULL
);

-- Every read of a case file by a person is recorded (Sozialgeheimnis, §35 SGB I; GDPR Art. 5(2)):
-- who looked at which Fall, when, what, and whether access was granted. This is not a view built
-- from events and is never cleared by a rebuild.
CREATE TABLE akteneinsicht (
    id              BIGSERIAL PRIMARY KEY,
    zeitpunkt       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    benutzer        VARCHAR(100) NOT NULL,
    rolle           VARCHAR(40)  NOT NULL,
    fall_id         UUID         NOT NULL,
    was             VARCHAR(40)  NOT NULL,
    gewaehrt        BOOLEAN      NOT NULL,
    korrelations_id VARCHAR(100)
);
CREATE INDEX akteneinsicht_fall ON akteneinsicht (fall_id, zeitpunkt);

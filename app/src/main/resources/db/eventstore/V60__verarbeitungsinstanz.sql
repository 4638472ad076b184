-- The instances that run the views' streaming processors (full and query instances) and are alive,
-- each with its latest sign of life (the database's clock). With their number each instance claims
-- at most its share of every processor's segments, so several instances share the work and the
-- survivors take over the segments of one that stopped (de.fallbuch.app.betrieb.Segmentverteilung).
CREATE TABLE verarbeitungsinstanz (
    instanz       TEXT                     PRIMARY KEY,  -- Axon's token owner name: <pid>@<host>
    gestartet     TIMESTAMP WITH TIME ZONE NOT NULL,
    lebenszeichen TIMESTAMP WITH TIME ZONE NOT NULL
);

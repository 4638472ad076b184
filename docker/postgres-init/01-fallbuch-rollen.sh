#!/bin/sh
# The two database roles of Fallbuch (README "Datenbankrollen"), created once when the PostgreSQL
# volume is empty (docker-entrypoint-initdb.d). The owner runs the migrations and owns every table;
# the service's runtime role owns nothing and gets only what the migrations grant it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v eigentuemer_passwort="$FALLBUCH_EIGENTUEMER_PASSWORT" \
    -v dienst_passwort="$FALLBUCH_DIENST_PASSWORT" \
    -v datenbank="$POSTGRES_DB" <<'SQL'
CREATE ROLE fallbuch_eigentuemer LOGIN PASSWORD :'eigentuemer_passwort';
CREATE ROLE fallbuch_dienst LOGIN PASSWORD :'dienst_passwort';
CREATE ROLE fallbuch_reporting NOLOGIN;
ALTER DATABASE :"datenbank" OWNER TO fallbuch_eigentuemer;
SQL

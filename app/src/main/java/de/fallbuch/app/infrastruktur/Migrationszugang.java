package de.fallbuch.app.infrastruktur;

import javax.sql.DataSource;

/**
 * How the schema migrations connect: as the owner of the tables, not as the service's runtime
 * role (least privilege, README "Datenbankrollen"). Deliberately not a {@link DataSource} bean, so
 * that the service's connection pool stays the only one. The embedded database provides it; with an
 * external database {@link SchemaMigration} builds it from {@code spring.flyway.user}/{@code .password}.
 */
record Migrationszugang(DataSource quelle) {
}

package de.fallbuch.kernel.antrag;

/**
 * Grants above the limit waiting for a second person (Vier-Augen-Prinzip) that concern the caller,
 * oldest first; answered with a list of {@link AusstehendeFreigabe}. The Sachgebietsleitung gets
 * those of its Dienststellen, a Fallmanager their own decisions; other roles none.
 */
public record AusstehendeFreigabenAbfragen() {
}

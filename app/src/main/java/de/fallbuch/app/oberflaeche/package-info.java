/**
 * The thin web UI (issue 7): German, server-rendered with Thymeleaf, htmx where it helps, packaged
 * by feature like spring-petclinic.
 *
 * <p>Design decision: the UI neither repeats the write rules or access checks nor calls its own
 * REST API over HTTP. Its forms are the second door of the acts in {@code de.fallbuch.app.akt.Akte}
 * ({@link de.fallbuch.app.oberflaeche.Formulare}): the same command record, the same executor and
 * {@code CommandGateway} as the REST door; who may act is decided on the command bus
 * ({@code Schreibrechte}), the rules by the aggregates. On the read side it calls
 * {@code Fallakte}, {@code Arbeitskoerbe}, {@code Fallsuche}, {@code AntraegeZumFall} and
 * {@code Kennzahlenauswertung} (who may read, and every read of a case file recorded). Every form
 * carries the version the page was rendered with, so a stale page is refused by the same optimistic
 * check the API uses. The UI does not depend on command-side classes (ArchitekturTest).
 */
package de.fallbuch.app.oberflaeche;

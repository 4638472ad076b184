/**
 * The thin web UI (issue 7): German, server-rendered with Thymeleaf, htmx where it helps, packaged
 * by feature like spring-petclinic.
 *
 * <p>Design decision: the UI neither repeats the write rules or access checks nor calls its own
 * REST API over HTTP. It calls the same application services the REST controllers call:
 * {@code FallBefehle}, {@code AntragBefehle} and {@code HilfevereinbarungBefehle} on the write side
 * (who may act; the aggregates check the domain rules), and {@code Fallakte}, {@code Arbeitskoerbe},
 * {@code Fallsuche}, {@code AntraegeZumFall} and {@code Kennzahlenauswertung} on the read side
 * (who may read, and every read of a case file recorded). The controllers here only turn form
 * fields into commands and refusals into messages next to the field. Every form carries the version the page was rendered with, so a
 * stale page is refused by the same optimistic check the API uses.
 */
package de.fallbuch.app.oberflaeche;

package de.fallbuch.query.common;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The access log could not be written, so the read it belongs to must not show anything: a read
 * that is not on record does not happen. A {@link DataAccessResourceFailureException}, so that the
 * web layer answers it like the database being down (503, try again), whatever the cause was.
 */
public class AkteneinsichtNichtProtokolliert extends DataAccessResourceFailureException {

    public static final String CODE = "AKTENEINSICHT_NICHT_PROTOKOLLIERT";
    public static final String DETAIL = "Der Zugriff konnte nicht protokolliert werden. Ohne Protokoll zeigt Fallbuch keine "
            + "personenbezogenen Daten. Bitte in wenigen Sekunden erneut versuchen.";

    public AkteneinsichtNichtProtokolliert(Throwable ursache) {
        super("Akteneinsicht konnte nicht protokolliert werden", ursache);
    }
}

package de.fallbuch.kernel.common;

/**
 * The read models that keep a version per record (the sequence number of the last event they
 * applied), so a page can wait until the view shows a write it just made.
 */
public enum Ansicht {
    FALL,
    ANTRAG,
    HILFEVEREINBARUNG
}

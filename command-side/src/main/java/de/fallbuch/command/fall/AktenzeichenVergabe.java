package de.fallbuch.command.fall;

/**
 * Draws the next Aktenzeichen {@code 50-<year>-<6 digits>} (Amt 50, year of opening, running
 * number). The Fall's opening handler asks for it only after every check has passed; the number
 * is taken in the transaction that stores the opening event, so a refused or failed opening
 * rolls the counter back with it and the register of Aktenzeichen has no gaps.
 */
interface AktenzeichenVergabe {

    String naechstes();
}

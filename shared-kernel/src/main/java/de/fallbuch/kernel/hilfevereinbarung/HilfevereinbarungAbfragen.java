package de.fallbuch.kernel.hilfevereinbarung;

import java.util.UUID;

/** Ask for one Hilfevereinbarung as it stands now; answered with an optional {@link HilfevereinbarungAnsicht}. */
public record HilfevereinbarungAbfragen(UUID hilfevereinbarungId) {
}

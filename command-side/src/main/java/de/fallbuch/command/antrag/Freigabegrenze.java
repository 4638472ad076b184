package de.fallbuch.command.antrag;

/**
 * The monthly amount above which a grant counts only after a Sachgebietsleitung approved it
 * (Vier-Augen-Prinzip). Configured per office: {@code fallbuch.antrag.freigabegrenze-cent}.
 */
public record Freigabegrenze(long cent) {

    public Freigabegrenze {
        if (cent < 0) {
            throw new IllegalArgumentException("Die Freigabegrenze kann nicht negativ sein: " + cent);
        }
    }

    /** Whether a grant of this monthly amount needs a second person's approval. */
    public boolean ueberschrittenVon(long betragMonatlichCent) {
        return betragMonatlichCent > cent;
    }
}

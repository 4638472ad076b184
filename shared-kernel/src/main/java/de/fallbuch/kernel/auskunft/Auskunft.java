package de.fallbuch.kernel.auskunft;

import de.fallbuch.kernel.antrag.AntragAnsicht;
import de.fallbuch.kernel.antrag.Entscheidungseintrag;
import de.fallbuch.kernel.datenschutz.Protokolleintrag;
import de.fallbuch.kernel.fall.FallAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.FassungAnsicht;
import de.fallbuch.kernel.hilfevereinbarung.HilfevereinbarungAnsicht;
import de.fallbuch.kernel.verlauf.VerlaufEintrag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Fallbuch stores about the person in one Fall, as one document (Art. 15 GDPR, § 83 SGB X):
 * the Fall with the person's data and follow-up dates, every Antrag with its Entscheidungshistorie
 * (legal basis and reasons), the referrals and consents, the Hilfevereinbarungen with every Fassung
 * (goals, measures, duties, services), the whole Verlauf, and who read the file when. After erasure
 * the personal values read "[gelöscht]", as everywhere else.
 */
public record Auskunft(
        Instant erstelltAm,
        String erstelltVon,
        String rechtsgrundlage,
        FallAnsicht fall,
        List<AntragMitEntscheidungen> antraege,
        List<VerlaufEintrag> vermittlungen,
        List<Einwilligung> einwilligungen,
        List<VereinbarungMitFassungen> hilfevereinbarungen,
        List<VerlaufEintrag> verlauf,
        List<Protokolleintrag> akteneinsichten) {

    public static final String RECHTSGRUNDLAGE = "Art. 15 DSGVO, § 83 SGB X";

    public Auskunft {
        antraege = List.copyOf(antraege);
        vermittlungen = List.copyOf(vermittlungen);
        einwilligungen = List.copyOf(einwilligungen);
        hilfevereinbarungen = List.copyOf(hilfevereinbarungen);
        verlauf = List.copyOf(verlauf);
        akteneinsichten = List.copyOf(akteneinsichten);
    }

    /** An Antrag as it stands, with every decision on it (superseded and revoked ones marked). */
    public record AntragMitEntscheidungen(AntragAnsicht antrag, List<Entscheidungseintrag> entscheidungen) {

        public AntragMitEntscheidungen {
            entscheidungen = List.copyOf(entscheidungen);
        }
    }

    /** A Hilfevereinbarung as it stands, with every Fassung as a document. */
    public record VereinbarungMitFassungen(HilfevereinbarungAnsicht vereinbarung, List<FassungAnsicht> fassungen) {

        public VereinbarungMitFassungen {
            fassungen = List.copyOf(fassungen);
        }
    }

    /**
     * A consent the person gave or withdrew: to passing on their data for a referral (§ 67b SGB X), to a
     * Fassung of a Hilfevereinbarung by signing it, or its withdrawal. {@code erklaertAm} is the day of the
     * declaration, {@code wortlaut} what the file says about it.
     */
    public record Einwilligung(String gegenstand, String rechtsgrundlage, LocalDate erklaertAm, boolean widerruf, String wortlaut) {
    }
}

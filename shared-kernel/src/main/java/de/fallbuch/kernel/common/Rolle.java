package de.fallbuch.kernel.common;

/** The roles of the people who use Fallbuch (domain.md, "Who uses it"). */
public enum Rolle {
    FALLMANAGER("Fallmanager/in"),
    SACHGEBIETSLEITUNG("Sachgebietsleitung"),
    RECHTSPRUEFUNG("Rechtsprüfung"),
    REVISION("Revision"),
    ADMIN("Administration"),
    /** The office's data protection officer: reads the access log, never a Fall. */
    DATENSCHUTZ("Datenschutzbeauftragte/r"),
    /** Commands the system issues itself (deadlines, policies), not a person. */
    SYSTEM("System");

    private final String bezeichnung;

    Rolle(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    public String bezeichnung() {
        return bezeichnung;
    }
}

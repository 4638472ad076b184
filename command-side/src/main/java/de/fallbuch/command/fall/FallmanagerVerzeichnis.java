package de.fallbuch.command.fall;

/**
 * Which users are Fallmanager of which Dienststelle. The command side asks it before a Fall is
 * handed to someone; the service implements it from its user directory.
 */
public interface FallmanagerVerzeichnis {

    boolean istFallmanagerIn(String benutzer, String dienststelle);
}

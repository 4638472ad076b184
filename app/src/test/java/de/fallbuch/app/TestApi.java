package de.fallbuch.app;

/** For tests that start the service themselves instead of extending {@link IntegrationTest}. */
public final class TestApi {

    private TestApi() {
    }

    public static Api als(int port, String benutzer) {
        return new Api(port, benutzer, "demo");
    }

    public static Api als(int port, String benutzer, String passwort) {
        return new Api(port, benutzer, passwort);
    }
}

package de.fallbuch.app.oberflaeche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through
 * Selenium, with the small vocabulary the browser tests need. A machine without Chromium fails the
 * test with a clear message instead of skipping it: CI installs it ({@code .ci/run}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BILDSCHIRMFOTOS = Path.of("target", "screenshots");
    private static final Duration WARTEZEIT = Duration.ofSeconds(15);

    private final ChromeDriver treiber;
    private final String basis;
    private final Path profil;

    Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Für die Browsertests fehlt Chromium: erwartet werden " + CHROMIUM + " und " + CHROMEDRIVER
                    + ". Bitte installieren: apt-get install -y chromium chromium-driver (das macht .ci/run).");
        }
        try {
            profil = Files.createTempDirectory("fallbuch-chromium-");
            Files.createDirectories(BILDSCHIRMFOTOS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions optionen = new ChromeOptions();
        optionen.setBinary(CHROMIUM.toFile());
        // Flags for this machine's closed network and a root user (see the machine notes); a fresh profile each run.
        optionen.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profil, "--window-size=1366,900", "--lang=de-DE");
        // Console messages for the CSP test (Chrome reports a violation as a SEVERE "Refused to ..." message).
        optionen.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        treiber = new ChromeDriver(dienst, optionen);
        basis = "http://localhost:" + port;
    }

    void oeffnen(String pfad) {
        treiber.get(basis + pfad);
    }

    void anmelden(String benutzer) {
        oeffnen("/login");
        eingeben("username", benutzer);
        eingeben("password", "demo");
        treiber.findElement(By.cssSelector("form button[type=submit]")).click();
        warte(t -> t.findElements(By.id("angemeldet")).size() > 0);
    }

    void abmelden() {
        treiber.findElement(By.cssSelector("form.abmelden button")).click();
        warte(t -> t.getCurrentUrl().contains("/login"));
    }

    void eingeben(String id, String text) {
        WebElement feld = treiber.findElement(By.id(id));
        feld.clear();
        feld.sendKeys(text);
    }

    void waehlen(String id, String sichtbarerText) {
        new Select(treiber.findElement(By.id(id))).selectByVisibleText(sichtbarerText);
    }

    /** Opens a collapsed form ({@code <details>}) if it is closed. */
    void aufklappen(String id) {
        WebElement details = treiber.findElement(By.id(id));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    void absenden(String formularId) {
        treiber.findElement(By.id(formularId)).findElement(By.cssSelector("button[type=submit]")).click();
    }

    void klicken(By wo) {
        treiber.findElement(wo).click();
    }

    void setzeWert(String id, String wert) {
        ((JavascriptExecutor) treiber).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, wert);
    }

    String text() {
        return treiber.findElement(By.tagName("body")).getText();
    }

    String text(By wo) {
        return treiber.findElement(wo).getText();
    }

    String quelltext() {
        return treiber.getPageSource();
    }

    String adresse() {
        return treiber.getCurrentUrl();
    }

    /** Waits until the page, reloaded if need be, shows the text (views are eventually consistent). */
    void warteAufText(String erwartet) {
        new WebDriverWait(treiber, WARTEZEIT, Duration.ofMillis(300)).until(t -> {
            if (text().contains(erwartet)) {
                return true;
            }
            t.navigate().refresh();
            return false;
        });
    }

    <T> T warte(Function<WebDriver, T> bedingung) {
        return new WebDriverWait(treiber, WARTEZEIT).until(bedingung::apply);
    }

    /** A screenshot of the whole page under target/screenshots. */
    void foto(String name) {
        Long hoehe = (Long) ((JavascriptExecutor) treiber).executeScript(
                "window.scrollTo(0, 0); return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        treiber.manage().window().setSize(new org.openqa.selenium.Dimension(1366, (int) Math.min(Math.max(hoehe, 900), 6000)));
        try {
            Files.write(BILDSCHIRMFOTOS.resolve(name + ".png"), treiber.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            treiber.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        }
        assertThat(BILDSCHIRMFOTOS.resolve(name + ".png")).exists();
    }

    /** Renders the page as the printer would (print CSS), then back to screen. */
    void fotoAlsDruck(String name) {
        treiber.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            foto(name);
        } finally {
            treiber.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Console messages of level SEVERE since the last call. */
    java.util.List<String> konsolenfehler() {
        return treiber.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(eintrag -> eintrag.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Runs the script in every page from now on, before the page's own scripts (not subject to the page's CSP). */
    void beiJederSeite(String skript) {
        treiber.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", skript));
    }

    Object skript(String skript, Object... argumente) {
        return ((JavascriptExecutor) treiber).executeScript(skript, argumente);
    }

    /** The value of the browser's cookie, or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = treiber.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        treiber.quit();
    }
}

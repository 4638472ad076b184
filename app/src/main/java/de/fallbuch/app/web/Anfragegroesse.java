package de.fallbuch.app.web;

import de.fallbuch.kernel.common.Grenzen;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body above {@link Grenzen#MAX_ANFRAGE_BYTES} is read into memory. A body that
 * announces its length is refused before a byte of it is read; a body sent in chunks (no length
 * known in advance) is counted while it is read, at most one byte beyond the limit, and refused as
 * soon as it passes it, before any converter or command sees a byte. Both end as 413 through
 * {@code /error}, problem+json on the API. Runs before authentication: a body nobody may send need
 * not be looked at to find out who sent it. Form posts are parsed by Tomcat itself, which enforces
 * the same limit as its {@code maxPostSize} (see {@link AnfrageKonfiguration}); they are left to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Anfragegroesse extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest anfrage, HttpServletResponse antwort, FilterChain kette)
            throws ServletException, IOException {
        long angekuendigt = anfrage.getContentLengthLong();
        if (angekuendigt > Grenzen.MAX_ANFRAGE_BYTES) {
            zuGross(anfrage, antwort);
            return;
        }
        // With a known length Tomcat delivers no more than announced; only a chunked body needs counting.
        if (angekuendigt < 0 && anfrage.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !formular(anfrage)) {
            byte[] koerper = anfrage.getInputStream().readNBytes(Grenzen.MAX_ANFRAGE_BYTES + 1);
            if (koerper.length > Grenzen.MAX_ANFRAGE_BYTES) {
                zuGross(anfrage, antwort);
                return;
            }
            kette.doFilter(new Gelesen(anfrage, koerper), antwort);
            return;
        }
        kette.doFilter(anfrage, antwort);
    }

    private static void zuGross(HttpServletRequest anfrage, HttpServletResponse antwort) throws IOException {
        anfrage.setAttribute(Anfragefehler.ATTRIBUT, Anfragefehler.ANFRAGE_ZU_GROSS);
        antwort.sendError(Anfragefehler.ANFRAGE_ZU_GROSS.status().value());
    }

    private static boolean formular(HttpServletRequest anfrage) {
        String art = anfrage.getContentType();
        return art != null && (art.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || art.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    /** The request with its body already read (and found small enough). */
    private static final class Gelesen extends HttpServletRequestWrapper {

        private final byte[] koerper;

        Gelesen(HttpServletRequest anfrage, byte[] koerper) {
            super(anfrage);
            this.koerper = koerper;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream inhalt = new ByteArrayInputStream(koerper);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return inhalt.read();
                }

                @Override
                public int read(byte[] puffer, int ab, int laenge) {
                    return inhalt.read(puffer, ab, laenge);
                }

                @Override
                public boolean isFinished() {
                    return inhalt.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener zuhoerer) {
                    throw new UnsupportedOperationException("Der Körper ist bereits gelesen.");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String kodierung = getCharacterEncoding();
            Charset zeichensatz = kodierung != null ? Charset.forName(kodierung) : StandardCharsets.ISO_8859_1;
            return new BufferedReader(new InputStreamReader(getInputStream(), zeichensatz));
        }

        @Override
        public int getContentLength() {
            return koerper.length;
        }

        @Override
        public long getContentLengthLong() {
            return koerper.length;
        }
    }
}

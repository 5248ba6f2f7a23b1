package ma.commune.portal.shared.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.commune.portal.shared.boundary.Publication;
import ma.commune.portal.shared.control.PublicPageCache;

/**
 * Serves anonymous residents' public pages from {@link PublicPageCache}. Only requests that can see
 * nothing but published content are served or kept: GET, no session, no credentials, a public page
 * (not the back office, the login, the APIs, files, feeds or search). Every response still gets its own
 * CSP nonce: the kept page holds a placeholder where PrimeFaces had put the nonce of its first rendering.
 * Mapped in web.xml after {@link LanguageFilter}, which decides the language (part of the key) and
 * sets the headers every page carries.
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String[] NOT_CACHED = {"/admin", "/login", "/api/", "/files/", "/feeds/", "/search",
        "/jakarta.faces.resource/", "/health", "/metrics", "/openapi",
        // The residents' forms hold a view state, and a case's page changes with every step of the case;
        // the accountability figures (/allo/accountability) change without any publication.
        "/allo", "/complaint", "/information-request", "/track", "/received",
        // Where the money goes (issue 6): changed by the nightly imports, not by a publication, and a tender's
        // time left to its deadline is computed at each rendering.
        "/tenders", "/contracts", "/budget"};
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PublicPageCache cache;

    @EJB
    Publication publication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request) || request.getAttribute(LanguageFilter.ATTRIBUTE) == null) {
            chain.doFilter(request, response);
            return;
        }
        // The Host a client names is not part of the key, nor of the page: every absolute address a page
        // writes (the council's webcal:// link) comes from the configured public address (PublicAddress),
        // so a forged Host can neither leave its links in other residents' copy nor multiply the copies.
        String key = request.getAttribute(LanguageFilter.ATTRIBUTE) + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long epoch = cache.epoch(publication::generation);
        Optional<PublicPageCache.Page> kept = cache.get(key);
        if (kept.isPresent()) {
            response.setHeader("X-Portal-Cache", "hit");
            send(kept.get(), response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        capture.flushBuffer();
        byte[] body = capture.body.toByteArray();
        if (capture.status == HttpServletResponse.SC_OK && !capture.setsCookie && request.getSession(false) == null
                && capture.getContentType() != null && capture.getContentType().startsWith("text/html")) {
            cache.put(key, withPlaceholder(body, capture.getContentType(), capture.contentSecurityPolicy), epoch);
            response.setHeader("X-Portal-Cache", "miss");
        }
        if (body.length > 0 && !response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else if (body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || request.getSession(false) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return false;
        }
        for (String prefix : NOT_CACHED) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static PublicPageCache.Page withPlaceholder(byte[] body, String contentType, String csp) {
        if (csp == null) {
            return new PublicPageCache.Page(body, contentType, null);
        }
        Matcher nonce = NONCE.matcher(csp);
        if (!nonce.find()) {
            return new PublicPageCache.Page(body, contentType, csp);
        }
        String value = nonce.group(1);
        String html = new String(body, StandardCharsets.UTF_8).replace(value, PublicPageCache.NONCE);
        return new PublicPageCache.Page(html.getBytes(StandardCharsets.UTF_8), contentType,
                csp.replace(value, PublicPageCache.NONCE));
    }

    private static void send(PublicPageCache.Page page, HttpServletResponse response) throws IOException {
        byte[] body = page.body();
        if (page.contentSecurityPolicy() != null) {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            String nonce = Base64.getEncoder().encodeToString(random);
            response.setHeader("Content-Security-Policy", page.contentSecurityPolicy().replace(PublicPageCache.NONCE, nonce));
            if (page.contentSecurityPolicy().contains(PublicPageCache.NONCE)) {
                body = new String(body, StandardCharsets.UTF_8).replace(PublicPageCache.NONCE, nonce).getBytes(StandardCharsets.UTF_8);
            }
        }
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Keeps the body, the status and the CSP of the page as it is rendered, and whether it sets a cookie. */
    private static final class Capture extends HttpServletResponseWrapper {

        final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        int status = SC_OK;
        boolean setsCookie;
        String contentSecurityPolicy;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            remember(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            remember(name, value);
            super.addHeader(name, value);
        }

        private void remember(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                contentSecurityPolicy = value;
            } else if ("Set-Cookie".equalsIgnoreCase(name)) {
                setsCookie = true;
            }
        }

        @Override
        public void setContentLength(int len) {
            // The real length is set once the body is known.
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    /** The body goes to memory, which is always ready: the listener may write at once. */
                    @Override
                    public void setWriteListener(WriteListener listener) {
                        try {
                            listener.onWritePossible();
                        } catch (IOException | RuntimeException failed) {
                            listener.onError(failed);
                        }
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }
    }
}

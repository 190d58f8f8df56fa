package org.reformkg.server;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A read-only servlet of the server's own API: GET (and HEAD) only; TRACE, which would echo the
 * request's headers, credentials included, is refused like any other method. A failure is answered
 * with its status and a single line of plain UTF-8 text.
 */
abstract class GetServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    /** A request that cannot be served: its status and a one-line message for the client. */
    static final class HttpError extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;
        final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Answers a GET; throw {@link HttpError} to refuse it. */
    abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            get(req, resp);
        } catch (HttpError e) {
            fail(resp, e.status, e.getMessage());
        }
    }

    @Override
    protected final void doTrace(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        fail(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not supported");
    }

    /** Sends {@code status} with {@code message} as one line of {@code text/plain; charset=utf-8}. */
    static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = (message.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * The query-string parameters, one value each.
     *
     * @throws HttpError 400 if a parameter is repeated or the query string cannot be decoded
     */
    static Map<String, String> parameters(HttpServletRequest req) {
        Map<String, String[]> raw;
        try {
            raw = req.getParameterMap();
        } catch (RuntimeException e) {
            // Jetty refuses malformed percent-encoding or UTF-8 here
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST, "the query string is not valid UTF-8 percent-encoding");
        }
        Map<String, String> params = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            if (values.length != 1)
                throw new HttpError(HttpServletResponse.SC_BAD_REQUEST, "parameter '" + printable(name) + "' is given more than once");
            params.put(name, values[0]);
        });
        return params;
    }

    /** A client's text for a message: at most 60 characters, control characters escaped. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(60).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || cp == 0x2028 || cp == 0x2029)
                sb.append(String.format("\\u%04x", cp));
            else
                sb.appendCodePoint(cp);
        });
        if (s.codePointCount(0, s.length()) > 60)
            sb.append("...");
        return sb.toString();
    }
}

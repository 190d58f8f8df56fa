package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.reformkg.query.QueryResult;

/** HTTP for the server tests: one client, bounded timeouts, requests to 127.0.0.1 only. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {}

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<byte[]> getBytes(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> send(HttpRequest.Builder b) {
        return send(b, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static <T> HttpResponse<T> send(HttpRequest.Builder b, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = b.timeout(Duration.ofSeconds(30)).build();
        try {
            try {
                return CLIENT.send(request, body);
            } catch (IOException ex) {
                // Jetty closes a kept-alive connection after refusing a request whose body it did not
                // read; a request that races that close sees EOF. Once more on a new connection.
                return CLIENT.send(request, body);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A request with the basic-authentication header of {@code user:password}. */
    static HttpRequest.Builder withAuth(HttpRequest.Builder b, String user, String password) {
        return b.header("Authorization", "Basic "
            + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends {@code target} exactly as written (no client-side normalisation or encoding) and
     * returns the whole response, head and body.
     */
    static String raw(int port, String method, String target) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The status code of a raw response. */
    static int status(String rawResponse) {
        return Integer.parseInt(rawResponse.substring(rawResponse.indexOf(' ') + 1, rawResponse.indexOf(' ') + 4));
    }

    /** SPARQL results JSON as rows of plain values ({@link QueryResult#plain}), columns checked. */
    static List<List<String>> rows(String sparqlJson, List<String> columns) {
        return rows(RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(sparqlJson.getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON)), columns);
    }

    /** The rows as plain values ({@link QueryResult#plain}), after checking the columns. */
    static List<List<String>> rows(RowSet rs, List<String> columns) {
        assertEquals(columns, rs.getResultVars().stream().map(Var::getVarName).toList());
        List<List<String>> rows = new ArrayList<>();
        rs.forEachRemaining(b -> rows.add(columns.stream().map(c -> QueryResult.plain(b.get(Var.alloc(c)))).toList()));
        return rows;
    }

    /** Number of quads in all graphs of a dataset. */
    static long quads(Dataset ds) {
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }

    /** The Content-Type is {@code expected}, spaces and case aside (Jetty writes {@code text/html;charset=utf-8}). */
    static void assertContentType(String expected, HttpResponse<?> r, String what) {
        String actual = r.headers().firstValue("Content-Type").orElse("");
        assertEquals(expected.replace(" ", "").toLowerCase(Locale.ROOT), actual.replace(" ", "").toLowerCase(Locale.ROOT), what);
    }

    /** A 4xx answer whose body is one line of text naming {@code param} in quotes. */
    static void assertOneLine400(HttpResponse<String> r, String param, String what) {
        assertEquals(400, r.statusCode(), what + ": " + r.body());
        String body = r.body().endsWith("\n") ? r.body().substring(0, r.body().length() - 1) : r.body();
        assertFalse(body.contains("\n") || body.contains("\r") || body.contains("\u001b") || body.contains("\u0000"),
            what + ": not one clean line: " + body);
        assertTrue(body.contains("'" + param + "'"), what + ": does not name '" + param + "': " + body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), what);
    }
}

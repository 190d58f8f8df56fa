package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.reformkg.server.Http.assertOneLine400;
import static org.reformkg.server.Http.enc;
import static org.reformkg.server.Http.get;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.OutputFormat;
import org.reformkg.query.Param;
import org.reformkg.query.ParamType;
import org.reformkg.query.QueryParamException;
import org.reformkg.query.QueryRunner;
import org.reformkg.query.SampleData;

/** The canned queries over HTTP on the sample graph: the list, results, formats, errors, the row cap, and injection attempts. */
class CannedHttpTest {

    static Dataset dataset;
    static ReformServer server;
    static CannedQueries queries;
    static QueryRunner local;
    static long quadsBefore;

    @BeforeAll
    static void start() {
        dataset = SampleData.dataset();
        quadsBefore = Http.quads(dataset);
        queries = CannedQueries.load();
        server = ReformServer.create().dataset(dataset).port(0).build().start();
        // the same data behind the same kind of index, run in-process
        local = new QueryRunner(FullTextIndex.build(SampleData.dataset()).dataset());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static String url(CannedQuery q, Map<String, String> params) {
        return server.cannedUrl() + "/" + q.name() + params.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&", "?", ""));
    }

    @Test
    void theListDescribesEveryQuery() {
        for (String path : List.of("", "/")) {
            HttpResponse<String> r = get(server.cannedUrl() + path);
            assertEquals(200, r.statusCode());
            Http.assertContentType("application/json; charset=utf-8", r, "list");
            JsonObject root = JSON.parse(r.body());
            assertEquals(ReformServer.DEFAULT_MAX_ROWS, root.get("maxRows").getAsNumber().value().intValue());
            JsonArray list = root.get("queries").getAsArray();
            assertEquals(queries.names(), list.stream().map(v -> v.getAsObject().getString("name")).toList());
            for (JsonValue v : list) {
                JsonObject o = v.getAsObject();
                CannedQuery q = queries.get(o.getString("name"));
                assertEquals(q.title(), o.getString("title"));
                assertEquals(q.description(), o.getString("description"));
                assertEquals("/reform/canned/" + q.name(), o.getString("url"));
                assertEquals(q.columns(), o.get("columns").getAsArray().stream().map(c -> c.getAsString().value()).toList());
                List<JsonValue> params = o.get("params").getAsArray();
                assertEquals(q.params().size(), params.size());
                for (int i = 0; i < params.size(); i++) {
                    JsonObject po = params.get(i).getAsObject();
                    Param p = q.params().get(i);
                    assertEquals(p.name(), po.getString("name"));
                    assertEquals(p.type().keyword(), po.getString("type"));
                    assertEquals(p.required(), po.get("required").getAsBoolean().value());
                    assertEquals(p.hasDefault() ? p.defaultValue() : null, po.get("default").isNull() ? null : po.getString("default"));
                    assertEquals(p.description(), po.getString("description"));
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsRowsAsJsonAndCsv() {
        return queries.all().stream().map(q -> dynamicTest(q.name(), () -> {
            Map<String, String> params = SampleData.requiredParams(q);
            var expected = local.run(q, params);
            HttpResponse<String> json = get(url(q, params), "application/sparql-results+json");
            assertEquals(200, json.statusCode(), json.body());
            Http.assertContentType("application/sparql-results+json; charset=utf-8", json, q.name());
            assertEquals("false", json.headers().firstValue("Reformkg-Truncated").orElse(""));
            assertEquals(expected.values(), Http.rows(json.body(), q.columns()));
            JsonObject parsed = JSON.parse(json.body());
            assertFalse(parsed.get("truncated").getAsBoolean().value());
            HttpResponse<String> csv = get(url(q, params), "text/csv");
            assertEquals(200, csv.statusCode());
            Http.assertContentType("text/csv; charset=utf-8", csv, q.name());
            assertEquals(expected.format(OutputFormat.CSV), csv.body());
        }));
    }

    @Test
    void formatAndAcceptChooseTheType() {
        CannedQuery q = queries.get("meetings");
        String csv = local.run(q, Map.of()).format(OutputFormat.CSV);
        assertEquals(csv, get(url(q, Map.of("format", "csv")), "application/sparql-results+json").body(), "format wins over Accept");
        assertTrue(get(url(q, Map.of("format", "JSON")), "text/csv").body().contains("\"bindings\""));
        assertEquals(csv, get(url(q, Map.of()), "text/html, text/csv;q=0.9, */*;q=0.1").body());
        assertTrue(get(url(q, Map.of()), "text/csv;q=0.5, application/json").body().contains("\"bindings\""));
        assertTrue(get(url(q, Map.of()), "*/*").body().contains("\"bindings\""), "JSON when anything goes");
        assertTrue(get(url(q, Map.of())).body().contains("\"bindings\""), "JSON without Accept");
        assertEquals(csv, get(url(q, Map.of()), "text/*").body());
        HttpResponse<String> none = get(url(q, Map.of()), "text/html, application/xml");
        assertEquals(406, none.statusCode());
        assertEquals(406, get(url(q, Map.of()), "text/csv;q=0, application/json;q=0").statusCode());
        assertOneLine400(get(url(q, Map.of("format", "xml"))), "format", "format=xml");
    }

    @Test
    void unknownQueriesAre404() {
        for (String name : List.of("nosuch", "meetings/extra", "..%2Fmeetings", "meetings.rq", "%E4%BC%9A%E8%AE%AE", "MEETINGS")) {
            HttpResponse<String> r = get(server.cannedUrl() + "/" + name);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, name + ": " + r.statusCode());
            if (r.statusCode() == 404) {
                assertTrue(r.body().startsWith("unknown query"), r.body());
                assertEquals(1, r.body().split("\n").length, "one line: " + r.body());
            }
        }
    }

    @Test
    void badParametersAre400NamingThem() {
        CannedQuery meetings = queries.get("meetings");
        assertOneLine400(get(url(meetings, Map.of("year", "twenty"))), "year", "year=twenty");
        assertOneLine400(get(url(meetings, Map.of("yaer", "2014"))), "yaer", "unknown parameter");
        assertOneLine400(get(url(queries.get("evidence"), Map.of())), "target", "missing required");
        assertOneLine400(get(server.cannedUrl() + "/meetings?year=2014&year=2015"), "year", "repeated");
        assertOneLine400(get(server.cannedUrl() + "/meetings?year"), "year", "no value");
        HttpResponse<String> badUtf8 = get(server.cannedUrl() + "/meetings?by_body=%FF%FE");
        assertTrue(badUtf8.statusCode() == 400 || (badUtf8.statusCode() == 200 && Http.rows(badUtf8.body(), meetings.columns()).isEmpty()),
            "bad UTF-8 is refused or matches nothing: " + badUtf8.statusCode() + " " + badUtf8.body());
        assertEquals(405, Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(meetings, Map.of())))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("year=2014"))).statusCode());
    }

    @Test
    void aFullTextSyntaxErrorNamesTheParameter() {
        CannedQuery q = queries.get("topic-timeline-fulltext");
        assertOneLine400(get(url(q, Map.of("q", "\"户籍"))), "q", "unbalanced quote");
        // valid Lucene: found by the index, a phrase, not the words ORed
        HttpResponse<String> r = get(url(q, Map.of("q", "户籍制度", "format", "csv")));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(local.run(q, Map.of("q", "户籍制度")).format(OutputFormat.CSV), r.body());
        assertTrue(r.body().contains("关于进一步推进户籍制度改革的意见"), r.body());
    }

    @Test
    void theRowCapCutsAndSaysSo() {
        CannedQuery q = queries.get("meetings");
        int all = local.run(q, Map.of()).size();
        assertTrue(all > 2);
        try (ReformServer capped = ReformServer.create().dataset(dataset).port(0).maxRows(2).build().start()) {
            String u = capped.cannedUrl() + "/meetings";
            HttpResponse<String> json = get(u, "application/sparql-results+json");
            assertEquals("true", json.headers().firstValue("Reformkg-Truncated").orElse(""));
            assertEquals("2", json.headers().firstValue("Reformkg-Max-Rows").orElse(""));
            assertEquals(local.run(q, Map.of()).values().subList(0, 2), Http.rows(json.body(), q.columns()));
            JsonObject parsed = JSON.parse(json.body());
            assertTrue(parsed.get("truncated").getAsBoolean().value());
            assertEquals(2, parsed.get("maxRows").getAsNumber().value().intValue());
            HttpResponse<String> csv = get(u, "text/csv");
            assertEquals("true", csv.headers().firstValue("Reformkg-Truncated").orElse(""));
            assertEquals(3, csv.body().split("\r\n").length, "header and two rows");
            // exactly at the cap is not cut
            HttpResponse<String> one = get(capped.cannedUrl() + "/meetings?year=2014", "text/csv");
            assertEquals("false", one.headers().firstValue("Reformkg-Truncated").orElse(""));
        }
        assertThrows(IllegalArgumentException.class, () -> ReformServer.create().maxRows(0));
    }

    @Test
    void aSlowCannedQueryIsCancelled() {
        try (ReformServer slow = ReformServer.create().dataset(dataset).port(0).queryTimeout(Duration.ofMillis(100))
                .cannedQueries(CannedQueries.load(folder("server/canned-slow/"))).build().start()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(slow.cannedUrl() + "/cross", "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timeout"), r.body());
            assertTrue(ms < 20_000, "cancelled quickly, took " + ms + " ms");
        }
    }

    @Test
    void formatIsAReservedParameterName() {
        CannedQueries clash = CannedQueries.load(folder("server/canned-format/"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> ReformServer.create().dataset(dataset).port(0).cannedQueries(clash).build());
        assertTrue(e.getMessage().contains("'formatted'") && e.getMessage().contains("'format'"), e.getMessage());
    }

    /** A class loader that sees only this test-resource folder (which holds {@code reformkg/queries/}). */
    private static ClassLoader folder(String resource) {
        try {
            URL url = Path.of(CannedHttpTest.class.getClassLoader().getResource(resource).toURI()).toUri().toURL();
            return new URLClassLoader(new URL[] {url}, null);
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- injection attempts -------------------------------------------------------------------

    /**
     * The payloads and harmless values of the query package's {@code HostileParamsTest}, so that
     * the in-process and the HTTP injection tests share one list.
     */
    @SuppressWarnings("unchecked")
    static List<String> payloads() {
        try {
            Field f = hostileParamsTest().getDeclaredField("PAYLOADS");
            f.setAccessible(true);
            return (List<String>) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("org.reformkg.query.HostileParamsTest.PAYLOADS is gone: " + e, e);
        }
    }

    /** A value of the type that is well-formed and matches nothing in the sample ({@code HostileParamsTest.harmless}). */
    static String harmless(ParamType type) {
        try {
            Method m = hostileParamsTest().getDeclaredMethod("harmless", ParamType.class);
            m.setAccessible(true);
            return (String) m.invoke(null, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("org.reformkg.query.HostileParamsTest.harmless is gone: " + e, e);
        }
    }

    private static Class<?> hostileParamsTest() throws ClassNotFoundException {
        return Class.forName("org.reformkg.query.HostileParamsTest");
    }

    /**
     * Every payload through every parameter of every query, over HTTP: each is a one-line 400
     * naming the parameter, or gives exactly the rows the harmless value gives. A parameter that
     * goes to the full-text index is Lucene syntax by design, so there the rows must be those the
     * query gives in-process for the same value, bound the same way. The data never changes.
     */
    @TestFactory
    Stream<DynamicTest> everyPayloadThroughEveryParameterOverHttp() {
        List<String> payloads = payloads();
        assertTrue(payloads.size() >= 20, "at least 20 payloads, have " + payloads.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (CannedQuery q : queries.all()) {
            for (Param p : q.params()) {
                tests.add(dynamicTest(q.name() + "." + p.name() + " (" + p.type().keyword() + ")", () -> {
                    boolean fullText = CannedQueryServlet.textQueryParams(q).contains(p.name());
                    Map<String, String> base = new LinkedHashMap<>(SampleData.requiredParams(q));
                    base.put(p.name(), harmless(p.type()));
                    List<List<String>> harmlessRows = local.run(q, base).values();
                    for (String payload : payloads) {
                        // what the server receives: the payload as UTF-8 (a lone surrogate becomes '?')
                        String sent = new String(payload.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                        Map<String, String> params = new LinkedHashMap<>(base);
                        params.put(p.name(), payload);
                        String what = q.name() + "." + p.name() + " = " + GetServlet.printable(payload);
                        HttpResponse<String> r = get(url(q, params), "application/sparql-results+json");
                        if (r.statusCode() == 400) {
                            assertOneLine400(r, p.name(), what);
                            continue;
                        }
                        assertEquals(200, r.statusCode(), what + ": " + r.body());
                        List<List<String>> rows = Http.rows(r.body(), q.columns());
                        if (!fullText) {
                            assertEquals(harmlessRows, rows, what + " changed the result");
                            continue;
                        }
                        Map<String, String> same = new LinkedHashMap<>(params);
                        same.put(p.name(), sent);
                        try {
                            assertEquals(local.run(q, same).values(), rows, what + ": not the rows of the value bound as a literal");
                        } catch (QueryParamException e) {
                            throw new AssertionError(what + ": the server ran a value the runner refuses: " + e.getMessage());
                        }
                    }
                    assertEquals(quadsBefore, Http.quads(dataset), "dataset unchanged");
                }));
            }
        }
        assertTrue(tests.size() > 10, "queries with parameters");
        return tests.stream();
    }

    @Test
    void topicTimelineFulltextTakesItsQueryFromParameterQ() {
        assertEquals(java.util.Set.of("q"), CannedQueryServlet.textQueryParams(queries.get("topic-timeline-fulltext")));
        assertEquals(java.util.Set.of(), CannedQueryServlet.textQueryParams(queries.get("topic-timeline")));
        assertEquals("parameter 'q'", CannedQueryServlet.fullTextParams(queries.get("topic-timeline-fulltext"), Map.of("q", "x")));
    }
}

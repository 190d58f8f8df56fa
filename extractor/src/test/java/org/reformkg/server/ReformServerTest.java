package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.reformkg.server.Http.enc;
import static org.reformkg.server.Http.get;
import static org.reformkg.server.Http.send;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.QueryResult;
import org.reformkg.query.QueryRunner;
import org.reformkg.query.SampleData;

/** The server on a free port with the sample graph, exercised over HTTP. */
class ReformServerTest {

    static final String SAMPLE_A = SampleData.SOURCE + "sample-a.txt";
    static final String INSERT = "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> \"injected\" } }";

    static Dataset dataset;
    static ReformServer server;
    static long quadsBefore;

    @BeforeAll
    static void start() {
        dataset = SampleData.dataset();
        quadsBefore = quads();
        server = ReformServer.create().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    private static long quads() {
        return Http.quads(dataset);
    }

    @Test
    void urlsAndPort() {
        assertTrue(server.isRunning());
        assertNotEquals(0, server.port(), "a real port once started");
        assertEquals("127.0.0.1", server.host());
        assertEquals("http://127.0.0.1:" + server.port() + "/reform/sparql", server.endpointUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/reform", server.datasetUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/reform/data", server.graphStoreUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/reform/canned", server.cannedUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/reform/export", server.exportUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/graph/", server.graphPageUrl());
        assertFalse(server.updateAllowed(), "read-only unless asked");
        assertTrue(server.indexedTexts() > 20, "labels, titles and sentences indexed");
    }

    @TestFactory
    Stream<DynamicTest> everyCannedQueryGivesTheSameRowsOverHttp() {
        QueryRunner local = new QueryRunner(dataset);
        List<DynamicTest> tests = new ArrayList<>();
        for (CannedQuery q : CannedQueries.load().all()) {
            tests.add(dynamicTest(q.name(), () -> {
                Map<String, String> params = SampleData.requiredParams(q);
                QueryResult expected = local.run(q, params);
                assertTrue(expected.size() > 0);
                for (String url : List.of(server.endpointUrl(), server.datasetUrl(), server.datasetUrl() + "/query")) {
                    // the same binding mechanism as the runner, sent as a substituted query
                    QueryExecBuilder b = QueryExecHTTP.service(url).query(q.query());
                    QueryRunner.bindings(q, params).forEach((name, node) -> b.substitution(Var.alloc(name), node));
                    assertEquals(expected.values(), values(b, q.columns()), q.name() + " at " + url);
                }
            }));
        }
        // parameterised runs too: year filter across precisions
        tests.add(dynamicTest("meetings year=2014", () -> {
            CannedQuery q = CannedQueries.load().get("meetings");
            QueryExecBuilder b = QueryExecHTTP.service(server.endpointUrl()).query(q.query());
            QueryRunner.bindings(q, Map.of("year", "2014")).forEach((name, node) -> b.substitution(Var.alloc(name), node));
            List<List<String>> rows = values(b, q.columns());
            assertEquals(1, rows.size());
            assertEquals("2014-06-06", rows.get(0).get(4));
        }));
        return tests.stream();
    }

    private static List<List<String>> values(QueryExecBuilder b, List<String> columns) {
        try (QueryExec exec = b.build()) {
            return Http.rows(exec.select(), columns);
        }
    }

    @Test
    void queriesSeeTheUnionOfTheSourceGraphs() throws Exception {
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(
            "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <https://w3id.org/reformkg/ontology#Meeting> }"),
            "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n5\r\n", r.body());
    }

    @Test
    void unionEvenWhenTheDatasetContextLacksIt() {
        ReformServer other = ReformServer.create().dataset(SampleData.dataset(false)).port(0).build();
        try {
            other.start();
            try (QueryExec exec = QueryExecHTTP.service(other.endpointUrl())
                    .query("SELECT ?m WHERE { ?m a <https://w3id.org/reformkg/ontology#Meeting> }").build()) {
                assertEquals(5, count(exec.select()));
            }
        } finally {
            other.stop();
        }
    }

    private static int count(RowSet rs) {
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        List<String> urls = List.of(server.datasetUrl() + "/update", server.datasetUrl(), server.endpointUrl(),
            server.datasetUrl() + "/query", server.graphStoreUrl());
        for (String url : urls) {
            HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT, StandardCharsets.UTF_8)));
            assert4xx(direct, "POST application/sparql-update to " + url);
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(INSERT), StandardCharsets.UTF_8)));
            assert4xx(form, "POST update= form to " + url);
        }
        // and through Jena's own client
        assertThrows(Exception.class, () -> org.apache.jena.sparql.exec.http.UpdateExecHTTP
            .service(server.datasetUrl() + "/update").update(INSERT).execute());
        assertThrows(Exception.class, () -> org.apache.jena.sparql.exec.http.UpdateExecHTTP
            .service(server.datasetUrl()).update(INSERT).execute());
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String turtle = "<urn:example:s> <urn:example:p> \"uploaded\" .";
        for (String base : List.of(server.graphStoreUrl(), server.datasetUrl(), server.datasetUrl() + "/get")) {
            for (String target : List.of(base + "?graph=" + enc("urn:example:g"), base + "?graph=" + enc(SAMPLE_A), base + "?default")) {
                assert4xx(send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8))), "PUT " + target);
                assert4xx(send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8))), "POST " + target);
                assert4xx(send(HttpRequest.newBuilder(URI.create(target)).DELETE()), "DELETE " + target);
            }
            // quads to the dataset (upload)
            assert4xx(send(HttpRequest.newBuilder(URI.create(base)).header("Content-Type", "application/n-quads")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:example:s> <urn:example:p> \"q\" <urn:example:g> .", StandardCharsets.UTF_8))),
                "POST quads to " + base);
        }
        for (String path : List.of("/upload", "/patch", "/shacl")) {
            assert4xx(send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path)).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8))), "POST " + path);
        }
        assertThrows(Exception.class, () -> GSP.service(server.graphStoreUrl()).graphName("urn:example:g")
            .PUT(org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TTL).toGraph()));
        assertThrows(Exception.class, () -> GSP.service(server.graphStoreUrl()).graphName(SAMPLE_A).DELETE());
        assertUnchanged();
    }

    @Test
    void graphStoreReadWorks() throws Exception {
        Graph remote = GSP.service(server.graphStoreUrl()).graphName(SAMPLE_A).GET();
        long local = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
            .getGraph(org.apache.jena.graph.NodeFactory.createURI(SAMPLE_A)).size());
        assertTrue(local > 50, "sample-a has its triples");
        assertEquals(local, remote.size());
        HttpResponse<String> r = get(server.graphStoreUrl() + "?graph=" + enc(SAMPLE_A), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("十九届中央全面深化改革委员会第十三次会议"), "UTF-8 Chinese over GSP");
        assertEquals(200, get(server.datasetUrl() + "/get?graph=" + enc(SAMPLE_A), "text/turtle").statusCode());
        assertEquals(404, get(server.graphStoreUrl() + "?graph=" + enc("urn:example:none"), "text/turtle").statusCode());
    }

    @Test
    void remoteServiceCallsAreRefused() throws Exception {
        String q = "SELECT * WHERE { SERVICE <" + server.endpointUrl() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = get(server.endpointUrl() + "?query=" + enc(q), "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "SERVICE must be refused, got " + r.statusCode() + " " + r.body());
    }

    @Test
    void slowQueriesAreCancelled() throws Exception {
        ReformServer slow = ReformServer.create().dataset(dataset).port(0).queryTimeout(Duration.ofMillis(50)).build();
        try {
            slow.start();
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(slow.endpointUrl() + "?query=" + enc(q), "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), "Fuseki answers a cancelled query with 503: " + r.body());
            assertTrue(ms < 20_000, "cancelled quickly, took " + ms + " ms");
        } finally {
            slow.stop();
        }
    }

    @Test
    void bindsToLoopbackOnly() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .filter(i -> {
                try {
                    return i.isUp() && !i.isLoopback();
                } catch (IOException e) {
                    return false;
                }
            })
            .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
            .findFirst();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(), "no non-loopback IPv4 address to test with");
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(external.get(), server.port()), 5000);
            }
        }, "not reachable on " + external.get());
    }

    @Test
    void hostCanBeChosen() throws Exception {
        ReformServer any = ReformServer.create().dataset(dataset).port(0).host("0.0.0.0").build();
        try {
            any.start();
            assertEquals("http://127.0.0.1:" + any.port() + "/reform/sparql", any.endpointUrl());
            assertEquals(200, get(any.endpointUrl() + "?query=" + enc("ASK {}"), "application/sparql-results+json").statusCode());
        } finally {
            any.stop();
        }
        ReformServer localhost = ReformServer.create().dataset(dataset).port(0).host("localhost").build();
        try {
            localhost.start();
            assertEquals("http://localhost:" + localhost.port() + "/reform", localhost.datasetUrl());
        } finally {
            localhost.stop();
        }
    }

    @Test
    void builderAndLifecycleChecks() {
        assertThrows(IllegalStateException.class, () -> ReformServer.create().build());
        assertThrows(IllegalArgumentException.class, () -> ReformServer.create().port(70000));
        assertThrows(IllegalArgumentException.class, () -> ReformServer.create().host(" "));
        assertThrows(IllegalArgumentException.class, () -> ReformServer.create().queryTimeout(Duration.ZERO));
        ReformServer s = ReformServer.create().dataset(dataset).port(0).build();
        assertEquals(0, s.port(), "requested port before start");
        assertFalse(s.isRunning());
        s.stop(); // before start: harmless
        assertThrows(IllegalStateException.class, s::start);
        try (ReformServer t = ReformServer.create().dataset(dataset).port(0).build().start()) {
            assertThrows(IllegalStateException.class, t::start);
        }
    }

    private static void assertUnchanged() throws Exception {
        assertEquals(quadsBefore, quads(), "dataset unchanged");
        HttpResponse<String> ask = get(server.endpointUrl() + "?query=" + enc(
            "ASK { GRAPH ?g { ?s ?p ?o } FILTER(?o IN (\"injected\", \"uploaded\", \"q\")) }"), "application/sparql-results+json");
        assertTrue(ask.body().replace(" ", "").contains("\"boolean\":false"), ask.body());
    }

    private static void assert4xx(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + " must be refused with 4xx, got " + r.statusCode());
    }

}

package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformkg.server.Http.enc;
import static org.reformkg.server.Http.send;
import static org.reformkg.server.Http.withAuth;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkg.cli.Kg;
import org.reformkg.query.SampleData;
import org.reformkg.rdf.Vocab;
import picocli.CommandLine;

/** Updates allowed with a password: SPARQL Update and GSP writes need it, everything else stays open. */
class UpdateAccessTest {

    static final String PASSWORD = "correct horse 电池";
    static final String G = "https://w3id.org/reformkg/source/added.txt";
    static final String INSERT = "INSERT DATA { GRAPH <" + G + "> { <https://w3id.org/reformkg/id/doc-added> "
        + "<http://www.w3.org/2000/01/rdf-schema#label> \"关于深化户籍制度改革的补充意见\" } }";

    static Dataset dataset;
    static ReformServer server;

    @BeforeAll
    static void start() {
        dataset = SampleData.dataset();
        server = ReformServer.create().dataset(dataset).port(0).allowUpdate(PASSWORD).build().start();
        assertTrue(server.updateAllowed());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpRequest.Builder update(String sparql) {
        return HttpRequest.newBuilder(URI.create(server.updateUrl()))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder put(String graph, String turtle) {
        return HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=" + enc(graph)))
            .header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString(turtle, StandardCharsets.UTF_8));
    }

    static boolean ask(String where) {
        HttpResponse<String> r = Http.get(server.endpointUrl() + "?query=" + enc("ASK { " + where + " }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replace(" ", "").contains("\"boolean\":true");
    }

    static void assert401(HttpResponse<String> r, String what) {
        assertEquals(401, r.statusCode(), what);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), what + ": a Basic challenge");
    }

    @Test
    void sparqlUpdateNeedsThePassword() {
        long before = Http.quads(dataset);
        assert401(send(update(INSERT)), "no password");
        assert401(send(withAuth(update(INSERT), ReformServer.UPDATE_USER, "wrong")), "wrong password");
        assert401(send(withAuth(update(INSERT), "root", PASSWORD)), "wrong user");
        assert401(send(HttpRequest.newBuilder(URI.create(server.updateUrl() + "?update=" + enc(INSERT))).GET()), "GET");
        assertEquals(before, Http.quads(dataset), "nothing written");

        HttpResponse<String> ok = send(withAuth(update(INSERT), ReformServer.UPDATE_USER, PASSWORD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertTrue(ask("GRAPH <" + G + "> { ?s ?p \"关于深化户籍制度改革的补充意见\" }"));
        // the full-text index follows writes made through the server
        assertTrue(ask("?s <http://jena.apache.org/text#query> (<http://www.w3.org/2000/01/rdf-schema#label> \"补充意见\") "
            + "FILTER(?s = <https://w3id.org/reformkg/id/doc-added>)"));
        HttpResponse<String> drop = send(withAuth(update("DROP GRAPH <" + G + ">"), ReformServer.UPDATE_USER, PASSWORD));
        assertTrue(drop.statusCode() == 200 || drop.statusCode() == 204, drop.body());
        assertFalse(ask("?s <http://jena.apache.org/text#query> (<http://www.w3.org/2000/01/rdf-schema#label> \"补充意见\")"));
        assertEquals(before, Http.quads(dataset));
    }

    @Test
    void graphStoreWritesNeedThePasswordReadsDoNot() {
        String g = "https://w3id.org/reformkg/source/put.txt";
        String turtle = "<https://w3id.org/reformkg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> \"放入\" .";
        assert401(send(put(g, turtle)), "PUT");
        assert401(send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=" + enc(g)))
            .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle))), "POST");
        assert401(send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=" + enc(SampleData.SOURCE + "sample-a.txt"))).DELETE()), "DELETE");
        assert401(send(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=" + enc(g)))
            .header("Content-Type", "text/turtle").method("PATCH", HttpRequest.BodyPublishers.ofString(turtle))), "PATCH");
        for (String variant : List.of("/reform/data;x=1", "/reform/./data", "/reform/%64ata", "/reform/data/", "/reform//data"))
            assertTrue(Http.status(Http.raw(server.port(), "DELETE", variant + "?graph=" + enc(SampleData.SOURCE + "sample-a.txt"))) >= 400,
                variant);
        assertTrue(ask("GRAPH <" + SampleData.SOURCE + "sample-a.txt> { ?s ?p ?o }"), "sample-a still there");

        // reading needs no password
        assertEquals(200, Http.get(server.graphStoreUrl() + "?graph=" + enc(SampleData.SOURCE + "sample-a.txt"), "text/turtle").statusCode());
        assertEquals(200, Http.get(server.cannedUrl()).statusCode());
        assertEquals(200, Http.get(server.exportUrl() + "?format=dot").statusCode());

        HttpResponse<String> created = send(withAuth(put(g, turtle), ReformServer.UPDATE_USER, PASSWORD));
        assertTrue(created.statusCode() == 200 || created.statusCode() == 201 || created.statusCode() == 204, created.body());
        assertTrue(ask("GRAPH <" + g + "> { ?s ?p \"放入\" }"));
        HttpResponse<String> deleted = send(withAuth(HttpRequest.newBuilder(URI.create(server.graphStoreUrl() + "?graph=" + enc(g))).DELETE(),
            ReformServer.UPDATE_USER, PASSWORD));
        assertTrue(deleted.statusCode() == 200 || deleted.statusCode() == 204, deleted.body());
        assertFalse(ask("GRAPH <" + g + "> { ?s ?p ?o }"));
    }

    @Test
    void theOtherEndpointsStayReadOnly() {
        String turtle = "<urn:example:s> <urn:example:p> \"x\" .";
        for (String base : List.of(server.datasetUrl(), server.datasetUrl() + "/get", server.endpointUrl())) {
            HttpResponse<String> r = send(withAuth(HttpRequest.newBuilder(URI.create(base + "?graph=" + enc("urn:example:g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)), ReformServer.UPDATE_USER, PASSWORD));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, base + ": " + r.statusCode());
            HttpResponse<String> u = send(withAuth(HttpRequest.newBuilder(URI.create(base))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT, StandardCharsets.UTF_8)), ReformServer.UPDATE_USER, PASSWORD));
            assertTrue(u.statusCode() >= 400 && u.statusCode() < 500, base + " update: " + u.statusCode());
        }
        assertFalse(ask("GRAPH <urn:example:g> { ?s ?p ?o }"));
    }

    @Test
    void serviceStaysOffInUpdatesToo() {
        long before = Http.quads(dataset);
        String viaService = "INSERT { GRAPH <" + G + "> { ?s ?p ?o } } WHERE { SERVICE <" + server.endpointUrl() + "> { ?s ?p ?o } }";
        HttpResponse<String> r = send(withAuth(update(viaService), ReformServer.UPDATE_USER, PASSWORD));
        assertTrue(r.statusCode() >= 400, "SERVICE in an update must fail, got " + r.statusCode());
        assertEquals(before, Http.quads(dataset));
    }

    @Test
    void slowUpdatesAreCancelled() {
        Dataset ds = SampleData.dataset();
        long before = Http.quads(ds);
        try (ReformServer slow = ReformServer.create().dataset(ds).port(0).queryTimeout(java.time.Duration.ofMillis(100))
                .allowUpdate(PASSWORD).build().start()) {
            String cross = "INSERT { GRAPH <" + G + "> { ?a ?b ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(withAuth(HttpRequest.newBuilder(URI.create(slow.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(cross, StandardCharsets.UTF_8)), ReformServer.UPDATE_USER, PASSWORD));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(r.statusCode() >= 400, "cancelled, got " + r.statusCode());
            assertTrue(ms < 20_000, "cancelled quickly, took " + ms + " ms");
        }
        assertEquals(before, Http.quads(ds), "nothing written");
    }

    @Test
    void theStoreStaysWritableAfterTheServerStops() {
        Dataset ds = SampleData.dataset();
        ReformServer.create().dataset(ds).port(0).allowUpdate(PASSWORD).build().start().stop();
        var g = NodeFactory.createURI(G);
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(g, g, Vocab.label, NodeFactory.createLiteralString("after")));
        assertTrue(Txn.calculateRead(ds, () -> ds.asDatasetGraph().contains(g, g, Vocab.label, NodeFactory.createLiteralString("after"))));
    }

    @Test
    void builderRefusesABlankPassword() {
        assertThrows(IllegalArgumentException.class, () -> ReformServer.create().allowUpdate(" "));
        assertThrows(NullPointerException.class, () -> ReformServer.create().allowUpdate(null));
    }

    @Test
    void serveRefusesUpdateWithoutPasswordBeforeOpeningTheStore(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        Path empty = tmp.resolve("empty-password");
        try {
            Files.writeString(empty, "\n", java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (List<String> args : List.of(List.of("--update"), List.of("--update", "--password", ""),
                List.of("--password", "x"), List.of("--timeout", "0"), List.of("--max-rows", "0"),
                List.of("--update", "--password-file", tmp.resolve("missing").toString()),
                List.of("--update", "--password-file", empty.toString()),
                List.of("--update", "--password", "x", "--password-file", empty.toString()))) {
            StringWriter err = new StringWriter();
            CommandLine cl = Kg.commandLine();
            cl.setErr(new PrintWriter(err, true));
            List<String> all = new java.util.ArrayList<>(List.of("serve", "--store", store.toString(), "--port", "0"));
            all.addAll(args);
            assertEquals(2, cl.execute(all.toArray(String[]::new)), args.toString());
            String message = err.toString();
            assertTrue(message.startsWith("kg serve: ") && message.strip().lines().count() == 1, args + ": " + message);
            assertFalse(Files.exists(store), args + ": the store was opened");
        }
    }
}

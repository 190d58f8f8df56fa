package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformkg.server.DevTools.E2E;
import static org.reformkg.server.DevTools.assumeChromium;
import static org.reformkg.server.DevTools.classpath;
import static org.reformkg.server.DevTools.click;
import static org.reformkg.server.DevTools.decode;
import static org.reformkg.server.DevTools.jsString;
import static org.reformkg.server.DevTools.obj;
import static org.reformkg.server.DevTools.seeds;
import static org.reformkg.server.DevTools.storeOf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.QueryResult;
import org.reformkg.query.QueryRunner;
import org.reformkg.server.DevTools.Cdp;
import org.reformkg.server.DevTools.Chromium;
import org.reformkg.store.Store;

/**
 * The graph page ({@code /graph/}) end to end: the seeds in an in-memory store, the server on a free
 * port, and Debian's headless Chromium driven over the Chrome DevTools protocol ({@link DevTools}):
 * search for a meeting, click its node in the cytoscape.js canvas and read the evidence in the side
 * panel; run a canned query with a parameter as a table and as a graph; filter by type and year. Without /usr/bin/chromium the browser
 * tests are skipped (an assumption says so); the classpath test always runs. Screenshots are left in
 * {@code target/e2e/graph-page.png} and {@code target/e2e/graph-query.png}, Chromium's output in
 * {@code target/e2e/chromium-*.log}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GraphPageE2ETest {

    static Store store;
    static ReformServer server;
    static String base;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        List<Path> seeds = seeds();
        assertFalse(seeds.isEmpty(), "no seeds/*.txt");
        store = storeOf(seeds);
        server = ReformServer.create().dataset(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Files.createDirectories(E2E);
    }

    @AfterAll
    static void stop() {
        DevTools.stop(server, store);
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    // ------------------------------------------------------------------ served from the classpath

    @Test
    void thePageAndTheBundledCytoscapeAreServedFromTheClasspath() throws Exception {
        byte[] vendor = classpath("reformkg/web/vendor/cytoscape.min.js");
        assertTrue(vendor.length > 100_000, "the build bundles cytoscape.min.js: " + vendor.length + " bytes");
        assertTrue(new String(vendor, 0, 2000, StandardCharsets.UTF_8).contains("Cytoscape Consortium"),
            "vendor/cytoscape.min.js is cytoscape.js (its MIT licence header)");

        Map<String, String> files = Map.of(
            "/graph/", "reformkg/web/index.html",
            "/graph/index.html", "reformkg/web/index.html",
            "/graph/app.js", "reformkg/web/app.js",
            "/graph/style.css", "reformkg/web/style.css",
            "/graph/vendor/cytoscape.min.js", "reformkg/web/vendor/cytoscape.min.js");
        for (var e : files.entrySet()) {
            HttpResponse<byte[]> r = get(e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertArrayEquals(classpath(e.getValue()), r.body(), e.getKey() + " is " + e.getValue());
        }
        String type = get("/graph/").headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/html"), "index.html as HTML: " + type);
        String js = get("/graph/vendor/cytoscape.min.js").headers().firstValue("Content-Type").orElse("");
        assertTrue(js.contains("javascript"), "cytoscape.min.js as JavaScript: " + js);

        String html = new String(get("/graph/").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), "UTF-8 declared for the Chinese text");
        for (String ref : List.of("vendor/cytoscape.min.js", "app.js", "style.css"))
            assertTrue(html.contains(ref), "index.html loads " + ref);
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is loaded from another host");

        assertEquals(404, get("/graph/no-such-file.js").statusCode());
    }

    // ------------------------------------------------------------------ in the browser

    /** Opens /graph (which redirects to /graph/) and waits until the graph is loaded. */
    static Cdp openGraphPage(Chromium chromium) throws Exception {
        Cdp page = chromium.page();
        page.send("Emulation.setDeviceMetricsOverride",
            obj("width", 1600, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        page.send("Page.navigate", obj("url", base + "/graph"));
        String state = page.waitFor("document.body && document.body.dataset.state !== 'loading' ? document.body.dataset.state : null");
        assertEquals("ready", state, () -> "page state; status: " + page.evalString("document.getElementById('status').textContent") + page.problems());
        assertTrue(page.evalString("location.pathname").endsWith("/graph/"));
        return page;
    }

    /** The Cytoscape JSON export is read back by a reader no one here wrote: cytoscape.js itself. */
    @Test
    void theCytoscapeExportLoadsInCytoscapeJs() throws Exception {
        assumeChromium();
        HttpResponse<String> export = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(base + "/reform/export?format=cytoscape")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, export.statusCode());
        JsonValue elements = org.apache.jena.atlas.json.JSON.parseAny(export.body()).getAsObject().get("elements");
        int nodes = 0, edges = 0;
        if (elements.isArray()) {
            for (JsonValue e : elements.getAsArray())
                if (e.getAsObject().get("data").getAsObject().hasKey("source")) edges++; else nodes++;
        } else {
            nodes = elements.getAsObject().get("nodes").getAsArray().size();
            edges = elements.getAsObject().get("edges").getAsArray().size();
        }
        assertTrue(nodes > 50 && edges > 50, "the seeds' graph: " + nodes + " nodes, " + edges + " edges");
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-cytoscape-export.log"))) {
            Cdp page = openGraphPage(chromium);
            JsonArray loaded = page.eval("fetch('/reform/export?format=cytoscape').then(r => r.json()).then(j => {"
                + " const c = cytoscape({headless: true, elements: j.elements});"
                + " return [c.nodes().length, c.edges().length,"
                + "   c.nodes().filter(n => !n.data('label')).length, c.edges().filter(e => !e.source().length || !e.target().length).length]; })")
                .getAsArray();
            assertEquals(nodes, loaded.get(0).getAsNumber().value().intValue(), "nodes cytoscape.js loaded");
            assertEquals(edges, loaded.get(1).getAsNumber().value().intValue(), "edges cytoscape.js loaded");
            // only a meeting the text never names (会议审议通过了… with no name) has no label to keep
            int unnamed = select("SELECT ?m WHERE { ?m a rk:Meeting FILTER NOT EXISTS { ?m rdfs:label ?l } }").size();
            assertEquals(unnamed, loaded.get(2).getAsNumber().value().intValue(), "every named node keeps its label");
            assertEquals(0, loaded.get(3).getAsNumber().value().intValue(), "every edge joins two loaded nodes");
        }
    }

    @Test
    void searchingAMeetingAndClickingItsNodeShowsTheEvidenceSentence() throws Exception {
        assumeChromium();
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-search.log"))) {
            Cdp page = openGraphPage(chromium);
            int nodes = page.evalInt("window.reformkg.cy().nodes().length");
            assertTrue(nodes > 20, "nodes drawn: " + nodes);

            // Type the meeting's name and press Enter, as a person would.
            click(page, "document.getElementById('search')");
            page.send("Input.insertText", obj("text", "第十三次会议"));
            page.key("Enter", 13);
            page.waitFor("document.querySelectorAll('#results button').length > 0 || null");
            String iri = page.evalString("""
                [...document.querySelectorAll('#results button')]
                  .find(b => b.textContent.includes('第十三次会议'))?.dataset.iri ?? null""");
            assertNotNull(iri, () -> "a result named 第十三次会议: " + page.evalString("document.getElementById('results').textContent"));
            assertTrue(iri.startsWith("https://w3id.org/reformkg/id/meeting/"), iri);

            // Click the highlighted node on the canvas.
            JsonObject at = page.eval("window.reformkg.nodePagePosition(" + jsString(iri) + ")").getAsObject();
            page.click(at.get("x").getAsNumber().value().doubleValue(), at.get("y").getAsNumber().value().doubleValue());
            page.waitFor("(document.getElementById('panel').dataset.iri === " + jsString(iri)
                + " && document.getElementById('panel').dataset.state === 'done') || null");
            assertEquals(iri, page.evalString("window.reformkg.cy().$(':selected').id()"), "the clicked node is selected");

            String heading = page.evalString("document.querySelector('#panel h2').textContent");
            assertTrue(heading.contains("第十三次会议"), heading);
            JsonArray groups = page.eval("""
                [...document.querySelectorAll('#panel .evidence-group')].map(g => ({
                  sentence: g.querySelector('.evidence')?.textContent ?? '',
                  meta: g.querySelector('.ev-meta').textContent,
                  facts: [...g.querySelectorAll('.fact')].map(f => f.textContent)
                }))""").getAsArray();
            JsonObject approval = groups.stream().map(JsonValue::getAsObject)
                .filter(g -> g.get("sentence").getAsString().value().contains("审议通过")
                    && g.get("facts").getAsArray().stream().anyMatch(f -> f.getAsString().value().contains("审议通过")))
                .findFirst().orElse(null);
            assertNotNull(approval, () -> "an approval with its evidence sentence in the panel: " + groups);

            // The panel names the source file and the offsets, and they point at that sentence.
            String sentence = approval.get("sentence").getAsString().value();
            String meta = approval.get("meta").getAsString().value();
            var m = java.util.regex.Pattern.compile("source (\\S+\\.txt) · chars (\\d+)–(\\d+)").matcher(meta);
            assertTrue(m.find(), "source and offsets: " + meta);
            String raw = decode(Path.of("seeds", m.group(1))).text();
            String slice = raw.substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            assertEquals(sentence.replaceAll("\\s+", ""), slice.replaceAll("\\s+", ""), "the offsets select the sentence shown");

            // A download link per export format, each answering a file.
            JsonArray links = page.eval("[...document.querySelectorAll('#exports a')].map(a => a.href)").getAsArray();
            List<String> formats = new ArrayList<>();
            for (JsonValue link : links) {
                String href = link.getAsString().value();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(href)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), href);
                assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), href);
                assertTrue(r.body().length > 1000, href + ": " + r.body().length + " bytes");
                formats.add(href.replaceAll(".*format=", ""));
            }
            assertEquals(List.of("graphml", "gexf", "gephi-csv", "cytoscape", "dot", "jsonld", "trig"), formats);

            Path png = E2E.resolve("graph-page.png");
            Files.write(png, page.screenshot());
            assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
            assertEquals("", page.pageErrors(), "no script errors on the page");
        }
    }

    @Test
    void aCannedQueryWithAParameterShowsAsATableAndAsAGraph() throws Exception {
        assumeChromium();
        QueryResult expected = new QueryRunner(store.dataset()).run(CannedQueries.load().get("meetings"), Map.of("year", "2020"));
        assertTrue(expected.size() > 0, "meetings of 2020 in the seeds");
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-canned.log"))) {
            Cdp page = openGraphPage(chromium);

            // The list and the parameter inputs come from the server's canned-query metadata.
            String names = page.evalString("[...document.querySelectorAll('#canned-select option')].map(o => o.value).join(' ')");
            for (String name : CannedQueries.load().names())
                assertTrue((" " + names + " ").contains(" " + name + " "), name + " is offered: " + names);
            page.eval("(() => { const s = document.getElementById('canned-select'); s.value = 'meetings';"
                + " s.dispatchEvent(new Event('change')); return true; })()");
            assertEquals("year by_body in_term", page.evalString(
                "[...document.querySelectorAll('#canned-params input')].map(i => i.dataset.param).join(' ')"));
            assertEquals("number", page.evalString("document.querySelector('#canned-params input[data-param=year]').type"));

            click(page, "document.querySelector('#canned-params input[data-param=year]')");
            page.send("Input.insertText", obj("text", "2020"));
            click(page, "document.getElementById('canned-run')");
            page.waitFor("!document.getElementById('table-box').hidden || null");
            assertEquals(String.join(",", expected.columns()),
                page.evalString("[...document.querySelectorAll('#table th')].map(t => t.textContent).join(',')"));
            JsonArray rows = page.eval("[...document.querySelectorAll('#table tbody tr')].map(r => [...r.cells].map(c => c.textContent))").getAsArray();
            assertEquals(expected.size(), rows.size(), "rows in the table");
            for (int i = 0; i < rows.size(); i++) {
                JsonArray cells = rows.get(i).getAsArray();
                assertEquals(expected.value(i, "name"), cells.get(0).getAsString().value());
                assertTrue(cells.get(4).getAsString().value().startsWith("2020"), "a meeting of 2020: " + cells);
            }

            // The same result as a graph: the meetings (named in the rows) become nodes.
            click(page, "document.querySelector('input[name=canned-view][value=graph]')");
            click(page, "document.getElementById('canned-run')");
            page.waitFor("!document.getElementById('banner').hidden || null");
            String meeting = page.evalString("window.reformkg.state.labelIndex.get('十九届中央全面深化改革委员会第十三次会议')?.[0] ?? null");
            assertNotNull(meeting, "the meeting is a node of the full graph");
            assertTrue(page.evalString("window.reformkg.cy().nodes().map(n => n.id()).join(' ')").contains(meeting),
                "the result graph has the meeting's node");
            int resultNodes = page.evalInt("window.reformkg.cy().nodes().length");
            Files.write(E2E.resolve("graph-query.png"), page.screenshot());

            click(page, "document.getElementById('banner-back')");
            page.waitFor("document.getElementById('banner').hidden || null");
            assertTrue(page.evalInt("window.reformkg.cy().nodes().length") > resultNodes, "back to the full graph");

            // The endpoint link tells where the endpoint is; an analyst's own SPARQL runs on it from the page.
            click(page, "document.getElementById('sparql-link')");
            page.waitFor("!document.getElementById('sparql-help').hidden || null");
            assertEquals(base + "/reform/sparql", page.evalString("document.getElementById('sparql-url').textContent"));
            click(page, "document.getElementById('sparql-here')");
            assertEquals("__sparql", page.evalString("document.getElementById('canned-select').value"));
            click(page, "document.getElementById('sparql-text')");
            page.eval("document.getElementById('sparql-text').value = ''");
            page.send("Input.insertText", obj("text", "SELECT ?name WHERE { ?m a rk:Meeting ; rk:year 2020 ; rdfs:label ?name } ORDER BY ?name"));
            click(page, "document.querySelector('input[name=canned-view][value=table]')");
            click(page, "document.getElementById('canned-run')");
            page.waitFor("document.getElementById('table-title').textContent === 'SPARQL' || null");
            assertEquals("name", page.evalString("[...document.querySelectorAll('#table th')].map(t => t.textContent).join(',')"));
            assertTrue(page.evalString("document.getElementById('table').textContent").contains("十九届中央全面深化改革委员会第十三次会议"));
            assertEquals("", page.pageErrors(), "no script errors on the page");
        }
    }

    @Test
    void theTypeAndYearFiltersHideNodes() throws Exception {
        assumeChromium();
        List<String> meetings2020 = select("SELECT DISTINCT ?m WHERE { ?m a rk:Meeting ; rk:year 2020 } ORDER BY ?m");
        assertFalse(meetings2020.isEmpty());
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-filters.log"))) {
            Cdp page = openGraphPage(chromium);
            String visible = "window.reformkg.cy().nodes().filter(n => n.visible() && n.data('type') === '%s').map(n => n.id()).sort().join(' ')";
            assertFalse(page.evalString(visible.formatted("Person")).isEmpty(), "persons shown at first");
            click(page, "document.querySelector('#type-filters input[value=Person]')");
            // cytoscape.js applies style changes on its next frame: wait for it.
            page.waitUntilEquals("", visible.formatted("Person"), "unticking Person hides the persons");

            click(page, "document.getElementById('year-from')");
            page.send("Input.insertText", obj("text", "2020"));
            click(page, "document.getElementById('year-to')");
            page.send("Input.insertText", obj("text", "2020"));
            click(page, "document.getElementById('year-undated')");
            page.waitUntilEquals(String.join(" ", meetings2020), visible.formatted("Meeting"), "only the meetings of 2020 are shown");
            assertFalse(page.evalString(visible.formatted("Region")).isEmpty(), "regions are not filtered by year");
            assertEquals("", page.pageErrors(), "no script errors on the page");
        }
    }

    /** The first column of a SELECT over the store (prefixes rk: and rdfs:), as text. */
    static List<String> select(String query) {
        String q = "PREFIX rk: <https://w3id.org/reformkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                List<String> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                rs.forEachRemaining(r -> out.add(r.get(var).toString()));
                return out;
            }
        });
    }
}

package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
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
import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.RdfEmitter;
import org.reformkg.store.Store;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;
import org.reformkg.text.UnreadableSourceException;

/**
 * The graph page ({@code /graph/}) end to end: the seeds in an in-memory store, the server on a free
 * port, and Debian's headless Chromium driven over the Chrome DevTools protocol (the JDK's WebSocket
 * client; no driver library, so /usr/bin/chromedriver is not needed): search for a meeting, click its
 * node in the cytoscape.js canvas and read the evidence in the side panel; run a canned query with a
 * parameter as a table and as a graph; filter by type and year. Without /usr/bin/chromium the browser
 * tests are skipped (an assumption says so); the classpath test always runs. Screenshots are left in
 * {@code target/e2e/graph-page.png} and {@code target/e2e/graph-query.png}, Chromium's output in
 * {@code target/e2e/chromium-*.log}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GraphPageE2ETest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path E2E = Path.of("target", "e2e");
    static final Duration WAIT = Duration.ofSeconds(60);

    static Store store;
    static ReformServer server;
    static String base;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        store = Store.inMemory();
        List<Path> seeds = seeds();
        assertFalse(seeds.isEmpty(), "no seeds/*.txt");
        for (Path p : seeds) {
            DecodedText t = decode(p);
            store.replaceGraph(RdfEmitter.graphOf(t.sourceName()), sink -> Pipeline.extract(t, sink));
        }
        server = ReformServer.create().dataset(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Files.createDirectories(E2E);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static DecodedText decode(Path p) {
        try {
            return Decoder.read(p);
        } catch (UnreadableSourceException e) {
            throw new IllegalStateException("seed unreadable: " + p, e);
        }
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] classpath(String name) throws IOException {
        try (InputStream in = GraphPageE2ETest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "not on the classpath: " + name);
            return in.readAllBytes();
        }
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

    static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM),
            "skipped: /usr/bin/chromium is missing (Debian: apt-get install -y chromium fonts-noto-cjk)");
    }

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

    private static void click(Cdp page, String elementExpr) {
        JsonObject r = page.eval("(() => { const b = (" + elementExpr + ").getBoundingClientRect();"
            + " return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()").getAsObject();
        page.click(r.get("x").getAsNumber().value().doubleValue(), r.get("y").getAsNumber().value().doubleValue());
    }

    // ------------------------------------------------------------------ a small DevTools client

    static JsonObject obj(Object... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            String k = (String) kv[i];
            Object v = kv[i + 1];
            if (v instanceof String s) o.put(k, s);
            else if (v instanceof Boolean b) o.put(k, b);
            else if (v instanceof Integer n) o.put(k, n.longValue());
            else if (v instanceof Long n) o.put(k, n);
            else if (v instanceof Double d) o.put(k, org.apache.jena.atlas.json.JsonNumber.value(d));
            else if (v instanceof JsonValue j) o.put(k, j);
            else throw new IllegalArgumentException(k + ": " + v);
        }
        return o;
    }

    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Debian's Chromium, headless, in a new empty profile, with a DevTools port. */
    static final class Chromium implements AutoCloseable {
        private final Process process;
        private final Path profile;
        private final int port;
        private final List<Cdp> pages = new ArrayList<>();

        private Chromium(Process process, Path profile, int port) {
            this.process = process;
            this.profile = profile;
            this.port = port;
        }

        static Chromium launch(Path log) throws IOException, InterruptedException {
            Path profile = Files.createTempDirectory("reformkg-chromium");
            Process p = new ProcessBuilder(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
                "--lang=zh-CN", "--window-size=1600,1000",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
                "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // Chromium writes the port it bound to into the profile.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!(Files.exists(portFile) && Files.size(portFile) > 0)) {
                if (!p.isAlive())
                    throw new IllegalStateException("chromium exited with " + p.exitValue() + "; see " + log);
                if (System.nanoTime() > deadline) {
                    destroy(p);
                    throw new IllegalStateException("chromium did not open its DevTools port; see " + log);
                }
                Thread.sleep(100);
            }
            Thread.sleep(100);
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            return new Chromium(p, profile, port);
        }

        /** The first tab, connected. */
        Cdp page() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                String list = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
                for (JsonValue v : JSON.parseAny(list).getAsArray()) {
                    JsonObject t = v.getAsObject();
                    if ("page".equals(t.get("type").getAsString().value())) {
                        Cdp cdp = Cdp.connect(client, t.get("webSocketDebuggerUrl").getAsString().value());
                        pages.add(cdp);
                        cdp.send("Runtime.enable", new JsonObject());
                        cdp.send("Log.enable", new JsonObject());
                        cdp.send("Page.enable", new JsonObject());
                        return cdp;
                    }
                }
                if (System.nanoTime() > deadline)
                    throw new IllegalStateException("chromium has no page: " + list);
                Thread.sleep(100);
            }
        }

        @Override
        public void close() {
            pages.forEach(Cdp::close);
            destroy(process);
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary profile left behind is harmless
            }
        }

        private static void destroy(Process p) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One DevTools session over a WebSocket: commands by id, events kept for failure messages. */
    static final class Cdp implements WebSocket.Listener {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final List<String> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(HttpClient client, String url) {
            Cdp cdp = new Cdp();
            cdp.socket = client.newWebSocketBuilder().buildAsync(URI.create(url), cdp).join();
            return cdp;
        }

        JsonObject send(String method, JsonObject params) {
            long id = ids.incrementAndGet();
            CompletableFuture<JsonObject> f = new CompletableFuture<>();
            pending.put(id, f);
            JsonObject msg = obj("id", id, "method", method, "params", params);
            synchronized (this) {
                socket.sendText(JSON.toStringFlat(msg), true).join();
            }
            JsonObject reply;
            try {
                reply = f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(method + ": no reply (" + e + ")" + problems());
            } finally {
                pending.remove(id);
            }
            if (reply.hasKey("error"))
                throw new IllegalStateException(method + ": " + JSON.toStringFlat(reply.get("error")));
            return reply.get("result").getAsObject();
        }

        /** Evaluates a JavaScript expression (awaiting a promise) and returns its value. */
        JsonValue eval(String expression) {
            JsonObject r = send("Runtime.evaluate", obj("expression", expression, "returnByValue", true, "awaitPromise", true));
            if (r.hasKey("exceptionDetails"))
                throw new IllegalStateException("script failed: " + JSON.toStringFlat(r.get("exceptionDetails")) + "\n" + expression);
            JsonObject result = r.get("result").getAsObject();
            return result.hasKey("value") ? result.get("value") : null;
        }

        String evalString(String expression) {
            JsonValue v = eval(expression);
            return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : JSON.toStringFlat(v);
        }

        int evalInt(String expression) {
            return eval(expression).getAsNumber().value().intValue();
        }

        /** Polls an expression until it is neither null nor false; returns it as text. */
        String waitFor(String expression) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonValue v;
                try {
                    v = eval(expression);
                } catch (IllegalStateException e) {
                    v = null; // the page is navigating
                }
                if (v != null && !v.isNull() && !(v.isBoolean() && !v.getAsBoolean().value()))
                    return v.isString() ? v.getAsString().value() : JSON.toStringFlat(v);
                Thread.sleep(100);
            }
            fail("timed out waiting for: " + expression + problems());
            return null;
        }

        /** Polls an expression until its value, as text, is {@code expected}; fails with the last value. */
        void waitUntilEquals(String expected, String expression, String message) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String last = evalString(expression);
            while (!expected.equals(last) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                last = evalString(expression);
            }
            assertEquals(expected, last, message);
        }

        void click(double x, double y) {
            send("Input.dispatchMouseEvent", obj("type", "mouseMoved", "x", x, "y", y));
            send("Input.dispatchMouseEvent", obj("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
            send("Input.dispatchMouseEvent", obj("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
        }

        void key(String key, int code) {
            send("Input.dispatchKeyEvent", obj("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", code, "text", "\r"));
            send("Input.dispatchKeyEvent", obj("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", code));
        }

        byte[] screenshot() {
            String data = send("Page.captureScreenshot", obj("format", "png")).get("data").getAsString().value();
            return Base64.getDecoder().decode(data);
        }

        /** Uncaught script errors seen on the page. */
        String pageErrors() {
            return String.join("\n", errors);
        }

        /** What the page said went wrong, for failure messages. */
        String problems() {
            return errors.isEmpty() && messages.isEmpty() ? ""
                : "\npage errors: " + errors + "\nconsole and log: " + messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                handle(JSON.parse(text));
            }
            ws.request(1);
            return null;
        }

        private void handle(JsonObject msg) {
            if (msg.hasKey("id")) {
                CompletableFuture<JsonObject> f = pending.get(msg.get("id").getAsNumber().value().longValue());
                if (f != null)
                    f.complete(msg);
                return;
            }
            String method = msg.get("method").getAsString().value();
            JsonObject params = msg.get("params").getAsObject();
            switch (method) {
                case "Runtime.exceptionThrown" -> {
                    JsonObject d = params.get("exceptionDetails").getAsObject();
                    String text = d.hasKey("exception") && d.get("exception").getAsObject().hasKey("description")
                        ? d.get("exception").getAsObject().get("description").getAsString().value()
                        : d.get("text").getAsString().value();
                    errors.add(text);
                }
                case "Runtime.consoleAPICalled" -> messages.add(params.get("type").getAsString().value() + ": "
                    + JSON.toStringFlat(params.get("args")));
                case "Log.entryAdded" -> {
                    JsonObject e = params.get("entry").getAsObject();
                    messages.add(e.get("level").getAsString().value() + ": " + e.get("text").getAsString().value()
                        + (e.hasKey("url") ? " " + e.get("url").getAsString().value() : ""));
                }
                default -> { }
            }
        }

        void close() {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}

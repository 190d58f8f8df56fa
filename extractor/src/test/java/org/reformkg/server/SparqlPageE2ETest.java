package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reformkg.server.DevTools.E2E;
import static org.reformkg.server.DevTools.assumeChromium;
import static org.reformkg.server.DevTools.classpath;
import static org.reformkg.server.DevTools.click;
import static org.reformkg.server.DevTools.jsString;
import static org.reformkg.server.DevTools.obj;
import static org.reformkg.server.DevTools.storeOf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reformkg.server.DevTools.Cdp;
import org.reformkg.server.DevTools.Chromium;
import org.reformkg.store.Store;

/**
 * The SPARQL editor page ({@code /graph/sparql.html}, YASGUI bundled from npm at build time) end to
 * end: one seed text in an in-memory store, the server on a free port, headless Chromium over the
 * DevTools protocol ({@link DevTools}). The page opens with the example query on this server's
 * endpoint; clicking YASQE's run button fills the results table with the meetings the store holds,
 * and no request leaves 127.0.0.1. A tab left in localStorage with another endpoint is set back to
 * this server's on reload. Without /usr/bin/chromium the browser tests are skipped; the classpath
 * test always runs. Screenshot: {@code target/e2e/sparql-page.png}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SparqlPageE2ETest {

    /** The seed with the approvals of the 13th meeting of the 19th Central Committee for Deepening Reform. */
    static final Path SEED = Path.of("seeds", "000_d70b88ea89183d9c.txt");
    static final String MEETING = "十九届中央全面深化改革委员会第十三次会议";

    static Store store;
    static ReformServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        store = storeOf(List.of(SEED));
        server = ReformServer.create().dataset(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
        Files.createDirectories(E2E);
    }

    @AfterAll
    static void stop() {
        DevTools.stop(server, store);
    }

    // ------------------------------------------------------------------ served from the classpath

    @Test
    void theEditorPageAndTheBundledYasguiAreServedFromTheClasspath() throws Exception {
        byte[] js = classpath("reformkg/web/vendor/yasgui.min.js");
        assertTrue(js.length > 500_000, "the build bundles yasgui.min.js: " + js.length + " bytes");
        assertTrue(new String(js, StandardCharsets.UTF_8).contains("_Yasgui.Yasqe=Yasqe"), "vendor/yasgui.min.js is YASGUI");
        assertTrue(classpath("reformkg/web/vendor/yasgui.min.css").length > 10_000, "the build bundles yasgui.min.css");
        assertNull(getClass().getClassLoader().getResource("reformkg/web/vendor/yasgui.min.js.map"), "no source maps in the jar");

        for (String file : List.of("sparql.html", "sparql.js", "sparql.css", "vendor/yasgui.min.js", "vendor/yasgui.min.css")) {
            HttpResponse<byte[]> r = Http.getBytes(base + "/graph/" + file);
            assertEquals(200, r.statusCode(), file);
            assertArrayEquals(classpath("reformkg/web/" + file), r.body(), file);
        }
        String html = new String(classpath("reformkg/web/sparql.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), "UTF-8 declared for the Chinese text");
        for (String ref : List.of("vendor/yasgui.min.js", "vendor/yasgui.min.css", "sparql.js", "style.css", "href=\"./\""))
            assertTrue(html.contains(ref), "sparql.html refers to " + ref);
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is loaded from another host");
        String index = new String(classpath("reformkg/web/index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("href=\"sparql.html\""), "the graph page links to the editor");
    }

    // ------------------------------------------------------------------ in the browser

    /** Opens the editor page and waits until YASGUI is set up. */
    static Cdp openEditor(Chromium chromium) throws Exception {
        Cdp page = chromium.page();
        page.send("Emulation.setDeviceMetricsOverride",
            obj("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        page.send("Page.navigate", obj("url", base + "/graph/sparql.html"));
        awaitReady(page);
        return page;
    }

    static void awaitReady(Cdp page) throws InterruptedException {
        String state = page.waitFor("document.readyState === 'complete' && document.body.dataset.state !== 'loading'"
            + " ? document.body.dataset.state : null");
        assertEquals("ready", state, () -> "page state" + page.problems());
    }

    @Test
    void thePrefilledQueryRunsOnThisServerAndListsTheMeetings() throws Exception {
        assumeChromium();
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-sparql.log"))) {
            Cdp page = openEditor(chromium);

            // One tab, on this server's endpoint, holding the example query.
            assertEquals(1, page.evalInt("Object.keys(window.reformkg.yasgui._tabs).length"));
            assertEquals(base + "/reform/sparql", page.evalString("window.reformkg.yasgui.getTab().getEndpoint()"));
            assertEquals(base + "/reform/sparql", page.evalString("document.getElementById('endpoint-url').textContent"));
            String query = page.evalString("window.reformkg.yasgui.getTab().getYasqe().getValue()");
            assertEquals(page.evalString("window.reformkg.example"), query);
            for (String prefix : List.of("rk: <https://w3id.org/reformkg/ontology#>", "rdfs:", "oa:", "prov:", "dcterms:",
                    "text: <http://jena.apache.org/text#>"))
                assertTrue(query.contains("PREFIX " + prefix), "the example declares " + prefix);
            assertEquals("prefixes variables",
                page.evalString("Object.keys(window.reformkg.yasgui.getTab().getYasqe().autocompleters).sort().join(' ')"),
                "only the completers that need no other host");
            assertEquals(base + "/graph/", page.evalString("document.getElementById('graph-link').href"), "the link back");

            // Run it as a person would: YASQE's run button.
            List<Map<String, String>> expected = select(query);
            assertFalse(expected.isEmpty(), "the seed has meetings with approvals");
            assertTrue(expected.size() < 50, "one page of the results table: " + expected.size());
            click(page, "document.querySelector('.yasqe_queryButton')");
            page.waitFor("[...document.querySelectorAll('.yasr_results table tbody tr')]"
                + ".some(r => r.textContent.includes(" + jsString(MEETING) + ")) || null");

            JsonArray rows = page.eval("[...document.querySelectorAll('.yasr_results table tbody tr')]"
                + ".map(r => r.textContent)").getAsArray();
            assertEquals(expected.size(), rows.size(), () -> "rows in the table: " + rows);
            List<String> shown = rows.stream().map(r -> r.getAsString().value()).toList();
            for (Map<String, String> row : expected)
                assertTrue(shown.stream().anyMatch(r -> r.contains(row.get("meeting")) && r.contains(row.get("document"))),
                    () -> "a row with " + row + " in " + shown);
            String headers = page.evalString("[...document.querySelectorAll('.yasr_results table thead th')]"
                + ".map(t => t.textContent.trim()).join(' ')");
            for (String column : List.of("meeting", "date", "document", "sentence", "file"))
                assertTrue(headers.contains(column), column + " in " + headers);

            Path png = E2E.resolve("sparql-page.png");
            Files.write(png, page.screenshot());
            assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);

            // Every request went to this server: the page, the bundle, the query.
            List<String> requests = page.requests();
            assertTrue(requests.contains(base + "/reform/sparql"), () -> "the query went to this server: " + requests);
            for (String url : requests)
                assertTrue(url.startsWith("data:") || url.startsWith("blob:") || "127.0.0.1".equals(URI.create(url).getHost()),
                    () -> "a request left 127.0.0.1: " + url + " (all: " + requests + ")");
            JsonArray loaded = page.eval("performance.getEntries().map(e => e.name).filter(n => /^https?:/.test(n))").getAsArray();
            for (JsonValue url : loaded)
                assertEquals("127.0.0.1", URI.create(url.getAsString().value()).getHost(), "performance entry " + url);
            assertEquals("", page.pageErrors(), "no script errors on the page");
        }
    }

    @Test
    void tabsKeptInTheBrowserQueryThisServerAfterAReload() throws Exception {
        assumeChromium();
        try (Chromium chromium = Chromium.launch(E2E.resolve("chromium-sparql-stale.log"))) {
            Cdp page = openEditor(chromium);
            // What an earlier visit (or another server on this origin) may have left in localStorage.
            page.eval("window.reformkg.yasgui.getTab().setEndpoint('http://192.0.2.1/sparql') && true");
            assertEquals("http://192.0.2.1/sparql", page.evalString("window.reformkg.yasgui.getTab().getEndpoint()"));
            assertTrue(page.evalString("JSON.stringify(localStorage)").contains("192.0.2.1"), "the tab is persisted");

            page.eval("window.beforeReload = true");
            page.send("Page.reload", obj("ignoreCache", true));
            page.waitFor("window.beforeReload ? null : true");
            awaitReady(page);
            assertEquals(1, page.evalInt("Object.keys(window.reformkg.yasgui._tabs).length"), "the kept tab, no new one");
            assertEquals(base + "/reform/sparql", page.evalString("window.reformkg.yasgui.getTab().getEndpoint()"));
            assertFalse(page.evalString("JSON.stringify(localStorage)").contains("192.0.2.1"), "nor in storage");

            // A new tab queries this server too; "Example query" goes back to the example's tab.
            String active = "document.querySelector('.tabsList .tab.active').textContent";
            click(page, "document.querySelector('.tabsList .addTab')");
            assertEquals(2, page.evalInt("Object.keys(window.reformkg.yasgui._tabs).length"));
            assertEquals(base + "/reform/sparql", page.evalString("window.reformkg.yasgui.getTab().getEndpoint()"));
            assertFalse(page.evalString(active).contains("Meetings"), "the new tab is the active one");
            click(page, "document.getElementById('example')");
            assertTrue(page.evalString(active).contains("Meetings and approvals"), page.evalString(active));
            assertEquals(page.evalString("window.reformkg.example"), page.evalString("window.reformkg.yasgui.getTab().getYasqe().getValue()"));
            assertEquals(2, page.evalInt("Object.keys(window.reformkg.yasgui._tabs).length"), "no third tab");

            for (String url : page.requests())
                assertFalse(url.contains("192.0.2.1"), url);
            assertEquals("", page.pageErrors(), "no script errors on the page");
        }
    }

    /** The rows of a SELECT over the store, each variable to its value as text (literals by their form). */
    static List<Map<String, String>> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<Map<String, String>> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v,
                        s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    out.add(row);
                }
                return out;
            }
        });
    }
}

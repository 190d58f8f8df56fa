package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.RdfEmitter;
import org.reformkg.store.Store;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;
import org.reformkg.text.UnreadableSourceException;

/**
 * What the browser tests of the web pages share ({@link GraphPageE2ETest}, {@link SparqlPageE2ETest}):
 * a store of seed texts, Debian's headless Chromium ({@code /usr/bin/chromium}) and a small client of
 * the Chrome DevTools protocol over the JDK's WebSocket (no driver library, so
 * {@code /usr/bin/chromedriver} is not needed). Screenshots and Chromium's output go to
 * {@code target/e2e/}.
 */
final class DevTools {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path E2E = Path.of("target", "e2e");
    static final Duration WAIT = Duration.ofSeconds(60);

    private DevTools() {}

    // ------------------------------------------------------------------ the seeds

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

    /** An in-memory store holding the extraction of these texts, one named graph each. */
    static Store storeOf(List<Path> texts) {
        Store store = Store.inMemory();
        for (Path p : texts) {
            DecodedText t = decode(p);
            store.replaceGraph(RdfEmitter.graphOf(t.sourceName()), sink -> Pipeline.extract(t, sink));
        }
        return store;
    }

    /** Stops the server and closes the store, those that were started. */
    static void stop(ReformServer server, Store store) {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    /** The bytes of a classpath resource (a file of the web folder, as the build left it). */
    static byte[] classpath(String name) throws IOException {
        try (InputStream in = DevTools.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "not on the classpath: " + name);
            return in.readAllBytes();
        }
    }

    // ------------------------------------------------------------------ the browser

    static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM),
            "skipped: /usr/bin/chromium is missing (Debian: apt-get install -y chromium fonts-noto-cjk)");
    }

    /** Clicks the middle of the element an expression names, as a mouse would. */
    static void click(Cdp page, String elementExpr) {
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
                        cdp.send("Network.enable", new JsonObject());
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

    /**
     * One DevTools session over a WebSocket: commands by id; script errors and console output kept
     * for failure messages, and the URL of every request the page made.
     */
    static final class Cdp implements WebSocket.Listener {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final List<String> messages = new CopyOnWriteArrayList<>();
        private final List<String> requests = new CopyOnWriteArrayList<>();
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

        /** The URLs of the requests the page (and its scripts) made so far, in order. */
        List<String> requests() {
            return List.copyOf(requests);
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
                case "Network.requestWillBeSent" -> requests.add(params.get("request").getAsObject().get("url").getAsString().value());
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

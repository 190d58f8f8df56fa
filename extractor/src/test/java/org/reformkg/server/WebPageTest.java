package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkg.query.SampleData;

/** The graph page folder at /graph/: files from the classpath, nothing else. */
class WebPageTest {

    static final String FIXTURE = "server/web/";
    static final String SECRET = "SECRET-OUTSIDE-THE-WEB-FOLDER";

    static ReformServer server;

    @BeforeAll
    static void start() {
        server = ReformServer.create().dataset(SampleData.dataset()).port(0).webFolder(FIXTURE).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = WebPageTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Test
    void servesTheFilesWithTheirTypes() throws IOException {
        String page = server.graphPageUrl();
        assertEquals("http://127.0.0.1:" + server.port() + "/graph/", page);
        record File(String path, String resource, String type) {}
        for (File f : List.of(new File("", "index.html", "text/html; charset=utf-8"),
                new File("index.html", "index.html", "text/html; charset=utf-8"),
                new File("app.js", "app.js", "text/javascript; charset=utf-8"),
                new File("style.css", "style.css", "text/css; charset=utf-8"),
                new File("vendor/lib.js", "vendor/lib.js", "text/javascript; charset=utf-8"))) {
            HttpResponse<byte[]> r = Http.getBytes(page + f.path());
            assertEquals(200, r.statusCode(), f.path());
            assertArrayEquals(resource(FIXTURE + f.resource()), r.body(), f.path());
            Http.assertContentType(f.type(), r, f.path());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertTrue(new String(Http.getBytes(page).body(), StandardCharsets.UTF_8).contains("测试页"), "UTF-8 page");
    }

    @Test
    void graphWithoutSlashRedirects() {
        HttpResponse<String> r = Http.get("http://127.0.0.1:" + server.port() + "/graph");
        assertEquals(301, r.statusCode());
        assertEquals("/graph/", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void missingFilesFoldersAndOddNamesAre404() {
        for (String path : List.of("nosuch.html", "vendor/", "vendor", "vendor/nosuch.js", ".hidden.js", "app.js/",
                "README", "index.html.bak", "app.JS.exe")) {
            HttpResponse<String> r = Http.get(server.graphPageUrl() + path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("app.js") && r.body().contains("index.html"), "no listing for " + path);
        }
    }

    @Test
    void noPathTraversal() throws IOException {
        assertTrue(new String(resource("server/secret.txt"), StandardCharsets.UTF_8).contains(SECRET), "the bait is on the classpath");
        for (String target : List.of(
                "/graph/../secret.txt", "/graph/%2e%2e/secret.txt", "/graph/%2E%2E/secret.txt", "/graph/.%2e/secret.txt",
                "/graph/vendor/../../secret.txt", "/graph/vendor/%2e%2e/%2e%2e/secret.txt", "/graph/..%2fsecret.txt",
                "/graph/..%2Fsecret.txt", "/graph/..\\secret.txt", "/graph/..%5csecret.txt", "/graph/%5c..%5csecret.txt",
                "/graph/%252e%252e/secret.txt", "/graph//../secret.txt", "/graph/./../secret.txt", "/graph/..;/secret.txt",
                "/graph/%2e%2e;/secret.txt", "/graph/../../server/secret.txt", "/graph/%c0%ae%c0%ae/secret.txt",
                "/graph/secret.txt%00.html", "/graph/../web/../secret.txt", "/graph/..", "/graph/../",
                "/graph/../../../../../../etc/passwd", "/graph/file:/etc/passwd", "/graph/%2fetc%2fpasswd")) {
            String response = Http.raw(server.port(), "GET", target);
            int status = Http.status(response);
            assertNotEquals(200, status, target + " answered " + response);
            assertFalse(response.contains(SECRET), target + " leaked the file");
            assertFalse(response.contains("root:"), target + " leaked /etc/passwd");
        }
    }

    @Test
    void onlyPlainPathsAreLookedUp() throws IOException {
        // a class loader over a folder resolves "..": the servlet must never ask it such a name
        WebFolderServlet web = new WebFolderServlet(FIXTURE);
        assertArrayEquals(resource(FIXTURE + "index.html"), web.file("index.html"));
        assertNotNull(resource(FIXTURE + "../secret.txt"), "the class loader itself would resolve it");
        for (String path : List.of("../secret.txt", "vendor/../../secret.txt", "./index.html", "vendor//lib.js", "vendor",
                "vendor/", "", "..", ".hidden.js", "vendor\\lib.js", "%2e%2e/secret.txt", "app.js\u0000"))
            assertNull(web.file(path), path);
    }

    @Test
    void readOnly() {
        for (String method : List.of("POST", "PUT", "DELETE", "TRACE")) {
            String response = Http.raw(server.port(), method, "/graph/index.html");
            assertEquals(405, Http.status(response), method);
        }
        assertEquals(200, Http.status(Http.raw(server.port(), "HEAD", "/graph/app.js")));
    }

    @Test
    void theDefaultFolderIsReformkgWebOnTheClasspath() throws IOException {
        try (ReformServer dflt = ReformServer.create().dataset(SampleData.dataset()).port(0).build().start()) {
            byte[] index = resource(ReformServer.WEB_FOLDER + "index.html");
            HttpResponse<byte[]> r = Http.getBytes(dflt.graphPageUrl());
            if (index == null) {
                assertEquals(404, r.statusCode(), "no page built: nothing to serve");
            } else {
                assertEquals(200, r.statusCode());
                assertArrayEquals(index, r.body());
            }
            assertEquals(404, Http.getBytes(dflt.graphPageUrl() + "secret.txt").statusCode());
        }
    }

    @Test
    void worksFromAJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("page.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("site/", "site/web/", "site/web/vendor/", "site/web/vendor.js/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            entry(out, "site/web/index.html", "<p>页</p>");
            entry(out, "site/web/vendor/cytoscape.min.js", "var cy;");
            entry(out, "site/secret.txt", SECRET);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            WebFolderServlet web = new WebFolderServlet("site/web", loader);
            assertArrayEquals("<p>页</p>".getBytes(StandardCharsets.UTF_8), web.file("index.html"));
            assertArrayEquals("var cy;".getBytes(StandardCharsets.UTF_8), web.file("vendor/cytoscape.min.js"));
            assertNull(web.file("vendor.js"), "a folder entry, even with a served extension");
            assertNull(web.file("vendor"));
            assertNull(web.file("../secret.txt"));
            assertNull(web.file("nosuch.js"));
        }
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

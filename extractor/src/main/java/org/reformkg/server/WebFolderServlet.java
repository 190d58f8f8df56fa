package org.reformkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves a folder of the classpath (the graph page, {@code reformkg/web/}) read-only, so that it
 * works the same from {@code target/classes} and from the jar.
 *
 * <p>Mounted at {@code /graph/*}: {@code /graph} redirects to {@code /graph/} (so the page's
 * relative links resolve under it), {@code /graph/} is {@code index.html}, {@code /graph/PATH} is
 * the file {@code PATH} of the folder. Only regular files whose every path segment is made of
 * letters, digits, {@code . _ -} (not starting with a dot) and whose extension has a known type
 * are served; everything else — folders (no listing), hidden files, {@code ..} and {@code .}
 * segments, backslashes, unknown types — is a 404. Answers carry {@code nosniff} and
 * {@code no-cache} (revalidate, so a rebuilt page is seen at once).
 */
final class WebFolderServlet extends GetServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("mjs", "text/javascript; charset=utf-8"),
        Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("json", "application/json; charset=utf-8"),
        Map.entry("map", "application/json; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("svg", "image/svg+xml"),
        Map.entry("png", "image/png"),
        Map.entry("ico", "image/x-icon"),
        Map.entry("woff2", "font/woff2"));

    private final String folder;
    private final transient ClassLoader loader;

    /** @param folder the classpath folder, e.g. {@code reformkg/web/} (a trailing slash is added if missing) */
    WebFolderServlet(String folder) {
        this(folder, WebFolderServlet.class.getClassLoader());
    }

    /** The folder as {@code loader} sees it. */
    WebFolderServlet(String folder, ClassLoader loader) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.loader = loader;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        byte[] content = file(file);
        if (content == null)
            throw new HttpError(HttpServletResponse.SC_NOT_FOUND, "not found: " + printable(path));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(TYPES.get(extension(file)));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(content.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(content);
        }
    }

    /**
     * The content of a file of the folder, or {@code null} when it is not served: a path that is
     * not plain segments, an unknown type, a folder, or nothing there.
     *
     * @param file the path relative to the folder, e.g. {@code vendor/cytoscape.min.js}
     */
    byte[] file(String file) throws IOException {
        for (String segment : file.split("/", -1))
            if (!SEGMENT.matcher(segment).matches())
                return null;
        return TYPES.containsKey(extension(file)) ? read(folder + file) : null;
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The bytes of a classpath resource that is a regular file, or {@code null}. */
    private byte[] read(String resource) throws IOException {
        URL url = loader.getResource(resource);
        if (url == null || !isRegularFile(url))
            return null;
        URLConnection conn = url.openConnection();
        // not cached: a cached jar would stay open for the JVM's life
        conn.setUseCaches(false);
        try (InputStream in = conn.getInputStream()) {
            return in.readAllBytes();
        }
    }

    // A folder is a resource too (a file: URL of a folder even reads as a listing): refuse it.
    private static boolean isRegularFile(URL url) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> {
                try {
                    return Files.isRegularFile(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return false;
                }
            }
            case "jar" -> {
                URLConnection conn = url.openConnection();
                conn.setUseCaches(false);
                if (!(conn instanceof JarURLConnection jar))
                    return false;
                var entry = jar.getJarEntry();
                boolean file = entry != null && !entry.isDirectory();
                jar.getJarFile().close();
                return file;
            }
            default -> {
                return false;
            }
        }
    }
}

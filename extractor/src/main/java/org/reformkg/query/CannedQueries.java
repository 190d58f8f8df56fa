package org.reformkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The canned queries shipped on the classpath under {@value #RESOURCE_DIR}, sorted by name.
 *
 * <p>The folder is listed through the URL the class loader gives for it, so this works both
 * when the classes are a directory ({@code file:}) and when they are packaged in a jar
 * ({@code jar:}); nothing is read relative to the working directory. Files are read as UTF-8.
 * If several classpath entries hold a query of the same name, the first in classpath order wins.
 */
public final class CannedQueries {

    /** Classpath folder holding the {@code .rq} files (the project's {@code queries/}). */
    public static final String RESOURCE_DIR = "reformkg/queries";

    private final Map<String, CannedQuery> byName;

    private CannedQueries(Map<String, CannedQuery> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /**
     * Loads every {@code .rq} file from {@value #RESOURCE_DIR} through this class's class loader.
     *
     * @throws CannedQueryException if the folder is not on the classpath or a file is malformed
     */
    public static CannedQueries load() {
        return load(CannedQueries.class.getClassLoader());
    }

    /**
     * Loads every {@code .rq} file from {@value #RESOURCE_DIR} through the given class loader.
     *
     * @param loader where to look
     * @throws CannedQueryException if the folder is not found or a file is malformed
     */
    public static CannedQueries load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Set<URL> dirs = new LinkedHashSet<>();
        try {
            // A jar built without directory entries only answers the name with a trailing slash.
            addAll(dirs, loader.getResources(RESOURCE_DIR));
            addAll(dirs, loader.getResources(RESOURCE_DIR + "/"));
        } catch (IOException ex) {
            throw new CannedQueryException("cannot list " + RESOURCE_DIR + " on the classpath: " + ex.getMessage(), ex);
        }
        if (dirs.isEmpty())
            dirs.addAll(jarsWithoutFolderEntries(loader));
        if (dirs.isEmpty())
            throw new CannedQueryException("no canned queries: " + RESOURCE_DIR + " is not on the classpath");
        // file names in classpath order of the folders; a name seen first wins
        Map<String, URL> files = new TreeMap<>();
        for (URL dir : dirs) {
            for (String file : list(dir)) {
                String name = file.substring(0, file.length() - ".rq".length());
                if (!files.containsKey(name)) {
                    URL url = loader.getResource(RESOURCE_DIR + "/" + file);
                    if (url != null)
                        files.put(name, url);
                }
            }
        }
        Map<String, CannedQuery> queries = new TreeMap<>();
        for (Map.Entry<String, URL> e : files.entrySet()) {
            String name = e.getKey();
            queries.put(name, CannedQuery.parse(name, "queries/" + name + ".rq", read(e.getValue(), name)));
        }
        return new CannedQueries(queries);
    }

    /** All queries, sorted by name. */
    public List<CannedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The names of all queries, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Whether a query of this name exists. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * The query of this name.
     *
     * @throws UnknownQueryException (an {@link IllegalArgumentException}) listing the known names
     */
    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q == null)
            throw new UnknownQueryException(String.valueOf(name), names());
        return q;
    }

    private static void addAll(Set<URL> into, Enumeration<URL> urls) {
        while (urls.hasMoreElements())
            into.add(urls.nextElement());
    }

    /**
     * Jars that hold queries but no entry for the folder itself, which class loaders then
     * cannot find: the jar of this class and, for a {@link URLClassLoader}, its jars.
     */
    private static List<URL> jarsWithoutFolderEntries(ClassLoader loader) {
        Set<URL> roots = new LinkedHashSet<>();
        if (loader instanceof URLClassLoader ucl)
            roots.addAll(List.of(ucl.getURLs()));
        if (loader == CannedQueries.class.getClassLoader()) {
            CodeSource cs = CannedQueries.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null)
                roots.add(cs.getLocation());
        }
        List<URL> found = new ArrayList<>();
        for (URL root : roots) {
            if (!"file".equals(root.getProtocol()) || !root.getPath().endsWith(".jar"))
                continue;
            try {
                URL dir = new URL("jar:" + root + "!/" + RESOURCE_DIR + "/");
                if (!list(dir).isEmpty())
                    found.add(dir);
            } catch (MalformedURLException | CannedQueryException ex) {
                // not a readable jar: nothing to find there
            }
        }
        return found;
    }

    /** File names ending in .rq directly inside the folder at {@code dir}. */
    private static Set<String> list(URL dir) {
        Set<String> names = new TreeSet<>();
        try {
            switch (dir.getProtocol()) {
                case "file" -> {
                    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
                        s.filter(Files::isRegularFile)
                         .map(p -> p.getFileName().toString())
                         .filter(n -> n.endsWith(".rq"))
                         .forEach(names::add);
                    }
                }
                case "jar" -> {
                    // Open the jar itself (jar:...!/): the folder may have no entry of its own.
                    String spec = dir.toString();
                    int bang = spec.indexOf("!/");
                    if (bang < 0)
                        throw new CannedQueryException("cannot list " + dir + ": not a jar URL");
                    URLConnection conn = new URL(spec.substring(0, bang + 2)).openConnection();
                    if (!(conn instanceof JarURLConnection jarConn))
                        throw new CannedQueryException("cannot list " + dir + ": not a jar connection");
                    // Not cached: a cached JarFile would stay open (and locked on Windows) for the JVM's life.
                    jarConn.setUseCaches(false);
                    try (JarFile jar = jarConn.getJarFile()) {
                        String prefix = RESOURCE_DIR + "/";
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String n = entry.getName();
                            if (!entry.isDirectory() && n.startsWith(prefix) && n.endsWith(".rq")
                                    && n.indexOf('/', prefix.length()) < 0)
                                names.add(n.substring(prefix.length()));
                        }
                    }
                }
                default -> throw new CannedQueryException("cannot list canned queries at " + dir
                    + ": unsupported URL protocol '" + dir.getProtocol() + "' (file: and jar: are)");
            }
        } catch (IOException ex) {
            throw new CannedQueryException("cannot list canned queries at " + dir + ": " + ex.getMessage(), ex);
        } catch (URISyntaxException ex) {
            throw new CannedQueryException("cannot list canned queries at " + dir + ": " + ex.getMessage(), ex);
        }
        return names;
    }

    private static String read(URL url, String name) {
        try {
            URLConnection conn = url.openConnection();
            conn.setUseCaches(false);
            try (InputStream in = conn.getInputStream()) {
                // Strict: a file saved in GBK must fail loudly, not turn into U+FFFD.
                return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            }
        } catch (CharacterCodingException ex) {
            throw new CannedQueryException("queries/" + name + ".rq: not valid UTF-8", ex);
        } catch (IOException ex) {
            throw new CannedQueryException("queries/" + name + ".rq: cannot read: " + ex.getMessage(),
                new UncheckedIOException(ex));
        }
    }

    @Override
    public String toString() {
        return "CannedQueries" + new ArrayList<>(byName.keySet());
    }
}

package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped query file, and loading query files from directories and jars. */
class CannedQueriesTest {

    /** The public column contract of each shipped query (extra columns may follow). */
    static final Map<String, List<String>> CONTRACT = Map.of(
        "meetings", List.of("name", "body", "term", "ordinal", "date", "chair"),
        "approvals", List.of("meeting_name", "meeting_body", "meeting_term", "meeting_ordinal", "meeting_date", "title"),
        "documents", List.of("title", "kind", "issuer"),
        "regions", List.of("name", "canonical", "level", "parent", "code"),
        "programs", List.of("name", "region"),
        "evidence", List.of("subject", "predicate", "object", "sentence", "source", "start", "end", "rule", "confidence"));

    static Dataset sample;

    @BeforeAll
    static void loadSample() {
        sample = SampleData.dataset();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedQuery() {
        QueryRunner runner = new QueryRunner(sample);
        return CannedQueries.load().all().stream().map(q -> dynamicTest(q.name(), () -> {
            assertFalse(q.title().isBlank(), "title");
            assertFalse(q.description().isBlank(), "description");
            // the SPARQL parses on its own, as standard SPARQL 1.1, and projects exactly the columns
            Query parsed = QueryFactory.create(q.sparql(), Syntax.syntaxSPARQL_11);
            assertTrue(parsed.isSelectType(), "SELECT query");
            assertEquals(q.columns(), parsed.getProjectVars().stream().map(Var::getVarName).toList(),
                "# columns: must equal the SELECT variables in order");
            assertTrue(parsed.hasOrderBy(), "results are ordered (ORDER BY)");
            for (Param p : q.params())
                assertFalse(q.columns().contains(p.name()), "param " + p.name() + " is not a column");
            // the file re-parses to the same record
            assertEquals(q, CannedQuery.parse(q.name(), headerAndBody(q)));
            // it runs on the sample and gives rows
            QueryResult r = runner.run(q, SampleData.requiredParams(q));
            assertEquals(q.columns(), r.columns());
            assertTrue(r.size() > 0, q.name() + " gives rows on the sample");
            // every optional parameter can be bound to a harmless value and the query still runs
            for (Param p : q.params()) {
                if (p.required())
                    continue;
                Map<String, String> params = new java.util.HashMap<>(SampleData.requiredParams(q));
                params.put(p.name(), HostileParamsTest.harmless(p.type()));
                assertEquals(0, runner.run(q, params).size(), p.name() + " with a value nothing has");
            }
        }));
    }

    @Test
    void shipsTheContractedQueriesWithTheirColumns() {
        CannedQueries all = CannedQueries.load();
        assertTrue(all.names().containsAll(CONTRACT.keySet()), all.names().toString());
        assertEquals(all.names().stream().sorted().toList(), all.names(), "sorted by name");
        CONTRACT.forEach((name, cols) -> {
            List<String> actual = all.get(name).columns();
            assertTrue(actual.size() >= cols.size(), name);
            assertEquals(cols, actual.subList(0, cols.size()), name + " columns");
        });
        Param target = all.get("evidence").param("target").orElseThrow();
        assertTrue(target.required());
        assertEquals(ParamType.STRING, target.type());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        CannedQueries all = CannedQueries.load();
        UnknownQueryException ex = assertThrows(UnknownQueryException.class, () -> all.get("meeting"));
        assertTrue(ex.getMessage().contains("'meeting'"), ex.getMessage());
        assertTrue(ex.getMessage().contains("known queries: " + String.join(", ", all.names())), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"));
        assertTrue(ex instanceof IllegalArgumentException);
    }

    @Test
    void loadsFromAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("q.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "reformkg/", null);
            entry(out, "reformkg/queries/", null);
            entry(out, "reformkg/queries/zeta.rq", rq("Zeta", "z"));
            entry(out, "reformkg/queries/alpha.rq", rq("Alpha 甲", "a"));
            entry(out, "reformkg/queries/notes.txt", "not a query");
            entry(out, "reformkg/queries/sub/", null);
            entry(out, "reformkg/queries/sub/nested.rq", rq("Nested", "n"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            CannedQueries qs = CannedQueries.load(loader);
            assertEquals(List.of("alpha", "zeta"), qs.names());
            assertEquals("Alpha 甲", qs.get("alpha").title(), "read as UTF-8");
            assertEquals(List.of("a"), qs.get("alpha").columns());
        }
    }

    @Test
    void loadsFromAJarWithoutDirectoryEntries(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("q.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "reformkg/queries/only.rq", rq("Only", "x"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("only"), CannedQueries.load(loader).names());
        }
    }

    @Test
    void loadsFromADirectory(@TempDir Path dir) throws IOException {
        Path q = Files.createDirectories(dir.resolve("reformkg/queries"));
        Files.writeString(q.resolve("b.rq"), rq("B", "x"), StandardCharsets.UTF_8);
        Files.writeString(q.resolve("a.rq"), rq("A", "y"), StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CannedQueries qs = CannedQueries.load(loader);
            assertEquals(List.of("a", "b"), qs.names());
            assertEquals(List.of("y"), qs.get("a").columns());
        }
    }

    @Test
    void badFileFailsWithItsName(@TempDir Path dir) throws IOException {
        Path q = Files.createDirectories(dir.resolve("reformkg/queries"));
        Files.writeString(q.resolve("bad.rq"), "# title: T\n# description: D\n# param: x foo optional - d\n# columns: a\nSELECT ?a {}\n",
            StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CannedQueryException ex = assertThrows(CannedQueryException.class, () -> CannedQueries.load(loader));
            assertTrue(ex.getMessage().startsWith("queries/bad.rq: line 3: unknown param type 'foo'"), ex.getMessage());
        }
    }

    @Test
    void nonUtf8FileIsRejected(@TempDir Path dir) throws IOException {
        Path q = Files.createDirectories(dir.resolve("reformkg/queries"));
        Files.write(q.resolve("gbk.rq"), rq("会议", "x").getBytes(java.nio.charset.Charset.forName("GBK")));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CannedQueryException ex = assertThrows(CannedQueryException.class, () -> CannedQueries.load(loader));
            assertEquals("queries/gbk.rq: not valid UTF-8", ex.getMessage());
        }
    }

    @Test
    void missingFolderIsAClearError(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CannedQueryException ex = assertThrows(CannedQueryException.class, () -> CannedQueries.load(loader));
            assertTrue(ex.getMessage().contains("reformkg/queries"), ex.getMessage());
        }
    }

    private static String rq(String title, String column) {
        return "# title: " + title + "\n# description: test query\n# columns: " + column
            + "\nSELECT ?" + column + " WHERE { ?" + column + " ?p ?o } ORDER BY ?" + column + "\n";
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            OutputStream o = out;
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }

    /** The file text rebuilt from a parsed query (header lines, then the SPARQL). */
    private static String headerAndBody(CannedQuery q) {
        StringBuilder sb = new StringBuilder();
        sb.append("# title: ").append(q.title()).append('\n');
        sb.append("# description: ").append(q.description()).append('\n');
        for (Param p : q.params())
            sb.append("# param: ").append(p.declaration()).append('\n');
        sb.append("# columns: ").append(String.join(", ", q.columns())).append('\n');
        assertNotNull(q.sparql());
        return sb.append(q.sparql()).toString();
    }
}

package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.reformkg.server.FullTextIndex;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The analyst queries on their own sample corpus ({@value #PLACES}): the expected result of
 * each query and parameter set is data, in {@value #CASES} (format described at its top), run
 * by a {@link TestFactory}. Each case must also run within {@value #MAX_MILLIS} ms.
 *
 * <p>{@code topic-timeline-fulltext} is run both on the plain sample, where jena-text has no
 * index and the query falls back to substring matching, and on the same sample behind an
 * in-memory Lucene index with SmartChineseAnalyzer over {@code rdfs:label},
 * {@code dcterms:title} and {@code oa:exact}, as the server builds it (cases marked
 * {@code index}).
 */
class AnalystQueriesTest {

    /** The sample the cases run on; loaded only by this test, so other tests' counts do not move. */
    static final String PLACES = "query/sample-places.trig";
    /** The expected results. */
    static final String CASES = "query/analyst-cases.txt";
    /** Time limit per query on the sample. */
    static final long MAX_MILLIS = 1000;

    /** The analyst queries: every one must ship, and have a case with rows and a case per parameter. */
    static final List<String> ANALYST_QUERIES = List.of(
        "approved-by-meeting", "meetings-by-years", "meetings-chaired-by", "meeting-series",
        "documents-by-kind-year", "topic-timeline", "topic-timeline-fulltext", "region-profile",
        "region-tree", "programs-by-region", "program-spread", "regions-with-document", "persons",
        "organizations", "corpus-stats", "undated-meetings", "reviewed-not-approved");

    static Dataset places;
    static Dataset indexed;
    static CannedQueries queries;
    static List<Case> cases;

    @BeforeAll
    static void setUp() {
        places = load(TDB2Factory.createDataset());
        indexed = FullTextIndex.build(load(TDB2Factory.createDataset())).dataset();
        queries = CannedQueries.load();
        cases = Case.parseAll(resource(CASES));
    }

    private static Dataset load(Dataset ds) {
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = AnalystQueriesTest.class.getClassLoader().getResourceAsStream(PLACES)) {
            if (in == null)
                throw new IllegalStateException(PLACES + " not on the test classpath");
            // through the dataset, so that a text dataset indexes what is loaded
            Txn.executeWrite(ds, () -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ds;
    }

    private static String resource(String name) {
        try (InputStream in = AnalystQueriesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException(name + " not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheManifest() {
        return cases.stream().map(c -> dynamicTest(c.displayName(), () -> {
            CannedQuery q = queries.get(c.query());
            QueryRunner runner = new QueryRunner(c.index() ? indexed : places);
            if (c.error() != null) {
                QueryParamException ex = assertThrows(QueryParamException.class, () -> runner.run(q, c.params()));
                assertEquals(c.error(), ex.getMessage());
                return;
            }
            // the first run of a query pays for class loading and JIT: the best of three counts
            QueryResult result = null;
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3 && best > MAX_MILLIS; attempt++) {
                long start = System.nanoTime();
                result = runner.run(q, c.params());
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(String.join("\n", c.csv()), csv(result), c.displayName());
            assertTrue(best <= MAX_MILLIS, c.query() + " took " + best + " ms on the sample (limit " + MAX_MILLIS + ")");
        }));
    }

    /** The result as the runner writes CSV, with LF line ends and no final line end. */
    private static String csv(QueryResult r) {
        String s = r.format(OutputFormat.CSV).replace("\r\n", "\n");
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    @Test
    void theManifestCoversEveryAnalystQueryAndParameter() {
        assertTrue(queries.names().size() >= 18, "at least 18 canned queries: " + queries.names());
        for (String name : ANALYST_QUERIES) {
            assertTrue(queries.contains(name), name + " ships");
            assertTrue(cases.stream().anyMatch(c -> c.query().equals(name) && c.csv().size() > 1),
                name + " has a case with at least one row");
            for (Param p : queries.get(name).params())
                assertTrue(cases.stream().anyMatch(c -> c.query().equals(name) && c.params().containsKey(p.name())),
                    name + " has a case that gives " + p.name());
        }
        for (Case c : cases) {
            assertTrue(queries.contains(c.query()), "line " + c.line() + ": no query " + c.query());
            if (c.error() == null)
                assertEquals(String.join(",", queries.get(c.query()).columns()), c.csv().get(0),
                    "line " + c.line() + ": the CSV header is the query's columns");
        }
    }

    @Test
    void fulltextWithoutAnIndexIsTheSubstringTimeline() {
        // jena-text without an index searches nothing and passes rows through: the query must
        // then filter by substring itself, never return everything
        QueryRunner plain = new QueryRunner(places);
        for (String q : new String[] {null, "河长制", "海南", "一组三会", "户籍制度", "改革", "无此名称", ""}) {
            Map<String, String> params = q == null ? Map.of() : Map.of("q", q);
            List<List<String>> substring = plain.run(queries.get("topic-timeline"), params).values();
            assertEquals(substring, plain.run(queries.get("topic-timeline-fulltext"), params).values(), "q = " + q);
        }
        assertEquals(List.of(), plain.run(queries.get("topic-timeline-fulltext"), Map.of("q", "无此名称")).values());
    }

    @Test
    void fulltextAsksTheIndexWhenThereIsOne() {
        QueryRunner runner = new QueryRunner(indexed);
        // a bare run of Chinese is a phrase: 户籍制度 does not match the sentence about 一组三会 through 制度
        List<String> phrase = items(runner.run(queries.get("topic-timeline-fulltext"), Map.of("q", "户籍制度")));
        assertTrue(phrase.contains("关于进一步推进户籍制度改革的意见"), phrase.toString());
        assertFalse(phrase.contains("全旗组织工作会议"), phrase.toString());
        // Lucene syntax is the index's, not a substring: OR finds both, where no item contains the string
        Map<String, String> or = Map.of("q", "户籍 OR 一组三会");
        List<String> byIndex = items(runner.run(queries.get("topic-timeline-fulltext"), or));
        assertTrue(byIndex.containsAll(List.of("全旗组织工作会议", "关于进一步推进户籍制度改革的意见")), byIndex.toString());
        assertEquals(List.of(), items(runner.run(queries.get("topic-timeline"), or)));
    }

    private static List<String> items(QueryResult r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++)
            out.add(r.value(i, "item"));
        return out;
    }

    @Test
    void fulltextQueryNamesItsIndexAndParses() {
        CannedQuery q = queries.get("topic-timeline-fulltext");
        assertTrue(q.description().startsWith("NEEDS THE SERVER'S FULL-TEXT INDEX"), q.description());
        Query parsed = QueryFactory.create(q.sparql(), Syntax.syntaxSPARQL_11);
        assertTrue(parsed.getPrefixMapping().getNsPrefixURI("text").equals("http://jena.apache.org/text#"));
        assertTrue(q.sparql().contains("text:query (rdfs:label ?q)"), "searches labels");
        assertTrue(q.sparql().contains("text:query (dcterms:title ?q)"), "searches titles");
        assertTrue(q.sparql().contains("text:query (oa:exact ?q)"), "searches evidence sentences");
        assertEquals(queries.get("topic-timeline").columns(), q.columns(), "same columns as topic-timeline");
    }

    @Test
    void manifestSyntaxErrorsAreReportedWithTheLine() {
        IllegalStateException ex = assertThrows(IllegalStateException.class,
            () -> Case.parseAll("== persons: no rows\nparam x\n"));
        assertTrue(ex.getMessage().startsWith(CASES + ": line 2:"), ex.getMessage());
        assertThrows(IllegalStateException.class, () -> Case.parseAll("stray line\n"));
        assertThrows(IllegalStateException.class, () -> Case.parseAll("== persons: nothing expected\n\n"));
        assertEquals(Map.of("a", "x=y", "b", ""),
            Case.parseAll("== persons: params\nparam a=x=y\nparam b=\nname\n").get(0).params());
    }

    /**
     * One case of the manifest.
     *
     * @param line   the line of its {@code ==} header, for messages
     * @param query  the query's name
     * @param title  what the case shows
     * @param index  whether it runs on the text-indexed sample
     * @param params parameter values as text
     * @param error  the expected {@link QueryParamException} message, or {@code null}
     * @param csv    the expected CSV lines (header first), empty when an error is expected
     */
    record Case(int line, String query, String title, boolean index, Map<String, String> params,
                String error, List<String> csv) {

        String displayName() {
            return query + ": " + title + " (" + CASES + ":" + line + ")";
        }

        /**
         * Parses the manifest: a case is a {@code == QUERY: title} line, then optional
         * {@code param NAME=VALUE} lines and an optional {@code index} line, then either one
         * {@code error: MESSAGE} line or the expected CSV lines; a blank line ends it. Outside
         * cases, blank lines and lines starting with {@code #} are skipped.
         */
        static List<Case> parseAll(String text) {
            List<Case> out = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    i++;
                    continue;
                }
                if (!l.startsWith("== "))
                    throw error(i, "expected a '== QUERY: title' line, found '" + l + "'");
                int start = i;
                int colon = l.indexOf(':');
                if (colon < 0)
                    throw error(i, "expected '== QUERY: title'");
                String query = l.substring(3, colon).strip();
                String title = l.substring(colon + 1).strip();
                Map<String, String> params = new LinkedHashMap<>();
                boolean index = false;
                String error = null;
                List<String> csv = new ArrayList<>();
                i++;
                for (; i < lines.length && !lines[i].strip().isEmpty(); i++) {
                    String line = lines[i].strip();
                    if (csv.isEmpty() && error == null && line.startsWith("param ")) {
                        String kv = line.substring("param ".length());
                        int eq = kv.indexOf('=');
                        if (eq < 1)
                            throw error(i, "expected 'param NAME=VALUE'");
                        params.put(kv.substring(0, eq), kv.substring(eq + 1));
                    } else if (csv.isEmpty() && error == null && line.equals("index")) {
                        index = true;
                    } else if (csv.isEmpty() && error == null && line.startsWith("error: ")) {
                        error = line.substring("error: ".length());
                    } else if (error != null) {
                        throw error(i, "nothing may follow an 'error:' line in a case");
                    } else {
                        csv.add(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
                    }
                }
                if (error == null && csv.isEmpty())
                    throw error(start, "the case expects neither an error nor a CSV header");
                out.add(new Case(start + 1, query, title, index, Collections.unmodifiableMap(params), error, List.copyOf(csv)));
            }
            return out;
        }

        private static IllegalStateException error(int index, String message) {
            return new IllegalStateException(CASES + ": line " + (index + 1) + ": " + message);
        }
    }
}

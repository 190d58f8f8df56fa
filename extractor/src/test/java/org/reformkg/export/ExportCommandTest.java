package org.reformkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkg.cli.ExportCommand;
import org.reformkg.store.Store;
import picocli.CommandLine;

/** {@code kg export} through picocli on a TDB2 store of the seeds: every format, the query file, and bad input. */
class ExportCommandTest {

    @TempDir
    static Path shared;
    static Path storeDir;
    static Path approvalsGraph;

    @TempDir
    Path tmp;

    record Run(int exit, String err) {
        /** The run failed with exactly one line on stderr, which contains every fragment. */
        void failedWith(int code, String... fragments) {
            assertEquals(code, exit, err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertTrue(err.startsWith("kg export: "), err);
            for (String f : fragments)
                assertTrue(err.contains(f), "'" + f + "' in: " + err);
        }
    }

    @BeforeAll
    static void storeOfTheSeeds() throws URISyntaxException {
        storeDir = shared.resolve("store");
        try (Store store = Store.open(storeDir)) {
            SeedGraph.load(store);
        }
        approvalsGraph = Path.of(ExportCommandTest.class.getResource("/export/approvals-graph.rq").toURI());
    }

    static Run export(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new ExportCommand()).execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    private Run exportStore(String... args) {
        List<String> all = new ArrayList<>(List.of("--store", storeDir.toString()));
        all.addAll(List.of(args));
        return export(all.toArray(String[]::new));
    }

    @Test
    void everyFormatIsWrittenWithTheSameCounts() throws IOException {
        Set<String> summaries = new HashSet<>();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve("seeds." + f.keyword());
            Run r = exportStore("--format", f.keyword(), "--out", out.toString());
            assertEquals(0, r.exit, f + ": " + r.err);
            Matcher m = Pattern.compile("kg export: (\\d+) nodes, (\\d+) edges to ").matcher(r.err);
            assertTrue(m.find(), r.err);
            summaries.add(m.group(1) + "/" + m.group(2));
            List<Path> files = f == ExportFormat.GEPHI_CSV
                ? List.of(tmp.resolve("seeds.gephi-csv-nodes.csv"), tmp.resolve("seeds.gephi-csv-edges.csv")) : List.of(out);
            for (Path p : files)
                assertTrue(Files.size(p) > 1000, p + " written");
        }
        assertEquals(1, summaries.size(), "every format exports the same graph: " + summaries);
        String graphml = Files.readString(tmp.resolve("seeds.graphml"), StandardCharsets.UTF_8);
        String[] counts = summaries.iterator().next().split("/");
        assertEquals(Integer.parseInt(counts[0]), graphml.split("<node ", -1).length - 1);
        assertEquals(Integer.parseInt(counts[1]), graphml.split("<edge ", -1).length - 1);
        try (var leftovers = Files.list(tmp)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void theApprovalsQueryFileExportsMeetingsTheirApprovedDocumentsAndBodies() {
        Path all = tmp.resolve("all.json");
        Path approvals = tmp.resolve("approvals.json");
        assertEquals(0, exportStore("--format", "cytoscape", "--out", all.toString()).exit);
        Run r = exportStore("--format", "cytoscape", "--query-file", approvalsGraph.toString(), "--out", approvals.toString());
        assertEquals(0, r.exit, r.err);
        JsonObject whole = elements(all), sub = elements(approvals);
        assertEquals(Set.of("Meeting", "Document", "ConveningBody"), values(sub.get("nodes").getAsArray(), "type"));
        assertEquals(Set.of("approved", "ofBody"), values(sub.get("edges").getAsArray(), "type"));
        assertEquals(count(whole.get("edges").getAsArray(), "approved"), count(sub.get("edges").getAsArray(), "approved"),
            "every approval of the whole graph");
        assertTrue(sub.get("nodes").getAsArray().size() < whole.get("nodes").getAsArray().size());
    }

    @Test
    void aYearParameterKeepsOnlyThatYearsMeetings() {
        Path out = tmp.resolve("2016.json");
        Run r = exportStore("--format", "cytoscape", "--query-file", approvalsGraph.toString(), "--param", "year=2016", "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        JsonArray nodes = elements(out).get("nodes").getAsArray();
        int meetings = 0;
        for (JsonValue v : nodes) {
            JsonObject data = v.getAsObject().getObj("data");
            if (data.getString("type").equals("Meeting")) {
                meetings++;
                assertEquals(2016, data.get("year").getAsNumber().value().intValue(), data.toString());
            }
        }
        assertTrue(meetings > 0, "the seeds have approving meetings in 2016");
    }

    @Test
    void badInputGivesOneLineNamingIt() throws IOException {
        Path out = tmp.resolve("x.graphml");
        exportStore("--format", "xml", "--out", out.toString()).failedWith(2, "unknown format 'xml'", "graphml");
        exportStore("--out", out.toString()).failedWith(2, "--format is required");
        exportStore("--format", "dot").failedWith(2, "--out FILE is required");
        exportStore("--format", "dot", "--query", "nope", "--out", out.toString()).failedWith(2, "unknown query 'nope'", "approvals");
        exportStore("--format", "dot", "--query", "approvals", "--out", out.toString()).failedWith(2, "--query approvals", "SELECT", "CONSTRUCT");
        exportStore("--format", "dot", "--param", "year=2016", "--out", out.toString()).failedWith(2, "--param year=2016", "takes no parameters");
        exportStore("--format", "dot", "--param", "year", "--out", out.toString()).failedWith(2, "--param year", "KEY=VALUE");
        exportStore("--format", "dot", "--query-file", approvalsGraph.toString(), "--param", "year=20x6", "--out", out.toString())
            .failedWith(2, "year", "20x6");
        exportStore("--format", "dot", "--query-file", tmp.resolve("missing.rq").toString(), "--out", out.toString())
            .failedWith(2, "missing.rq", "no such file");
        exportStore("--format", "dot", "--query", "approvals", "--query-file", approvalsGraph.toString(), "--out", out.toString())
            .failedWith(2, "not both");
        export("--format", "dot", "--store", tmp.resolve("nostore").toString(), "--out", out.toString())
            .failedWith(2, "nostore", "no store");
        assertFalse(Files.exists(out), "nothing written on bad input");
        assertFalse(Files.exists(tmp.resolve("nostore")), "a mistyped store is not created");

        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        exportStore("--format", "graphml", "--out", aFile.resolve("x.graphml").toString())
            .failedWith(1, "--out " + aFile.resolve("x.graphml"), "cannot write");
        exportStore("--format", "graphml", "--out", tmp.toString()).failedWith(1, "cannot write: is a folder");
    }

    private static JsonObject elements(Path file) {
        try {
            return JSON.parse(Files.readString(file, StandardCharsets.UTF_8)).getObj("elements");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> values(JsonArray elements, String key) {
        Set<String> out = new HashSet<>();
        for (JsonValue v : elements)
            out.add(v.getAsObject().getObj("data").getString(key));
        return out;
    }

    private static long count(JsonArray edges, String type) {
        long n = 0;
        for (JsonValue v : edges)
            if (v.getAsObject().getObj("data").getString("type").equals(type))
                n++;
        return n;
    }
}

package org.reformkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkg.store.Store;

/** `kg load` on the seeds and on bad input, through the real command line. */
class LoadCommandTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run kg(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Kg.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void loadingTheSeedsTwiceLeavesTheQuadCountUnchanged() {
        Path store = tmp.resolve("store");
        Run first = kg("load", "seeds", "--store", store.toString());
        assertEquals(0, first.exit, first.err);
        long afterFirst = quads(store);
        assertTrue(afterFirst > 1000, "seeds should give a real graph: " + afterFirst);
        Run second = kg("load", "seeds", "--store", store.toString());
        assertEquals(0, second.exit, second.err);
        assertEquals(afterFirst, quads(store));
        assertTrue(second.out.contains("loaded 5 source(s)"), second.out);
    }

    @Test
    void aSourceIsOneGraphWhateverPathItIsLoadedThrough() {
        Path store = tmp.resolve("store");
        assertEquals(0, kg("load", "seeds/000_d70b88ea89183d9c.txt", "--store", store.toString()).exit);
        long once = quads(store);
        assertEquals(0, kg("load", Path.of("seeds/000_d70b88ea89183d9c.txt").toAbsolutePath().toString(), "--store", store.toString()).exit);
        assertEquals(once, quads(store));
    }

    @Test
    void badInputsAreReportedByNameAndTheRestOfTheBatchLoads() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        String seedText = Files.readString(Path.of("seeds/000_d70b88ea89183d9c.txt"), StandardCharsets.UTF_8);
        Files.write(in.resolve("gb18030.txt"), seedText.getBytes(Charset.forName("GB18030")));
        Path store = tmp.resolve("store");

        Run r = kg("load", in.toString(), tmp.resolve("missing.txt").toString(), "--store", store.toString());

        assertEquals(1, r.exit, "a failed input makes the exit code non-zero");
        List<String> errors = r.err.lines().filter(l -> l.startsWith("kg load:")).toList();
        assertEquals(3, errors.size(), r.err);
        assertTrue(r.err.contains("empty.txt"), r.err);
        assertTrue(r.err.contains("binary.txt"), r.err);
        assertTrue(r.err.contains("missing.txt"), r.err);
        assertTrue(r.out.contains("loaded 1 source(s)"), "the GB18030 file still loads: " + r.out);

        // the GB18030 copy yields the same graph size as the UTF-8 seed
        Path utf8Store = tmp.resolve("utf8");
        assertEquals(0, kg("load", "seeds/000_d70b88ea89183d9c.txt", "--store", utf8Store.toString()).exit);
        long gbQuads = quads(store);
        long utf8Quads = quads(utf8Store);
        assertEquals(utf8Quads, gbQuads, "same facts whatever the encoding");
    }

    @Test
    void malformedRdfFailsWithOneLineAndKeepsWhatWasLoaded() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, kg("load", "seeds/001_2bae7dd6e894ab76.txt", "--store", store.toString()).exit);
        long before = quads(store);
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, "<https://w3id.org/reformkg/source/001_2bae7dd6e894ab76.txt> { <a> <b> \"unterminated }\n",
                StandardCharsets.UTF_8);
        Run r = kg("load", bad.toString(), "--store", store.toString());
        assertEquals(1, r.exit);
        assertTrue(r.err.lines().anyMatch(l -> l.startsWith("kg load: ") && l.contains("bad.trig")), r.err);
        assertEquals(before, quads(store), "nothing already loaded is lost");
    }

    @Test
    void extractWritesTrigThatLoadsIntoTheSameGraph() throws Exception {
        Path trig = tmp.resolve("out/seeds.trig");
        Run r = kg("extract", "seeds", "--out", trig.toString());
        assertEquals(0, r.exit, r.err);
        Path fromTrig = tmp.resolve("fromTrig"), fromText = tmp.resolve("fromText");
        assertEquals(0, kg("load", trig.toString(), "--store", fromTrig.toString()).exit);
        assertEquals(0, kg("load", "seeds", "--store", fromText.toString()).exit);
        assertEquals(quads(fromText), quads(fromTrig));
        Path nq = tmp.resolve("seeds.nq");
        assertEquals(0, kg("extract", "seeds", "--out", nq.toString()).exit);
        assertEquals(quads(fromText), Files.readAllLines(nq, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count());
        assertEquals(2, kg("extract", "seeds", "--out", tmp.resolve("x.ttl").toString()).exit, "unsupported extension");
    }

    private static long quads(Path store) {
        try (Store s = Store.open(store)) {
            return s.quadCount();
        }
    }
}

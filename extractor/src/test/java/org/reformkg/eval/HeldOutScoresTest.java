package org.reformkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Extraction quality on the held-out sets under {@code src/test/resources/}, each scored against the
 * gold beside its texts: never below the floors in {@code eval/heldout-floors.tsv}.
 */
class HeldOutScoresTest {
    private static final Path RESOURCES = Path.of("extractor/src/test/resources");

    @TestFactory
    Stream<DynamicTest> everyHeldOutCategoryKeepsItsFloor() throws IOException {
        String floors;
        try (InputStream in = HeldOutScoresTest.class.getResourceAsStream("/eval/heldout-floors.tsv")) {
            floors = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Evaluation.Report> reports = new LinkedHashMap<>();
        return floors.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] f = l.split("\t");
            String set = f[0], category = f[1];
            double floor = Double.parseDouble(f[2]);
            return DynamicTest.dynamicTest(set + " " + category, () -> {
                Evaluation.Report report = reports.computeIfAbsent(set, HeldOutScoresTest::evaluate);
                assertTrue(report.problems().isEmpty(), set + ": every text has gold and decodes: " + report.problems());
                Score s = report.totals().get(category);
                assertTrue(s.f1() + 1e-9 >= floor, String.format("%s %s F1 %.3f below %.3f; misses %s; spurious %s",
                        set, category, s.f1(), floor, s.misses(), s.spurious()));
            });
        });
    }

    private static Evaluation.Report evaluate(String set) {
        Path dir = RESOURCES.resolve(set);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            return Evaluation.run(texts, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.reformkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Extraction quality on the seeds, through the canned queries, against seeds/gold: never below target or floor. */
class SeedScoresTest {
    static Evaluation.Report report;

    @BeforeAll
    static void evaluate() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        report = Evaluation.run(seeds, Path.of("seeds/gold"));
        Evaluation.print(report, System.out);
    }

    @TestFactory
    Stream<DynamicTest> everyCategoryMeetsItsTargetAndFloor() throws IOException {
        String targets;
        try (InputStream in = SeedScoresTest.class.getResourceAsStream("/eval/targets.tsv")) {
            targets = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(report.problems().isEmpty(), "every seed has gold and decodes: " + report.problems());
        return targets.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
            String[] f = l.split("\t");
            String category = f[0];
            double target = f[1].equals("-") ? 0 : Double.parseDouble(f[1]), floor = Double.parseDouble(f[2]);
            return DynamicTest.dynamicTest(category, () -> {
                Score s = report.totals().get(category);
                double need = Math.max(target, floor);
                assertTrue(s.f1() + 1e-9 >= need, String.format("%s F1 %.3f below %.3f; misses %s; spurious %s",
                        category, s.f1(), need, s.misses(), s.spurious()));
            });
        });
    }
}

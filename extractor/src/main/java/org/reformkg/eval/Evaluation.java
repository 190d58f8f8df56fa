package org.reformkg.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.QueryResult;
import org.reformkg.query.QueryRunner;
import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.RdfEmitter;
import org.reformkg.store.Store;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;
import org.reformkg.text.UnreadableSourceException;

/**
 * Scores extraction against gold annotations the way an analyst sees the graph: each text is
 * extracted into its own in-memory store and read back through the canned queries {@code meetings},
 * {@code approvals}, {@code documents}, {@code regions} and {@code programs}; the rows are compared with the text's gold file
 * ({@code GOLD_DIR/<file name>.json}).
 */
public final class Evaluation {
    private Evaluation() {}

    public static final List<String> CATEGORIES = List.of("meetings", "meeting dates", "documents", "approvals", "regions", "programs");

    /** Totals per category over all texts, and one-line problems (unreadable text, missing gold). */
    public record Report(Map<String, Score> totals, List<String> problems) {}

    public static Report run(List<Path> texts, Path goldDir) {
        CannedQueries queries = CannedQueries.load();
        Map<String, List<Score>> parts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            Path goldFile = goldDir.resolve(text.getFileName() + ".json");
            if (!Files.isRegularFile(goldFile)) {
                problems.add(text + ": no gold file " + goldFile);
                continue;
            }
            try {
                Gold gold = Gold.read(goldFile);
                DecodedText decoded = Decoder.read(text);
                try (Store store = Store.inMemory()) {
                    store.replaceGraph(RdfEmitter.graphOf(decoded.sourceName()), sink -> Pipeline.extract(decoded, sink));
                    QueryRunner runner = new QueryRunner(store.dataset());
                    Map<String, Score> s = Scorer.score(gold, rows(runner, queries, "meetings"),
                            rows(runner, queries, "approvals"), rows(runner, queries, "documents"));
                    s.forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                    Scorer.scorePlaces(gold, rows(runner, queries, "regions"), rows(runner, queries, "programs"))
                            .forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                }
            } catch (UnreadableSourceException e) {
                problems.add(e.getMessage());
            } catch (IOException | RuntimeException e) {
                problems.add(goldFile + ": " + e.getMessage());
            }
        }
        Map<String, Score> totals = new LinkedHashMap<>();
        for (String c : CATEGORIES) totals.put(c, Score.sum(c, parts.getOrDefault(c, List.of())));
        return new Report(totals, problems);
    }

    private static List<Map<String, String>> rows(QueryRunner runner, CannedQueries queries, String name) {
        QueryResult r = runner.run(queries.get(name), Map.of());
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : r.columns()) row.put(c, r.value(i, c));
            out.add(row);
        }
        return out;
    }

    /** Prints P/R/F1 per category, then every miss and every spurious item. */
    public static void print(Report report, PrintStream out) {
        out.printf("%-14s %6s %6s %6s %5s %5s %5s%n", "category", "P", "R", "F1", "tp", "pred", "gold");
        for (Score s : report.totals().values())
            out.printf("%-14s %6.3f %6.3f %6.3f %5d %5d %5d%n", s.category(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.predicted(), s.gold());
        for (Score s : report.totals().values()) {
            for (String m : s.misses()) out.println("miss     " + s.category() + "  " + m);
            for (String m : s.spurious()) out.println("spurious " + s.category() + "  " + m);
        }
    }
}

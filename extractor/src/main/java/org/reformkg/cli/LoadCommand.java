package org.reformkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.RdfEmitter;
import org.reformkg.store.Store;
import org.reformkg.store.StoreException;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;
import org.reformkg.text.UnreadableSourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract texts, or read .trig/.nq files, into a TDB2 store. Each source's named graph is replaced in one transaction;",
                "loading the same input twice leaves the store unchanged; a failure leaves what was loaded before intact.",
                "Example: ./kg load seeds --store data/store"})
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "text files, .trig/.nq files, or folders of them")
    List<Path> paths;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    @Override
    public Integer call() {
        try (Store store = Store.open(storeDir)) {
            Report r = load(store, paths);
            return r.failed() > 0 ? 1 : 0;
        }
    }

    /** What a load did. */
    record Report(int sources, long quads, int failed) {}

    /** Loads paths into the store, printing one line per failure and a summary; used by load and demo. */
    static Report load(Store store, List<Path> paths) {
        long start = System.nanoTime();
        Inputs.Expanded in = Inputs.expand(paths, List.of(".txt", ".trig", ".nq"));
        in.problems().forEach(p -> System.err.println("kg load: " + p));
        int failed = in.problems().size();
        int sources = 0;
        long quads = 0;
        try (Progress progress = new Progress("load", in.files().size())) {
            for (Path f : in.files()) {
                progress.step(f.getFileName().toString());
                String name = f.getFileName().toString().toLowerCase();
                try {
                    if (name.endsWith(".trig") || name.endsWith(".nq")) {
                        quads += store.loadRdf(f);
                    } else {
                        DecodedText text = Decoder.read(f);
                        quads += store.replaceGraph(RdfEmitter.graphOf(text.sourceName()), sink -> Pipeline.extract(text, sink));
                    }
                    sources++;
                } catch (UnreadableSourceException | StoreException e) {
                    System.err.println("kg load: " + Kg.oneLine(e.getMessage()));
                    failed++;
                } catch (RuntimeException e) {
                    // a bug on one text must not stop the batch; its graph stays as it was (the transaction aborted)
                    System.err.println("kg load: " + f + ": extraction failed: " + Kg.oneLine(String.valueOf(e)));
                    failed++;
                }
            }
        }
        System.out.printf("loaded %d source(s), %d quads in %.1f s; the store now holds %d quads in %d graphs%s%n",
                sources, quads, (System.nanoTime() - start) / 1e9, store.quadCount(), store.graphCount(),
                failed > 0 ? "; " + failed + " failed" : "");
        return new Report(sources, quads, failed);
    }
}

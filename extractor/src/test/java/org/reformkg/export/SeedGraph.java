package org.reformkg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.reformkg.rdf.Pipeline;
import org.reformkg.rdf.RdfEmitter;
import org.reformkg.store.Store;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;
import org.reformkg.text.UnreadableSourceException;

/** The seed texts extracted into a store, one named graph per seed, as {@code kg load seeds} does. */
final class SeedGraph {

    private SeedGraph() {}

    /** The seed texts, sorted. */
    static List<Path> seeds() {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts every seed into {@code store} and returns it. */
    static Store load(Store store) {
        for (Path p : seeds()) {
            DecodedText t;
            try {
                t = Decoder.read(p);
            } catch (UnreadableSourceException e) {
                throw new IllegalStateException("seed unreadable: " + p, e);
            }
            store.replaceGraph(RdfEmitter.graphOf(t.sourceName()), sink -> Pipeline.extract(t, sink));
        }
        return store;
    }
}

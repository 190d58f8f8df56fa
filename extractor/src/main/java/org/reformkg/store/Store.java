package org.reformkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * An embedded TDB2 store holding one named graph per source. Queries see the union of the named
 * graphs as their default graph. Every load replaces the graphs it writes in a single write
 * transaction: a failure aborts it and leaves what was loaded before intact.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;

    private Store(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create store directory: " + e.getMessage());
        }
        return new Store(TDB2Factory.connectDataset(dir.toString()));
    }

    /** A store in memory, for tests and evaluation. */
    public static Store inMemory() {
        return new Store(TDB2Factory.createDataset());
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the named graph {@code graph} with what {@code writer} streams into it, atomically.
     * The writer must only write quads of that graph. Returns the graph's new quad count.
     */
    public long replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(new Sink(dsg, graph));
            return countGraph(dsg, graph);
        });
    }

    /**
     * Loads a TriG or N-Quads file: every named graph it contains replaces the store's graph of that
     * name, all in one transaction; a parse error aborts and leaves the store as it was.
     *
     * @return the number of quads read
     */
    public long loadRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null || !(lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS)))
            throw new StoreException(file + ": not a .trig or .nq file");
        long[] count = {0};
        dataset.begin(ReadWrite.WRITE);
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> replaced = new HashSet<>();
            StreamRDF sink = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    Node g = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
                    if (replaced.add(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    dsg.add(g, q.getSubject(), q.getPredicate(), q.getObject());
                    count[0]++;
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quad(Quad.create(Quad.defaultGraphIRI, t));
                }
            };
            RDFParser.source(file).lang(lang).parse(sink);
            dataset.commit();
        } catch (RuntimeException e) {
            dataset.abort();
            throw new StoreException(file + ": " + oneLine(e.getMessage()));
        } finally {
            dataset.end();
        }
        return count[0];
    }

    /** Total quads in the named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    /** Number of named graphs (sources). */
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    private static long countGraph(DatasetGraph dsg, Node g) {
        long n = 0;
        var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) { it.next(); n++; }
        return n;
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        return s.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        dataset.close();
    }

    /** Writes quads into one graph of a dataset graph, whatever graph the stream names. */
    private static final class Sink extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node graph;

        Sink(DatasetGraph dsg, Node graph) {
            this.dsg = dsg;
            this.graph = graph;
        }

        @Override
        public void quad(Quad q) {
            dsg.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void triple(org.apache.jena.graph.Triple t) {
            dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }
}

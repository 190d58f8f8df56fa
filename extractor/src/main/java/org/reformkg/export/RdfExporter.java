package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiConsumer;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.reformkg.rdf.Vocab;

/**
 * The exported subgraph as RDF, written by Jena RIOT with the ontology's prefixes (and {@code id:},
 * {@code src:} for entity and source IRIs):
 * <ul>
 * <li>{@link #jsonLd()}: JSON-LD 1.1 of all the exported triples as one graph;</li>
 * <li>{@link #trig()}: TriG keeping the source graphs — each triple in the named graph of every
 *     source that states it, triples a query derived in the default graph.</li>
 * </ul>
 */
public final class RdfExporter implements Exporter.SingleFile {

    private final boolean datasets;
    private final RDFFormat format;

    private RdfExporter(boolean datasets, RDFFormat format) {
        this.datasets = datasets;
        this.format = format;
    }

    /** JSON-LD 1.1, one graph. */
    public static RdfExporter jsonLd() {
        return new RdfExporter(false, RDFFormat.JSONLD11_PRETTY);
    }

    /** TriG, one named graph per source. */
    public static RdfExporter trig() {
        return new RdfExporter(true, RDFFormat.TRIG_PRETTY);
    }

    @Override
    public void write(GraphModel graph, OutputStream out) throws IOException {
        if (datasets) {
            DatasetGraph copy = DatasetGraphFactory.create();
            copy.prefixes().putAll(OntologyTerms.get().prefixes());
            addIdPrefixes(copy.prefixes()::add);
            graph.rdf().find().forEachRemaining(copy::add);
            RDFDataMgr.write(out, copy, format);
        } else {
            var g = graph.triples();
            addIdPrefixes(g.getPrefixMapping()::setNsPrefix);
            RDFDataMgr.write(out, g, format);
        }
        out.flush();
    }

    private static void addIdPrefixes(BiConsumer<String, String> add) {
        add.accept("id", Vocab.BASE + "id/");
        add.accept("src", Vocab.BASE + "source/");
    }
}

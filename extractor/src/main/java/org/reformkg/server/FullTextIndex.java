package org.reformkg.server;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reformkg.rdf.Vocab;

/**
 * The server's full-text index (jena-text over Lucene), built from the store when the server is
 * built, so that SPARQL can use {@code text:query}:
 * <pre>
 * PREFIX text: &lt;http://jena.apache.org/text#&gt;
 * ?s text:query (rdfs:label "户籍制度") .      # also dcterms:title, oa:exact (evidence sentences)
 * </pre>
 *
 * <p>Indexed: {@code rdfs:label} (the primary field, so {@code ?s text:query "..."} searches
 * labels), {@code dcterms:title} and {@code oa:exact}; one Lucene document per quad, in every
 * graph of the store, so hits come from every source graph as the union default graph does.
 * Text is cut into words by Lucene's {@link SmartChineseAnalyzer} (户籍制度 → 户籍 | 制度), not the
 * StandardAnalyzer, which cuts Chinese into single characters and so finds 国有 in 全国有序.
 * Query strings are rewritten by {@link PhraseTextIndex}: a bare run of Chinese is a phrase.
 *
 * <p>Trade-off: the index lives in memory ({@link ByteBuffersDirectory}) and is rebuilt at every
 * start, which costs start-up time and memory in proportion to the text in the store, but it can
 * never be stale: {@code kg load} writes the TDB2 store directly and knows nothing of an index, so
 * an index kept on disk would silently miss whatever was loaded since it was built. While the
 * server runs, writes made through it (SPARQL Update, GSP) keep the index in step.
 *
 * <p>There is no {@code close}: on a TDB2 store jena-text joins the index to the store's own
 * transactions, so every later write transaction on the store commits the index too, and would
 * fail if it were closed. The index is freed with the store, or replaced when a new one is built
 * over the same store.
 */
public final class FullTextIndex {

    /** Lucene field of {@code rdfs:label}, the primary field. */
    static final String LABEL_FIELD = "label";
    /** Lucene field of {@code dcterms:title}. */
    static final String TITLE_FIELD = "title";
    /** Lucene field of {@code oa:exact}. */
    static final String EXACT_FIELD = "exact";

    private static final List<Node> INDEXED = List.of(Vocab.label, Vocab.title, Vocab.exact);

    private final Dataset dataset;
    private final long documents;

    private FullTextIndex(Dataset dataset, long documents) {
        this.dataset = dataset;
        this.documents = documents;
    }

    /**
     * Indexes every label, title and sentence of the store (in a read transaction) with the
     * {@link SmartChineseAnalyzer}.
     *
     * @param store the knowledge graph; it is wrapped, not copied or changed
     */
    public static FullTextIndex build(Dataset store) {
        return build(store, new SmartChineseAnalyzer());
    }

    /** As {@link #build(Dataset)} with another analyzer (tests compare analyzers). */
    static FullTextIndex build(Dataset store, Analyzer analyzer) {
        Objects.requireNonNull(store, "store");
        // Registers text:query even where a repackaged jar lost Jena's service files.
        TextQuery.init();
        EntityDefinition entities = new EntityDefinition("uri", LABEL_FIELD, Vocab.label);
        entities.set(TITLE_FIELD, Vocab.title);
        entities.set(EXACT_FIELD, Vocab.exact);
        // A uid per (graph, subject, field, value) lets deletions through the server find their document.
        entities.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(analyzer);
        TextIndex lucene = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        long documents = Txn.calculateRead(store, () -> {
            DatasetGraph dsg = store.asDatasetGraph();
            long n = 0;
            for (Node p : INDEXED) {
                Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (!q.getObject().isLiteral())
                        continue;
                    Entity e = TextQueryFuncs.entityFromQuad(entities, q);
                    if (e != null) {
                        lucene.addEntity(e);
                        n++;
                    }
                }
            }
            return n;
        });
        lucene.commit();
        PhraseTextIndex index = new PhraseTextIndex(lucene);
        // The wrapper keeps the index in step with writes made through it.
        Dataset wrapped = TextDatasetFactory.create(store, index);
        return new FullTextIndex(wrapped, documents);
    }

    /** The store behind the index: query this for {@code text:query}; writes through it are indexed. */
    public Dataset dataset() {
        return dataset;
    }

    /** Number of texts indexed at build time (one per label, title or sentence per source graph). */
    long documents() {
        return documents;
    }
}

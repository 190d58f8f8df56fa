package org.reformkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * What exports take from the ontology shipped on the classpath ({@code ontology/reform.ttl}):
 * the English label of each property, which becomes an edge's label, and the ontology's
 * prefixes, which the RDF exports declare. Read once, on first use.
 */
final class OntologyTerms {

    /** Classpath location of the ontology (the project's {@code ontology/reform.ttl}). */
    static final String RESOURCE = "reformkg/ontology/reform.ttl";

    private static final OntologyTerms INSTANCE = load();

    private final Map<String, String> englishLabels;
    private final PrefixMapping prefixes;

    private OntologyTerms(Map<String, String> englishLabels, PrefixMapping prefixes) {
        this.englishLabels = englishLabels;
        this.prefixes = prefixes;
    }

    static OntologyTerms get() {
        return INSTANCE;
    }

    /** The ontology's English label of a term ({@code chaired by}), or its local name when it has none. */
    String label(String iri) {
        return englishLabels.getOrDefault(iri, localName(iri));
    }

    /** The ontology's prefixes (rk, rdfs, xsd, org, ...), as a fresh mutable copy. */
    PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    }

    /** The part of an IRI after its last {@code #} or {@code /}: {@code approved}, {@code Meeting}. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static OntologyTerms load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, String> labels = new TreeMap<>();
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
            Node o = t.getObject();
            if (t.getSubject().isURI() && o.isLiteral() && "en".equalsIgnoreCase(o.getLiteralLanguage()))
                labels.put(t.getSubject().getURI(), o.getLiteralLexicalForm());
        });
        return new OntologyTerms(Map.copyOf(labels), PrefixMapping.Factory.create().setNsPrefixes(g.getPrefixMapping()).lock());
    }
}

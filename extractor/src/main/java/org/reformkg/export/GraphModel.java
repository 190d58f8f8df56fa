package org.reformkg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.QueryRunner;
import org.reformkg.rdf.Vocab;

/**
 * A graph to export: the nodes and edges that network tools draw, and the RDF they were read
 * from, which the RDF formats write.
 *
 * <p>The graph is the result of a SPARQL CONSTRUCT query over the knowledge graph (by default
 * {@link #DEFAULT_QUERY}). From the constructed triples: every IRI subject, and every IRI object
 * of a non-{@code rdf:type} triple, is a node; every triple whose object is an IRI (other than
 * {@code rdf:type}) is an edge; {@code rdf:type}, {@code rdfs:label}, {@code rk:dateKey} /
 * {@code rk:date}, {@code rk:year}, {@code rk:term}, {@code rk:ordinal}, {@code rk:level} and
 * {@code rk:code} become the nodes' attributes (see {@link GraphNode}); other literal triples only
 * reach the RDF formats.
 *
 * <p>{@link #rdf()} places each constructed triple in every source graph of the store that
 * holds it, and in the default graph when none does (a triple the query derived).
 *
 * @param nodes the nodes, by type (in {@link #NODE_CLASSES} order), label and id
 * @param edges the edges, by source, type and target
 * @param rdf   the constructed triples per source graph (read-only)
 */
public record GraphModel(List<GraphNode> nodes, List<GraphEdge> edges, DatasetGraph rdf) {

    /** The classes whose instances the default graph has as nodes, most specific first (a body is also an organisation). */
    public static final List<String> NODE_CLASSES = List.of(
        Vocab.RK + "Meeting", Vocab.RK + "Document", Vocab.RK + "ConveningBody", Vocab.RK + "Region",
        Vocab.RK + "Program", Vocab.RK + "Person", Vocab.ORG + "Organization");

    /** The properties whose triples the default graph has as edges. */
    public static final List<String> EDGE_PREDICATES = List.of(
        Vocab.RK + "approved", Vocab.RK + "reviewed", Vocab.RK + "ofBody", Vocab.RK + "chairedBy",
        Vocab.RK + "issuedBy", Vocab.RK + "locatedIn", Vocab.RK + "pilotedIn", Vocab.RK + "place",
        Vocab.RK + "attended", Vocab.RK + "postIn");

    private static final String DATE = Vocab.RK + "date";
    private static final String DATE_KEY = Vocab.RK + "dateKey";
    private static final String YEAR = Vocab.RK + "year";
    private static final String TERM = Vocab.RK + "term";
    private static final String ORDINAL = Vocab.RK + "ordinal";
    private static final String LEVEL = Vocab.RK + "level";
    private static final String CODE = Vocab.RK + "code";

    /** The literal properties that become node attributes. */
    private static final List<String> ATTRIBUTE_PROPERTIES =
        List.of(RDFS.label.getURI(), DATE, DATE_KEY, YEAR, TERM, ORDINAL, LEVEL, CODE);

    /**
     * The default export: the meeting–document–body–region–program graph. Nodes are the instances
     * of {@link #NODE_CLASSES} with their types, labels, dates, terms, ordinals, levels and codes;
     * edges are the {@link #EDGE_PREDICATES} triples between two such nodes. No parameters.
     */
    public static final CannedQuery DEFAULT_QUERY = new CannedQuery("default", "Meeting-document graph",
        "Meetings, documents, convening bodies, regions, programs, persons and organisations, and the "
            + "approved/reviewed/ofBody/chairedBy/issuedBy/locatedIn/pilotedIn/place/attended/postIn edges between them.",
        List.of(), List.of(), defaultSparql());

    /** Copies the lists and wraps the RDF read-only. */
    public GraphModel {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(rdf, "rdf");
        if (!(rdf instanceof DatasetGraphReadOnly))
            rdf = new DatasetGraphReadOnly(rdf);
    }

    /**
     * Runs a CONSTRUCT query over a dataset (in a read transaction, with the union of the source
     * graphs as default graph and no remote {@code SERVICE} calls) and builds the graph of its result.
     *
     * @param dataset the knowledge graph, one named graph per source
     * @param query   a CONSTRUCT query, e.g. {@link #DEFAULT_QUERY} or one read by {@link QueryFile}
     * @param params  parameter values as text by name, checked against the query's declarations;
     *                {@code null} means none
     * @return the graph
     * @throws IllegalArgumentException if the query is not a CONSTRUCT query
     * @throws org.reformkg.query.QueryParamException for an unknown, missing or malformed parameter
     */
    public static GraphModel read(Dataset dataset, CannedQuery query, Map<String, String> params) {
        Objects.requireNonNull(dataset, "dataset");
        Map<String, Node> bound = QueryRunner.bindings(query, params);
        Query q = query.query();
        if (!q.isConstructType())
            throw new IllegalArgumentException("query '" + query.name() + "' is a "
                + q.queryType().name() + " query; export needs a CONSTRUCT query");
        DatasetGraph placed = Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            QueryExecBuilder builder = QueryExec.dataset(dsg).query(q)
                .set(TDB2.symUnionDefaultGraph, true)
                .set(ARQ.httpServiceAllowed, false);
            bound.forEach((name, node) -> builder.substitution(Var.alloc(name), node));
            Graph constructed;
            try (QueryExec exec = builder.build()) {
                constructed = exec.construct();
            }
            return bySource(dsg, constructed);
        });
        return of(placed);
    }

    /**
     * Builds the nodes and edges of RDF already selected (see the class comment for the mapping).
     *
     * @param rdf the triples, in any graphs of the dataset; all graphs are read as one
     * @return the graph
     */
    public static GraphModel of(DatasetGraph rdf) {
        Graph all = merge(rdf);
        Map<Node, Facts> facts = new HashMap<>();
        List<Triple> links = new ArrayList<>();
        all.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
            if (s.isLiteral() || !p.isURI())
                return;
            Facts f = facts.computeIfAbsent(s, k -> new Facts());
            if (p.equals(RDF.type.asNode())) {
                if (o.isURI())
                    f.types.add(o.getURI());
            } else if (o.isLiteral()) {
                if (ATTRIBUTE_PROPERTIES.contains(p.getURI()))
                    f.values.computeIfAbsent(p.getURI(), k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            } else {
                links.add(t);
                facts.computeIfAbsent(o, k -> new Facts());
            }
        });
        Map<Node, GraphNode> nodes = new HashMap<>();
        facts.forEach((n, f) -> nodes.put(n, f.toNode(id(n))));
        OntologyTerms terms = OntologyTerms.get();
        List<GraphEdge> edges = new ArrayList<>();
        for (Triple t : links) {
            GraphNode s = nodes.get(t.getSubject()), o = nodes.get(t.getObject());
            String p = t.getPredicate().getURI();
            edges.add(new GraphEdge(edgeId(s.id(), p, o.id()), s.id(), o.id(), p,
                OntologyTerms.localName(p), terms.label(p), s.date()));
        }
        List<GraphNode> sortedNodes = nodes.values().stream().sorted(NODE_ORDER).toList();
        edges.sort(Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::type)
            .thenComparing(GraphEdge::target));
        return new GraphModel(sortedNodes, edges, rdf);
    }

    /** All the triples of {@link #rdf()}, whatever graph they are in, as one new graph with the ontology's prefixes. */
    public Graph triples() {
        Graph g = merge(rdf);
        g.getPrefixMapping().setNsPrefixes(OntologyTerms.get().prefixes());
        return g;
    }

    private static final Comparator<GraphNode> NODE_ORDER = Comparator
        .comparingInt((GraphNode n) -> typeRank(n.type()))
        .thenComparing(GraphNode::label, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(GraphNode::id);

    private static int typeRank(String type) {
        for (int i = 0; i < NODE_CLASSES.size(); i++)
            if (OntologyTerms.localName(NODE_CLASSES.get(i)).equals(type))
                return i;
        return NODE_CLASSES.size();
    }

    /** Places each constructed triple in every named graph of {@code store} holding it, else in the default graph. */
    private static DatasetGraph bySource(DatasetGraph store, Graph constructed) {
        DatasetGraph out = DatasetGraphFactory.create();
        constructed.find().forEachRemaining(t -> {
            boolean found = false;
            var it = store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            while (it.hasNext()) {
                out.add(Quad.create(it.next().getGraph(), t));
                found = true;
            }
            if (!found)
                out.getDefaultGraph().add(t);
        });
        return out;
    }

    private static Graph merge(DatasetGraph rdf) {
        Graph g = GraphFactory.createDefaultGraph();
        rdf.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static String id(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    /** A stable edge id: the same fact gets the same id in every export. */
    private static String edgeId(String s, String p, String o) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((s + " " + p + " " + o).getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String defaultSparql() {
        String classes = NODE_CLASSES.stream().map(c -> "<" + c + ">").collect(Collectors.joining(" "));
        String predicates = EDGE_PREDICATES.stream().map(c -> "<" + c + ">").collect(Collectors.joining(" "));
        // One UNION branch per attribute, so a node with two labels and two dates gives 4 rows, not a product.
        return """
            PREFIX rk:   <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT {
              ?n a ?class ; rdfs:label ?label ; rk:date ?date ; rk:dateKey ?dateKey ; rk:year ?year ;
                 rk:term ?term ; rk:ordinal ?ordinal ; rk:level ?level ; rk:code ?code .
              ?s ?p ?o .
            }
            WHERE {
              {
                VALUES ?class { %s }
                ?n a ?class .
                { } UNION { ?n rdfs:label ?label } UNION { ?n rk:date ?date } UNION { ?n rk:dateKey ?dateKey }
                UNION { ?n rk:year ?year } UNION { ?n rk:term ?term } UNION { ?n rk:ordinal ?ordinal }
                UNION { ?n rk:level ?level } UNION { ?n rk:code ?code }
              }
              UNION
              {
                VALUES ?p { %s }
                ?s ?p ?o .
                FILTER EXISTS { VALUES ?sc { %s } ?s a ?sc }
                FILTER EXISTS { VALUES ?oc { %s } ?o a ?oc }
              }
            }
            """.formatted(Vocab.RK, classes, predicates, classes, classes);
    }

    /** What the constructed triples say about one node. */
    private static final class Facts {
        final TreeSet<String> types = new TreeSet<>();
        final Map<String, TreeSet<String>> values = new HashMap<>();

        GraphNode toNode(String id) {
            // The most precise date sorts last ("2014-06-06" > "2014-06" > "2014"), as in the canned queries.
            String date = last(DATE_KEY) != null ? last(DATE_KEY) : last(DATE);
            Integer year = date != null && date.length() >= 4 ? integer(date.substring(0, 4)) : integer(first(YEAR));
            return new GraphNode(id, first(RDFS.label.getURI()), type(), date, year,
                integer(first(TERM)), integer(first(ORDINAL)), first(LEVEL), first(CODE));
        }

        private String type() {
            for (String c : NODE_CLASSES)
                if (types.contains(c))
                    return OntologyTerms.localName(c);
            return types.isEmpty() ? null : OntologyTerms.localName(types.first());
        }

        private String first(String property) {
            TreeSet<String> v = values.get(property);
            return v == null ? null : v.first();
        }

        private String last(String property) {
            TreeSet<String> v = values.get(property);
            return v == null ? null : v.last();
        }

        private static Integer integer(String lexical) {
            if (lexical == null)
                return null;
            try {
                return Integer.valueOf(lexical.strip());
            } catch (NumberFormatException e) {
                return null; // a malformed literal is no attribute rather than a failed export
            }
        }
    }
}

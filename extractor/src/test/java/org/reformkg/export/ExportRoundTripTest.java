package org.reformkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformkg.rdf.Vocab;
import org.reformkg.store.Store;

/**
 * The seeds' graph exported in every format and read back by readers this project did not write:
 * JGraphT's GraphML, GEXF and DOT importers, Jena's RDF parsers and JSON parser, and Apache
 * Commons CSV (the parser Gephi's spreadsheet import uses).
 */
class ExportRoundTripTest {

    static Store store;
    static GraphModel model;

    @TempDir
    Path tmp;

    @BeforeAll
    static void exportSeeds() {
        store = SeedGraph.load(Store.inMemory());
        model = GraphModel.read(store.dataset(), GraphModel.DEFAULT_QUERY, null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    // ---- the model itself --------------------------------------------------------------

    @Test
    void theSeedsGiveAGraphOfTheDocumentedKinds() {
        assertTrue(model.nodes().size() > 30, "nodes: " + model.nodes().size());
        assertTrue(model.edges().size() > 30, "edges: " + model.edges().size());
        Set<String> ids = model.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        assertEquals(model.nodes().size(), ids.size(), "node ids are unique");
        Set<String> types = Set.of("Meeting", "Document", "ConveningBody", "Region", "Program", "Person", "Organization");
        for (GraphNode n : model.nodes())
            assertTrue(types.contains(n.type()), n.toString());
        for (GraphEdge e : model.edges()) {
            assertTrue(ids.contains(e.source()) && ids.contains(e.target()), e.toString());
            assertTrue(GraphModel.EDGE_PREDICATES.contains(e.predicate()), e.toString());
        }
        Set<String> edgeIds = model.edges().stream().map(GraphEdge::id).collect(Collectors.toSet());
        assertEquals(model.edges().size(), edgeIds.size(), "edge ids are unique");
        assertTrue(types(model.nodes()).containsAll(Set.of("Meeting", "Document", "ConveningBody", "Person")), types(model.nodes()).toString());
        assertTrue(model.edges().stream().anyMatch(e -> e.date() != null), "meetings' edges carry their dates");
    }

    @Test
    void everyApprovalOfTheStoreIsAnEdgeDatedByItsMeeting() {
        long approvals = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?m ?d WHERE { ?m <" + Vocab.RK + "approved> ?d } }");
        List<GraphEdge> approved = model.edges().stream().filter(e -> e.type().equals("approved")).toList();
        assertTrue(approvals > 5, "seeds have approvals: " + approvals);
        assertEquals(approvals, approved.size());
        Map<String, GraphNode> byId = byId();
        for (GraphEdge e : approved) {
            assertEquals("Meeting", byId.get(e.source()).type());
            assertEquals("Document", byId.get(e.target()).type());
            assertEquals(byId.get(e.source()).date(), e.date());
            assertEquals("approved", e.label());
        }
        GraphEdge chaired = model.edges().stream().filter(e -> e.type().equals("chairedBy")).findFirst().orElseThrow();
        assertEquals("chaired by", chaired.label(), "edge labels come from the ontology");
    }

    @Test
    void aMeetingSeenAtSeveralPrecisionsTakesItsMostPreciseDate() {
        GraphNode m = model.nodes().stream().filter(n -> "十八届中央全面深化改革领导小组第二十一次会议".equals(n.label())).findFirst().orElseThrow();
        long keys = count("SELECT (COUNT(DISTINCT ?k) AS ?n) WHERE { <" + m.id() + "> <" + Vocab.RK + "dateKey> ?k }");
        String max = Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create("SELECT (MAX(?k) AS ?d) WHERE { <" + m.id() + "> <" + Vocab.RK + "dateKey> ?k }", store.dataset())) {
                return qe.execSelect().next().getLiteral("d").getLexicalForm();
            }
        });
        assertTrue(keys >= 1);
        assertEquals(max, m.date());
        assertEquals(Integer.valueOf(max.substring(0, 4)), m.year());
        assertEquals(18, m.term());
        assertEquals(21, m.ordinal());
    }

    // ---- JGraphT importers -------------------------------------------------------------

    @Test
    void graphMlReadsBackWithEveryAttribute() throws IOException {
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(Function.identity());
        importer.setSchemaValidation(false); // the schema is fetched from the web otherwise
        Imported in = importInto(importer, export(ExportFormat.GRAPHML, "graph.graphml"), "type");
        assertSameGraph(in, "type");
        assertTrue(Files.readString(tmp.resolve("graph.graphml")).contains("attr.type=\"int\""), "year, term, ordinal are ints");
    }

    @Test
    void gexfReadsBackWithEveryAttribute() throws IOException {
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(Function.identity());
        importer.setSchemaValidation(false);
        Imported in = importInto(importer, export(ExportFormat.GEXF, "graph.gexf"), GexfExporter.RELATION);
        assertSameGraph(in, GexfExporter.RELATION);
    }

    @Test
    void dotReadsBackWithEveryAttribute() throws IOException {
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(Function.identity());
        Imported in = importInto(importer, export(ExportFormat.DOT, "graph.dot"), "type");
        assertSameGraph(in, "type");
        for (GraphEdge e : model.edges())
            assertEquals(e.id(), in.edges().get(key(e.source(), e.type(), e.target())).get("id"), "DOT edges carry their ids");
    }

    // ---- RDF ---------------------------------------------------------------------------

    @Test
    void jsonLdParsesBackIsomorphicToTheExportedTriples() throws IOException {
        Path file = export(ExportFormat.JSONLD, "graph.jsonld");
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.JSONLD).parse(back);
        Graph exported = model.triples();
        assertTrue(exported.size() > model.edges().size(), "labels, types and dates are triples too");
        assertTrue(exported.isIsomorphicWith(back), "JSON-LD round trip: " + exported.size() + " vs " + back.size());
    }

    @Test
    void trigParsesBackIsomorphicWithOneNamedGraphPerSource() throws IOException {
        Path file = export(ExportFormat.TRIG, "graph.trig");
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(file).lang(Lang.TRIG).parse(back);
        assertTrue(IsoMatcher.isomorphic(model.rdf(), back), "TriG round trip");
        Set<Node> graphs = new HashSet<>();
        back.listGraphNodes().forEachRemaining(graphs::add);
        String classes = GraphModel.NODE_CLASSES.stream().map(c -> "<" + c + ">").collect(Collectors.joining(" "));
        Set<Node> sourcesWithNodes = new HashSet<>(Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(
                    "SELECT DISTINCT ?g WHERE { VALUES ?c { " + classes + " } GRAPH ?g { ?n a ?c } }", store.dataset())) {
                List<Node> gs = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> gs.add(row.get("g").asNode()));
                return gs;
            }
        }));
        assertTrue(sourcesWithNodes.size() >= 2, "several seeds have entities: " + sourcesWithNodes);
        assertEquals(sourcesWithNodes, graphs, "a named graph for each source with nodes in it");
        assertTrue(back.getDefaultGraph().isEmpty(), "every default-graph triple is in some source");
        // each exported quad is in the store's graph of the same name
        Txn.executeRead(store.dataset(), () -> back.find().forEachRemaining((Quad q) ->
            assertTrue(store.dataset().asDatasetGraph().contains(q), "not in the store: " + q)));
    }

    // ---- Cytoscape.js and Gephi ----------------------------------------------------------

    @Test
    void cytoscapeJsonHasEveryNodeAndEdgeWithItsData() throws IOException {
        Path file = export(ExportFormat.CYTOSCAPE, "graph.json");
        JsonObject root = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        JsonArray nodes = root.getObj("elements").get("nodes").getAsArray();
        JsonArray edges = root.getObj("elements").get("edges").getAsArray();
        assertEquals(model.nodes().size(), nodes.size());
        assertEquals(model.edges().size(), edges.size());
        Map<String, GraphNode> byId = byId();
        for (JsonValue v : nodes) {
            JsonObject data = v.getAsObject().getObj("data");
            GraphNode n = byId.get(data.getString("id"));
            assertNotNull(n, data.toString());
            assertEquals(n.label(), data.hasKey("label") ? data.getString("label") : null);
            assertEquals(n.type(), data.getString("type"));
            assertEquals(n.date(), data.hasKey("date") ? data.getString("date") : null);
            if (n.year() != null)
                assertEquals(n.year().intValue(), data.get("year").getAsNumber().value().intValue(), "year is a number");
        }
        Map<String, GraphEdge> edgeById = model.edges().stream().collect(Collectors.toMap(GraphEdge::id, e -> e));
        for (JsonValue v : edges) {
            JsonObject data = v.getAsObject().getObj("data");
            GraphEdge e = edgeById.get(data.getString("id"));
            assertNotNull(e, data.toString());
            assertEquals(List.of(e.source(), e.target(), e.type(), e.label()),
                List.of(data.getString("source"), data.getString("target"), data.getString("type"), data.getString("label")));
            assertEquals(e.date(), data.hasKey("date") ? data.getString("date") : null);
        }
    }

    @Test
    void gephiCsvIsANodesAndAnEdgesTableWithTimeIntervals() throws IOException {
        List<Path> files = ExportFormat.GEPHI_CSV.exporter().export(model, tmp.resolve("graph.csv"));
        assertEquals(List.of(tmp.resolve("graph-nodes.csv"), tmp.resolve("graph-edges.csv")), files);
        List<CSVRecord> nodes = csv(files.get(0), GephiCsvExporter.NODE_COLUMNS);
        List<CSVRecord> edges = csv(files.get(1), GephiCsvExporter.EDGE_COLUMNS);
        assertEquals(model.nodes().size(), nodes.size());
        assertEquals(model.edges().size(), edges.size());
        Map<String, GraphNode> byId = byId();
        for (CSVRecord r : nodes) {
            GraphNode n = byId.get(r.get("Id"));
            assertNotNull(n, r.toString());
            assertEquals(n.label() == null ? "" : n.label(), r.get("Label"));
            assertEquals(n.type(), r.get("Type"));
        }
        Map<String, GraphEdge> edgeById = model.edges().stream().collect(Collectors.toMap(GraphEdge::id, e -> e));
        int dated = 0;
        for (CSVRecord r : edges) {
            GraphEdge e = edgeById.get(r.get("Id"));
            assertNotNull(e, r.toString());
            assertEquals(List.of(e.source(), e.target(), "Directed", e.type(), e.label()),
                List.of(r.get("Source"), r.get("Target"), r.get("Type"), r.get("Kind"), r.get("Label")));
            String interval = r.get("Time Interval");
            if (e.date() == null) {
                assertEquals("", interval);
            } else {
                dated++;
                assertTrue(interval.matches("<\\[" + e.date() + "(-\\d\\d)*, " + e.date() + "(-\\d\\d)*]>"), interval);
            }
        }
        assertTrue(dated > 0, "some edges are dated");
    }

    @Test
    void gephiIntervalsCoverTheDaysOfADateAtItsPrecision() {
        assertEquals("<[2016-02-23, 2016-02-23]>", GephiCsvExporter.interval("2016-02-23"));
        assertEquals("<[2016-02-01, 2016-02-29]>", GephiCsvExporter.interval("2016-02"));
        assertEquals("<[2014-01-01, 2014-12-31]>", GephiCsvExporter.interval("2014"));
        assertEquals("", GephiCsvExporter.interval(null));
        assertEquals("", GephiCsvExporter.interval("2014-13"));
        assertEquals(Path.of("out/x-edges.csv"), GephiCsvExporter.sibling(Path.of("out/x.CSV"), "-edges.csv"));
        assertEquals(Path.of("x-nodes.csv"), GephiCsvExporter.sibling(Path.of("x"), "-nodes.csv"));
    }

    // ---- helpers -----------------------------------------------------------------------

    /**
     * What an importer read: attributes by node id, and each edge's attributes with its source and
     * target by {@link #key} (JGraphT's GraphML importer does not report edge ids).
     */
    record Imported(Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {}

    private static String key(String source, String type, String target) {
        return source + " " + type + " " + target;
    }

    private <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>>
            Imported importInto(I importer, Path file, String edgeTypeAttribute) throws IOException {
        DirectedPseudograph<String, DefaultEdge> g = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        Map<String, Map<String, String>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttrs = new LinkedHashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
            nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) ->
            edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(g, r);
        }
        assertEquals(model.nodes().size(), g.vertexSet().size(), "node count");
        assertEquals(model.edges().size(), g.edgeSet().size(), "edge count");
        Map<String, Map<String, String>> edges = new HashMap<>();
        for (DefaultEdge e : g.edgeSet()) {
            Map<String, String> a = new HashMap<>(edgeAttrs.getOrDefault(e, Map.of()));
            a.put("source", g.getEdgeSource(e));
            a.put("target", g.getEdgeTarget(e));
            assertNull(edges.put(key(a.get("source"), a.get(edgeTypeAttribute), a.get("target")), a), "duplicate edge " + a);
        }
        for (String v : g.vertexSet())
            nodeAttrs.computeIfAbsent(v, k -> new HashMap<>());
        return new Imported(nodeAttrs, edges);
    }

    /** Every node's label, type and date and every edge's ends, type, label and date survived. */
    private static void assertSameGraph(Imported in, String edgeTypeAttribute) {
        for (GraphNode n : model.nodes()) {
            Map<String, String> a = in.nodes().get(n.id());
            assertNotNull(a, "node " + n.id());
            // GEXF writes the id as label where there is none
            if (n.label() != null)
                assertEquals(n.label(), a.get("label"), n.id());
            assertEquals(n.type(), a.get("type"), n.id());
            assertEquals(n.date(), a.get("date"), n.id());
            assertEquals(n.year() == null ? null : n.year().toString(), a.get("year"), n.id());
        }
        for (GraphEdge e : model.edges()) {
            Map<String, String> a = in.edges().get(key(e.source(), e.type(), e.target()));
            assertNotNull(a, "edge " + e);
            assertEquals(e.label(), a.get("label"), e.id());
            assertEquals(e.date(), a.get("date"), e.id());
        }
    }

    private Path export(ExportFormat format, String name) throws IOException {
        List<Path> files = format.exporter().export(model, tmp.resolve(name));
        assertEquals(List.of(tmp.resolve(name)), files);
        return files.get(0);
    }

    private static List<CSVRecord> csv(Path file, List<String> header) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            assertEquals(header, p.getHeaderNames(), file + " header");
            List<CSVRecord> records = p.getRecords();
            for (CSVRecord rec : records)
                assertTrue(rec.isConsistent(), "row " + rec.getRecordNumber() + " has " + rec.size() + " cells");
            return records;
        }
    }

    private static Map<String, GraphNode> byId() {
        return model.nodes().stream().collect(Collectors.toMap(GraphNode::id, n -> n));
    }

    private static Set<String> types(List<GraphNode> nodes) {
        return nodes.stream().map(GraphNode::type).collect(Collectors.toSet());
    }

    private static long count(String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(select, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}

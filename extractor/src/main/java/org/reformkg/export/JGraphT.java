package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;

/** The bridge to JGraphT's exporters: a {@link GraphModel} as a JGraphT graph, attributes as JGraphT attributes. */
final class JGraphT {

    private JGraphT() {}

    /** The model as a directed multigraph (two facts may link the same pair) allowing loops. */
    static Graph<GraphNode, GraphEdge> graph(GraphModel model) {
        Graph<GraphNode, GraphEdge> g = new DirectedPseudograph<>(null, null, false);
        Map<String, GraphNode> byId = new HashMap<>();
        for (GraphNode n : model.nodes()) {
            g.addVertex(n);
            byId.put(n.id(), n);
        }
        for (GraphEdge e : model.edges())
            g.addEdge(byId.get(e.source()), byId.get(e.target()), e);
        return g;
    }

    /** Attribute values as JGraphT attributes: integers typed as such, everything else as text. */
    static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Integer i ? DefaultAttribute.createAttribute(i)
            : DefaultAttribute.createAttribute(String.valueOf(v))));
        return out;
    }

    /** Runs a configured exporter over the model, writing UTF-8. */
    static void export(GraphExporter<GraphNode, GraphEdge> exporter, GraphModel model, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graph(model), w);
        w.flush();
    }
}

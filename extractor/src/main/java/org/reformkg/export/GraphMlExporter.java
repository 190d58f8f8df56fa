package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML by JGraphT: node ids are IRIs, edge ids the stable {@link GraphEdge#id()}; every
 * {@link GraphNode#ATTRIBUTES node attribute} and {@link GraphEdge#ATTRIBUTES edge attribute} is
 * a declared {@code <key>} of the same name (year, term and ordinal of type int, the rest string;
 * label, type and date, which both have, are one key {@code for="all"}).
 */
public final class GraphMlExporter implements Exporter.SingleFile {

    @Override
    public void write(GraphModel graph, OutputStream out) throws IOException {
        GraphMLExporter<GraphNode, GraphEdge> ex = new GraphMLExporter<>(GraphNode::id);
        ex.setEdgeIdProvider(GraphEdge::id);
        // JGraphT keys attributes by name alone: a name nodes and edges share (label, type, date) is one key "for all".
        for (String a : GraphNode.ATTRIBUTES)
            ex.registerAttribute(a, GraphEdge.ATTRIBUTES.contains(a) ? AttributeCategory.ALL : AttributeCategory.NODE,
                GraphNode.INTEGER_ATTRIBUTES.contains(a) ? AttributeType.INT : AttributeType.STRING);
        for (String a : GraphEdge.ATTRIBUTES)
            if (!GraphNode.ATTRIBUTES.contains(a))
                ex.registerAttribute(a, AttributeCategory.EDGE, AttributeType.STRING);
        ex.setVertexAttributeProvider(n -> JGraphT.attributes(n.attributes()));
        ex.setEdgeAttributeProvider(e -> JGraphT.attributes(e.attributes()));
        JGraphT.export(ex, graph, out);
    }
}

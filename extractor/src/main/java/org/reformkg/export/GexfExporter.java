package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * GEXF 1.2 by JGraphT (Gephi's own format): node and edge labels are GEXF labels, the other
 * attributes declared {@code <attribute>}s. GEXF reserves an edge's {@code type} for its direction
 * (all edges are {@code directed}), so the predicate's local name travels as the edge attribute
 * {@value #RELATION}.
 */
public final class GexfExporter implements Exporter.SingleFile {

    /** The edge attribute holding {@link GraphEdge#type()}. */
    public static final String RELATION = "relation";

    @Override
    public void write(GraphModel graph, OutputStream out) throws IOException {
        GEXFExporter<GraphNode, GraphEdge> ex = new GEXFExporter<>(GraphNode::id, GraphEdge::id);
        ex.setCreator("reformkg");
        ex.setDescription("reformkg export: " + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges");
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        ex.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_TYPES, true);
        for (String a : GraphNode.ATTRIBUTES)
            if (!a.equals("label"))
                ex.registerAttribute(a, AttributeCategory.NODE,
                    GraphNode.INTEGER_ATTRIBUTES.contains(a) ? GEXFAttributeType.INTEGER : GEXFAttributeType.STRING);
        ex.registerAttribute(RELATION, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.registerAttribute("date", AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.setVertexAttributeProvider(n -> JGraphT.attributes(n.attributes()));
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = JGraphT.attributes(e.attributes());
            m.put(RELATION, m.remove("type"));
            return m;
        });
        JGraphT.export(ex, graph, out);
    }
}

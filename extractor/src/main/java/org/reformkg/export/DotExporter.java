package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT by JGraphT: a {@code digraph reformkg} whose node ids are the quoted IRIs; every
 * attribute is a quoted DOT attribute of the same name ({@code label} is the one Graphviz draws),
 * and each edge also carries its {@code id}.
 */
public final class DotExporter implements Exporter.SingleFile {

    @Override
    public void write(GraphModel graph, OutputStream out) throws IOException {
        DOTExporter<GraphNode, GraphEdge> ex = new DOTExporter<>(n -> quoted(n.id()));
        ex.setGraphIdProvider(() -> "reformkg");
        ex.setVertexAttributeProvider(n -> JGraphT.attributes(n.attributes()));
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = JGraphT.attributes(e.attributes());
            m.put("id", DefaultAttribute.createAttribute(e.id()));
            return m;
        });
        JGraphT.export(ex, graph, out);
    }

    /** A DOT double-quoted ID; in DOT only the quote needs escaping. */
    private static String quoted(String id) {
        return "\"" + id.replace("\"", "\\\"") + "\"";
    }
}

package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js elements JSON (also read by Cytoscape desktop's "cytoscape.js JSON" import):
 * <pre>
 * {"elements": {"nodes": [{"data": {"id": IRI, "label": ..., "type": ..., "date": ..., "year": 2016, ...}}],
 *               "edges": [{"data": {"id": ..., "source": IRI, "target": IRI, "type": ..., "label": ..., "date": ...}}]}}
 * </pre>
 * Absent attributes are left out; year, term and ordinal are JSON numbers. Written by Jena's JSON writer, UTF-8.
 */
public final class CytoscapeExporter implements Exporter.SingleFile {

    @Override
    public void write(GraphModel graph, OutputStream out) throws IOException {
        JsonArray nodes = new JsonArray();
        for (GraphNode n : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.id());
            put(data, n.attributes());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (GraphEdge e : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            put(data, e.attributes());
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        root.put("elements", elements);
        JSON.write(out, root);
        out.write('\n');
        out.flush();
    }

    private static JsonObject element(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }

    private static void put(JsonObject data, Map<String, Object> attributes) {
        attributes.forEach((k, v) -> {
            if (v instanceof Integer i)
                data.put(k, i.longValue());
            else
                data.put(k, String.valueOf(v));
        });
    }
}

package org.reformkg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An edge of an exported graph: one triple between two nodes.
 *
 * @param id        stable identifier derived from the triple ({@code e} and 16 hex digits), the
 *                  same in every export of the same fact, so exports can be merged
 * @param source    the subject node's id
 * @param target    the object node's id
 * @param predicate the predicate's IRI
 * @param type      the predicate's local name ({@code approved}, {@code chairedBy})
 * @param label     the predicate's English label from the ontology ({@code chaired by}), else its local name
 * @param date      the source node's date where it has one (a meeting's date on its edges), else {@code null}
 */
public record GraphEdge(String id, String source, String target, String predicate,
                        String type, String label, String date) {

    /** The attribute names, in the order formats list them; all are text. */
    public static final List<String> ATTRIBUTES = List.of("type", "label", "date");

    /** Requires everything but the date. */
    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }

    /** The attributes that are present, by name in {@link #ATTRIBUTES} order. */
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("label", label);
        if (date != null)
            m.put("date", date);
        return m;
    }
}

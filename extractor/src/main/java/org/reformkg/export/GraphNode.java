package org.reformkg.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of an exported graph: an entity of the knowledge graph with the attributes that travel
 * with it into every format. Absent attributes are {@code null}.
 *
 * @param id      the entity's IRI (a blank node as {@code _:label})
 * @param label   its {@code rdfs:label}
 * @param type    local name of its most specific class ({@code Meeting}, {@code Document},
 *                {@code ConveningBody}, {@code Region}, {@code Program}, {@code Person},
 *                {@code Organization}, else the first other class by name)
 * @param date    a meeting's most precise date, ISO 8601 at the precision the text supports
 *                ({@code 2014}, {@code 2014-06}, {@code 2016-02-23})
 * @param year    the year of {@code date}, or {@code rk:year} without a date
 * @param term    a meeting's term (届)
 * @param ordinal a meeting's ordinal (第N次)
 * @param level   a region's level (province, city, county...)
 * @param code    a region's GB/T 2260 division code
 */
public record GraphNode(String id, String label, String type, String date, Integer year,
                        Integer term, Integer ordinal, String level, String code) {

    /** The attribute names, in the order formats list them; {@link #INTEGER_ATTRIBUTES} are integers, the rest text. */
    public static final List<String> ATTRIBUTES = List.of("label", "type", "date", "year", "term", "ordinal", "level", "code");

    /** The attributes whose values are integers. */
    public static final List<String> INTEGER_ATTRIBUTES = List.of("year", "term", "ordinal");

    /** Requires an id; every attribute may be absent. */
    public GraphNode {
        Objects.requireNonNull(id, "id");
    }

    /** The attributes that are present, by name in {@link #ATTRIBUTES} order: text as {@code String}, integers as {@code Integer}. */
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        Object[] values = {label, type, date, year, term, ordinal, level, code};
        for (int i = 0; i < values.length; i++)
            if (values[i] != null)
                m.put(ATTRIBUTES.get(i), values[i]);
        return m;
    }
}

/**
 * Export of the knowledge graph for network tools and as RDF ({@code kg export}).
 *
 * <p>{@link org.reformkg.export.GraphModel#read} runs a SPARQL CONSTRUCT query over the store
 * (by default {@link org.reformkg.export.GraphModel#DEFAULT_QUERY}, the meeting–document–body–
 * region–program graph) and turns its triples into {@link org.reformkg.export.GraphNode}s and
 * {@link org.reformkg.export.GraphEdge}s; an {@link org.reformkg.export.Exporter} per
 * {@link org.reformkg.export.ExportFormat} writes them:
 * <ul>
 * <li>GraphML, GEXF and DOT through JGraphT's exporters;</li>
 * <li>Gephi's spreadsheet CSV (a nodes and an edges file) and Cytoscape.js JSON written here;</li>
 * <li>JSON-LD and TriG of the selected triples through Jena RIOT, TriG keeping one named graph per source.</li>
 * </ul>
 * Attributes are the same everywhere: a node's id is its IRI, with label, type, date, year, term,
 * ordinal, level and code where present; an edge has its predicate's local name as type, the
 * ontology's label for it, and the source node's date. Two formats rename one: GEXF reserves an
 * edge's {@code type} for its direction (the predicate is {@code relation}), and Gephi's CSV reads
 * {@code Type} as direction and {@code Kind} as edge type (the predicate is {@code Kind}).
 */
package org.reformkg.export;

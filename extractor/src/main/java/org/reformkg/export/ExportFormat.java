package org.reformkg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The export formats, by the keyword {@code kg export --format} takes. */
public enum ExportFormat {
    /** GraphML (yEd, Gephi, Cytoscape, networkx, igraph). */
    GRAPHML("graphml", GraphMlExporter::new),
    /** GEXF 1.2 (Gephi). */
    GEXF("gexf", GexfExporter::new),
    /** Gephi spreadsheet CSV: a nodes and an edges table. */
    GEPHI_CSV("gephi-csv", GephiCsvExporter::new),
    /** Cytoscape.js elements JSON. */
    CYTOSCAPE("cytoscape", CytoscapeExporter::new),
    /** Graphviz DOT. */
    DOT("dot", DotExporter::new),
    /** JSON-LD 1.1 of the exported triples. */
    JSONLD("jsonld", RdfExporter::jsonLd),
    /** TriG of the exported triples, per source graph. */
    TRIG("trig", RdfExporter::trig);

    private final String keyword;
    private final Supplier<Exporter> exporter;

    ExportFormat(String keyword, Supplier<Exporter> exporter) {
        this.keyword = keyword;
        this.exporter = exporter;
    }

    /** The word for this format on the command line. */
    public String keyword() {
        return keyword;
    }

    /** A new exporter for this format. */
    public Exporter exporter() {
        return exporter.get();
    }

    /** All keywords, in declaration order, joined with {@code |}. */
    public static String keywords() {
        return Arrays.stream(values()).map(ExportFormat::keyword).collect(Collectors.joining("|"));
    }

    /**
     * The format for a keyword, ignoring case.
     *
     * @throws IllegalArgumentException naming the keyword and listing the known ones
     */
    public static ExportFormat parse(String keyword) {
        String k = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.keyword.equals(k)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown format '" + keyword + "' (known: " + keywords() + ")"));
    }
}

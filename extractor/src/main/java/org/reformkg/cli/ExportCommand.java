package org.reformkg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.reformkg.export.ExportFormat;
import org.reformkg.export.GraphModel;
import org.reformkg.export.QueryFile;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.CannedQueryException;
import org.reformkg.query.QueryParamException;
import org.reformkg.query.QueryRunner;
import org.reformkg.query.UnknownQueryException;
import org.reformkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg export}: the store's graph, or the graph of a CONSTRUCT query, for network tools
 * (GraphML, GEXF, Gephi CSV, Cytoscape.js, DOT) or as RDF (JSON-LD, TriG).
 *
 * <p>Options are checked here rather than by picocli so that every bad input gives one line on
 * stderr naming it (exit 2); a file that cannot be written gives one line and exit 1.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        customSynopsis = "kg export --format FORMAT [--store DIR] [--query NAME | --query-file FILE] [--param KEY=VALUE]... --out FILE",
        description = {"Export the meeting-document-body-region-program graph, or the graph of a CONSTRUCT query, for Gephi, Cytoscape, yEd, Graphviz or as RDF.",
                "Nodes carry id (IRI), label, type, date, year, term, ordinal, level, code; edges type (predicate), label and the source node's date.",
                "gephi-csv writes two files: --out x.csv gives x-nodes.csv and x-edges.csv (the predicate in column Kind; Type is the direction).",
                "In GEXF an edge's type is its direction, so the predicate is the edge attribute 'relation'.",
                "Example: ./kg export --format gexf --out out/graph.gexf ; ./kg export --format graphml --query-file my-graph.rq --param year=2016 --out out/2016.graphml"})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf, gephi-csv, cytoscape, dot, jsonld or trig (required)")
    String format;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path storeDir;

    @Option(names = "--query", paramLabel = "NAME", description = "export the graph of the canned CONSTRUCT query queries/NAME.rq instead of the default graph")
    String queryName;

    @Option(names = "--query-file", paramLabel = "FILE", description = "export the graph of the CONSTRUCT query in FILE (header: # title, # description, # param lines as in queries/*.rq, no # columns)")
    Path queryFile;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "query parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "output file (required)")
    Path out;

    @Override
    public Integer call() {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.parse(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            return fail(format == null ? "--format is required (" + ExportFormat.keywords() + ")" : "--format " + e.getMessage());
        }
        if (out == null)
            return fail("--out FILE is required");
        if (queryName != null && queryFile != null)
            return fail("give --query NAME or --query-file FILE, not both");
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0)
                return fail("--param " + p + ": expected KEY=VALUE");
            values.put(p.substring(0, eq), p.substring(eq + 1));
        }
        if (queryName == null && queryFile == null && !values.isEmpty())
            return fail("--param " + params.get(0) + ": the default graph takes no parameters (they are for --query or --query-file)");
        CannedQuery query;
        try {
            query = query();
        } catch (NoSuchFileException e) {
            return fail("--query-file " + queryFile + ": no such file");
        } catch (IOException e) {
            return fail("--query-file " + queryFile + ": cannot read: " + e.getMessage());
        } catch (UnknownQueryException | CannedQueryException e) {
            return fail(e.getMessage());
        }
        if (!query.query().isConstructType())
            return fail("--query " + queryName + ": a " + query.query().queryType().name()
                + " query (a table, not a graph); export needs a CONSTRUCT query, e.g. --query-file FILE");
        try {
            QueryRunner.bindings(query, values);
        } catch (QueryParamException e) {
            return fail(e.getMessage());
        }
        if (!Files.isDirectory(storeDir))
            return fail("--store " + storeDir + ": no store there (load one with ./kg load)");

        GraphModel graph;
        try (Store store = Store.open(storeDir)) {
            graph = GraphModel.read(store.dataset(), query, values);
        }
        List<Path> written;
        try {
            written = fmt.exporter().export(graph, out);
        } catch (IOException e) {
            System.err.println("kg export: --out " + out + ": cannot write: " + Kg.oneLine(reason(e)));
            return 1;
        }
        System.err.printf("kg export: %d nodes, %d edges to %s%n", graph.nodes().size(), graph.edges().size(),
            written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return 0;
    }

    private CannedQuery query() throws IOException {
        if (queryFile != null)
            return QueryFile.read(queryFile);
        if (queryName != null)
            return CannedQueries.load().get(queryName);
        return GraphModel.DEFAULT_QUERY;
    }

    /** Why a file could not be written, in words: Java's file errors give only the path as message. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException)
            return "a file is in the way of " + ((FileSystemException) e).getFile();
        if (e instanceof NoSuchFileException) return "no such folder";
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int fail(String message) {
        System.err.println("kg export: " + Kg.oneLine(message));
        return 2;
    }
}

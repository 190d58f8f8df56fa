package org.reformkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.reformkg.export.ExportFormat;
import org.reformkg.export.Exporter;
import org.reformkg.export.GephiCsvExporter;
import org.reformkg.export.GraphModel;
import org.reformkg.query.QueryParamException;
import org.reformkg.query.QueryRunner;

/**
 * The graph export over HTTP, for the graph page and for download:
 * {@code GET /reform/export?format=FORMAT} answers the meeting–document–body–region–program graph
 * ({@link GraphModel#DEFAULT_QUERY}, as {@code kg export} without {@code --query}) as a file, with
 * its media type and {@code Content-Disposition: attachment; filename="reformkg.EXT"}:
 * <table>
 * <caption>formats</caption>
 * <tr><th>format</th><th>Content-Type</th><th>file</th></tr>
 * <tr><td>graphml</td><td>application/graphml+xml</td><td>reformkg.graphml</td></tr>
 * <tr><td>gexf</td><td>application/gexf+xml</td><td>reformkg.gexf</td></tr>
 * <tr><td>gephi-csv</td><td>application/zip</td><td>reformkg-gephi.zip holding reformkg-nodes.csv and reformkg-edges.csv;
 *     with {@code part=nodes} or {@code part=edges}, that one table as text/csv</td></tr>
 * <tr><td>cytoscape</td><td>application/json</td><td>reformkg.cytoscape.json</td></tr>
 * <tr><td>dot</td><td>text/vnd.graphviz</td><td>reformkg.dot</td></tr>
 * <tr><td>jsonld</td><td>application/ld+json</td><td>reformkg.jsonld</td></tr>
 * <tr><td>trig</td><td>application/trig</td><td>reformkg.trig</td></tr>
 * </table>
 * Text is UTF-8. The default graph query takes no parameters, so any parameter other than
 * {@code format} and {@code part} is a 400; so is a missing or unknown format. Export files are
 * written in memory first, so a failure is a clean error status rather than a cut-off file.
 * CONSTRUCT query files ({@code kg export --query-file}) are not offered over HTTP: the server
 * does not read files a client names.
 */
final class ExportServlet extends GetServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Selects the export format. */
    static final String FORMAT_PARAM = "format";
    /** Selects one table of gephi-csv: {@code nodes} or {@code edges}. */
    static final String PART_PARAM = "part";

    private final transient Dataset dataset;

    ExportServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = parameters(req);
        String keyword = params.remove(FORMAT_PARAM);
        String part = params.remove(PART_PARAM);
        if (keyword == null)
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST,
                "parameter 'format' is required: " + ExportFormat.keywords());
        ExportFormat format;
        try {
            format = ExportFormat.parse(keyword);
        } catch (IllegalArgumentException e) {
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST,
                "parameter 'format': '" + printable(keyword) + "' is not one of " + ExportFormat.keywords());
        }
        if (part != null && (format != ExportFormat.GEPHI_CSV || !(part.equals("nodes") || part.equals("edges"))))
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST,
                "parameter 'part': only format=gephi-csv has parts, 'nodes' or 'edges'");
        try {
            // the export query's own check: it takes no parameters, so this names any other one
            QueryRunner.bindings(GraphModel.DEFAULT_QUERY, params);
        } catch (QueryParamException e) {
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }

        GraphModel graph = GraphModel.read(dataset, GraphModel.DEFAULT_QUERY, Map.of());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        String type, file;
        if (format == ExportFormat.GEPHI_CSV) {
            GephiCsvExporter gephi = new GephiCsvExporter();
            if (part == null) {
                type = "application/zip";
                file = "reformkg-gephi.zip";
                try (ZipOutputStream zip = new ZipOutputStream(buf)) {
                    zip.putNextEntry(new ZipEntry("reformkg-nodes.csv"));
                    gephi.writeNodes(graph, zip);
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry("reformkg-edges.csv"));
                    gephi.writeEdges(graph, zip);
                    zip.closeEntry();
                }
            } else {
                type = "text/csv; charset=utf-8";
                file = "reformkg-" + part + ".csv";
                if (part.equals("nodes"))
                    gephi.writeNodes(graph, buf);
                else
                    gephi.writeEdges(graph, buf);
            }
        } else {
            type = switch (format) {
                case GRAPHML -> "application/graphml+xml; charset=utf-8";
                case GEXF -> "application/gexf+xml; charset=utf-8";
                case CYTOSCAPE -> "application/json; charset=utf-8";
                case DOT -> "text/vnd.graphviz; charset=utf-8";
                case JSONLD -> "application/ld+json; charset=utf-8";
                case TRIG -> "application/trig; charset=utf-8";
                case GEPHI_CSV -> throw new AssertionError("handled above");
            };
            file = "reformkg." + (format == ExportFormat.CYTOSCAPE ? "cytoscape.json" : format.keyword());
            ((Exporter.SingleFile) format.exporter()).write(graph, buf);
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(buf.size());
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }
}

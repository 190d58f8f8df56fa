package org.reformkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Gephi's spreadsheet import (Data Laboratory, "Import Spreadsheet"): two comma-separated UTF-8
 * files, quoted as RFC 4180. For {@code --out x.csv} (or {@code x}) they are
 * {@code x-nodes.csv} and {@code x-edges.csv}:
 * <ul>
 * <li>nodes: {@code Id,Label,Type} — the IRI, the label and the node type;</li>
 * <li>edges: {@code Source,Target,Type,Kind,Id,Label,Time Interval}. Gephi reads {@code Type} as
 *     the edge's direction (always {@code Directed}) and {@code Kind} as its edge type, so the
 *     predicate's local name ({@code approved}) is in {@code Kind}. {@code Time Interval} is empty
 *     for undated edges, else Gephi's interval syntax over the days the date covers:
 *     {@code <[2016-02-23, 2016-02-23]>}, {@code <[2014-06-01, 2014-06-30]>}, {@code <[2014-01-01, 2014-12-31]>}.</li>
 * </ul>
 * Import the nodes table first, then the edges table into the same workspace.
 */
public final class GephiCsvExporter implements Exporter {

    /** The nodes table's header. */
    public static final List<String> NODE_COLUMNS = List.of("Id", "Label", "Type");
    /** The edges table's header. */
    public static final List<String> EDGE_COLUMNS = List.of("Source", "Target", "Type", "Kind", "Id", "Label", "Time Interval");

    @Override
    public List<Path> export(GraphModel graph, Path out) throws IOException {
        Path nodes = sibling(out, "-nodes.csv");
        Path edges = sibling(out, "-edges.csv");
        OutputFiles.write(nodes, os -> writeNodes(graph, os));
        OutputFiles.write(edges, os -> writeEdges(graph, os));
        return List.of(nodes, edges);
    }

    /** The file beside {@code out} named after it without {@code .csv}, plus {@code suffix}. */
    static Path sibling(Path out, String suffix) {
        String name = out.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv"))
            name = name.substring(0, name.length() - 4);
        return out.resolveSibling(name + suffix);
    }

    /** Writes the nodes table. */
    public void writeNodes(GraphModel graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, NODE_COLUMNS);
        for (GraphNode n : graph.nodes())
            row(w, List.of(n.id(), orEmpty(n.label()), orEmpty(n.type())));
        w.flush();
    }

    /** Writes the edges table. */
    public void writeEdges(GraphModel graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, EDGE_COLUMNS);
        for (GraphEdge e : graph.edges())
            row(w, List.of(e.source(), e.target(), "Directed", e.type(), e.id(), e.label(), interval(e.date())));
        w.flush();
    }

    /**
     * A date at year, month or day precision as Gephi's closed interval of the days it covers;
     * empty for {@code null} or a date that does not parse.
     */
    static String interval(String isoDate) {
        if (isoDate == null)
            return "";
        try {
            LocalDate start, end;
            switch (isoDate.length()) {
                case 4 -> {
                    start = LocalDate.of(Integer.parseInt(isoDate), 1, 1);
                    end = start.withDayOfYear(start.lengthOfYear());
                }
                case 7 -> {
                    YearMonth ym = YearMonth.parse(isoDate);
                    start = ym.atDay(1);
                    end = ym.atEndOfMonth();
                }
                default -> start = end = LocalDate.parse(isoDate);
            }
            return "<[" + start + ", " + end + "]>";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0)
                w.write(',');
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180: quoted when it holds a comma, quote, line break or outer space; quotes doubled. */
    private static String cell(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
            || !s.equals(s.strip());
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

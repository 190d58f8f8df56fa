package org.reformkg.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * The rows a canned query returned, held in memory (detached from any transaction) so they
 * can be printed in any {@link OutputFormat} or inspected, any number of times.
 */
public final class QueryResult {

    private final String queryName;
    private final List<String> columns;
    private final List<Var> vars;
    private final List<Binding> rows;
    private final boolean truncated;

    /**
     * @param queryName name of the query that produced the rows
     * @param columns   column names, in order
     * @param rows      the rows; each binding holds the columns that are bound (plain materialized terms)
     * @param truncated whether the query had more rows than the row cap let through
     */
    public QueryResult(String queryName, List<String> columns, List<Binding> rows, boolean truncated) {
        this.queryName = Objects.requireNonNull(queryName, "queryName");
        this.columns = List.copyOf(columns);
        this.vars = this.columns.stream().map(Var::alloc).toList();
        this.rows = List.copyOf(rows);
        this.truncated = truncated;
    }

    /** The name of the query that produced these rows. */
    public String queryName() {
        return queryName;
    }

    /** Column names, in order (the query's SELECT variables). */
    public List<String> columns() {
        return columns;
    }

    /** The rows, in the query's order. */
    public List<Binding> rows() {
        return rows;
    }

    /** Number of rows held. */
    public int size() {
        return rows.size();
    }

    /** Whether the row cap cut off further rows. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * The term in a cell.
     *
     * @return the term, or {@code null} if the cell is unbound
     * @throws IllegalArgumentException for an unknown column
     */
    public Node get(int row, String column) {
        if (!columns.contains(column))
            throw new IllegalArgumentException("no column '" + column + "'; columns: " + String.join(", ", columns));
        return rows.get(row).get(Var.alloc(column));
    }

    /** A cell as plain text: see {@link #plain(Node)}. */
    public String value(int row, String column) {
        return plain(get(row, column));
    }

    /** All cells as plain text, row by row, columns in order. */
    public List<List<String>> values() {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Binding b : rows) {
            List<String> line = new ArrayList<>(vars.size());
            for (Var v : vars)
                line.add(plain(b.get(v)));
            out.add(List.copyOf(line));
        }
        return List.copyOf(out);
    }

    /**
     * Plain text of a term as printed in tables and CSV: an IRI as itself, a literal as its
     * lexical form (no quotes, datatype or language), a blank node as {@code _:label},
     * unbound ({@code null}) as the empty string.
     */
    public static String plain(Node n) {
        if (n == null)
            return "";
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (n.isBlank())
            return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    /** The rows as a fresh Jena {@link RowSet}, e.g. for Jena's result writers. */
    public RowSet rowSet() {
        return RowSetStream.create(vars, rows.iterator());
    }

    /** The rows as a fresh Jena {@link ResultSet}. */
    public ResultSet resultSet() {
        return ResultSet.adapt(rowSet());
    }

    /**
     * Writes the rows in the given format, encoded as UTF-8. The stream is flushed, not closed.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(OutputStream out, OutputFormat format) {
        Objects.requireNonNull(out, "out");
        switch (format) {
            case TABLE -> writeTable(out);
            case CSV -> writeJena(out, ResultSetLang.RS_CSV);
            case TSV -> writeJena(out, ResultSetLang.RS_TSV);
            case JSON -> writeJena(out, ResultSetLang.RS_JSON);
        }
    }

    /** The rows written in the given format, as a string. */
    public String format(OutputFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, format);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void writeJena(OutputStream out, Lang lang) {
        ResultsWriter.create().lang(lang).build().write(out, rowSet());
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeTable(OutputStream out) {
        List<boolean[]> right = new ArrayList<>(rows.size());
        for (Binding b : rows) {
            boolean[] r = new boolean[vars.size()];
            for (int c = 0; c < vars.size(); c++)
                r[c] = isNumber(b.get(vars.get(c)));
            right.add(r);
        }
        try {
            // Not closed: closing would close the caller's stream (System.out).
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TextTable.write(w, columns, values(), right);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean isNumber(Node n) {
        if (n == null || !n.isLiteral())
            return false;
        try {
            return n.getLiteralValue() instanceof Number;
        } catch (RuntimeException ex) {   // ill-formed literal, e.g. "x"^^xsd:integer
            return false;
        }
    }

    @Override
    public String toString() {
        return queryName + columns + " " + rows.size() + " rows" + (truncated ? " (truncated)" : "");
    }
}

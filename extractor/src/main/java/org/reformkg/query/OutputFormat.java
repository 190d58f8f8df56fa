package org.reformkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@link QueryResult#write} prints results. */
public enum OutputFormat {
    /**
     * An aligned text table for terminals: header, a rule, one line per row. Values are plain
     * (IRIs and literals as their lexical form); CJK and other wide characters count two columns;
     * line breaks, tabs and other control characters inside a value are shown escaped ({@code \n}).
     */
    TABLE("table"),
    /**
     * RFC 4180 CSV (SPARQL 1.1 CSV results): first a header row of the column names, then the
     * plain lexical values, CRLF line ends, quoted where needed; unbound values are empty.
     */
    CSV("csv"),
    /**
     * SPARQL 1.1 TSV results: a header of {@code ?column} names, values as RDF terms
     * ({@code "text"}, {@code <iri>}, bare numbers), so nothing is lost and tabs are escaped.
     */
    TSV("tsv"),
    /** SPARQL 1.1 query results JSON ({@code application/sparql-results+json}). */
    JSON("json");

    private final String keyword;

    OutputFormat(String keyword) {
        this.keyword = keyword;
    }

    /** The name used on the command line: {@code table}, {@code csv}, {@code tsv}, {@code json}. */
    public String keyword() {
        return keyword;
    }

    /**
     * The format with this name, ignoring case.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static OutputFormat parse(String name) {
        for (OutputFormat f : values())
            if (f.keyword.equals(name == null ? null : name.toLowerCase(Locale.ROOT)))
                return f;
        throw new IllegalArgumentException("unknown output format " + QueryParamException.quote(String.valueOf(name))
            + "; known formats: " + Arrays.stream(values()).map(OutputFormat::keyword).collect(Collectors.joining(", ")));
    }
}

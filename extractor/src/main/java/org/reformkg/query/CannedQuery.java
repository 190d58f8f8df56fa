package org.reformkg.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * A named, documented SPARQL SELECT query shipped as {@code queries/NAME.rq}.
 *
 * <p>The file starts with a header block, one {@code # key: value} line each:
 * <pre>
 * # title: Approvals
 * # description: Which meeting approved which document ...
 * # param: year year optional - only meetings in this year
 * # param: meeting string optional - meeting name or IRI
 * # columns: meeting_name, meeting_body, meeting_term, meeting_ordinal, meeting_date, title
 * </pre>
 * {@code title}, {@code description} and {@code columns} are required, {@code param} lines
 * optional ({@code NAME TYPE (required|optional) [default=VALUE] - description}, TYPE one of
 * {@code string integer iri year}, VALUE without spaces). The block ends at the first line
 * that is not of that form; free comments and the SPARQL follow.
 *
 * <p>Contract checked when a file is parsed: the query is SPARQL 1.1 SELECT with an explicit
 * projection whose variables are exactly {@code columns}, in order; every parameter is a
 * variable used by the query and is not a result column (substitution would replace it).
 *
 * @param name        the file name without {@code .rq}; how the query is asked for
 * @param title       short title
 * @param description one-line description
 * @param params      declared parameters, in header order
 * @param columns     the result columns, in order: equal to the SELECT variables
 * @param sparql      the SPARQL text after the header block
 */
public record CannedQuery(String name, String title, String description,
                          List<Param> params, List<String> columns, String sparql) {

    /** Copies the lists so the record is immutable. */
    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sparql, "sparql");
        params = List.copyOf(params);
        columns = List.copyOf(columns);
    }

    /**
     * Parses the text of {@code queries/NAME.rq}.
     *
     * @param name the query's name (file name without {@code .rq})
     * @param text the whole file
     * @return the query, checked against the contract described on this class
     * @throws CannedQueryException naming {@code queries/NAME.rq} and the line at fault
     */
    public static CannedQuery parse(String name, String text) {
        return CannedQueryParser.parse(name, "queries/" + name + ".rq", text);
    }

    /**
     * Parses a canned query, naming it {@code origin} in error messages.
     *
     * @param name   the query's name
     * @param origin how to name the file in messages, e.g. {@code queries/x.rq}
     * @param text   the whole file
     * @return the query
     * @throws CannedQueryException if the file breaks the contract
     */
    public static CannedQuery parse(String name, String origin, String text) {
        return CannedQueryParser.parse(name, origin, text);
    }

    /** A freshly parsed {@link Query} (Jena queries are mutable, so each caller gets its own). */
    public Query query() {
        return QueryFactory.create(sparql, Syntax.syntaxSPARQL_11);
    }

    /** The declared parameter of that name, if any. */
    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}

package org.reformkg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs canned queries against a dataset.
 *
 * <p>Parameters arrive as text ({@code Map<String,String>}, e.g. from the command line), are
 * checked against their declared {@link ParamType} and bound with Jena's query substitution
 * ({@link QueryExecBuilder#substitution(Var, Node)}): the variable {@code ?name} is replaced
 * by an RDF term in the parsed query, so no value can alter the query's structure.
 *
 * <p>Queries run inside a read transaction (joining the caller's if one is active) with the
 * union default graph on, so they see the triples of every source graph; remote
 * {@code SERVICE} calls are disabled. Thread-safe: a runner holds no per-query state.
 */
public final class QueryRunner {

    private final Dataset dataset;
    private final Duration timeout;

    /**
     * A runner without a time limit.
     *
     * @param dataset the knowledge graph (for TDB2, one source per named graph)
     */
    public QueryRunner(Dataset dataset) {
        this(dataset, null);
    }

    /**
     * A runner whose queries are cancelled after {@code timeout}.
     *
     * @param dataset the knowledge graph
     * @param timeout overall limit per query; {@code null} or zero for none
     */
    public QueryRunner(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (timeout != null && timeout.isNegative())
            throw new IllegalArgumentException("negative timeout " + timeout);
        this.timeout = (timeout == null || timeout.isZero()) ? null : timeout;
    }

    /**
     * Runs a query, returning all its rows.
     *
     * @param query  the canned query
     * @param params parameter values as text by parameter name; {@code null} means none
     * @return the rows, in the query's order
     * @throws QueryParamException for an unknown parameter, a missing required one or a bad value
     * @throws org.apache.jena.query.QueryCancelledException if the timeout passes
     */
    public QueryResult run(CannedQuery query, Map<String, String> params) {
        return execute(query, params, 0);
    }

    /**
     * Runs a query, returning at most {@code maxRows} rows; {@link QueryResult#truncated()}
     * tells whether there were more.
     *
     * @param query   the canned query
     * @param params  parameter values as text by name; {@code null} means none
     * @param maxRows row cap, at least 1
     * @return the first rows, in the query's order
     * @throws QueryParamException for an unknown parameter, a missing required one or a bad value
     * @throws IllegalArgumentException if {@code maxRows < 1}
     */
    public QueryResult run(CannedQuery query, Map<String, String> params, int maxRows) {
        if (maxRows < 1)
            throw new IllegalArgumentException("row cap must be at least 1, was " + maxRows);
        return execute(query, params, maxRows);
    }

    /**
     * Checks parameter values against a query's declarations and converts them to the terms
     * that will be bound: unknown names and missing required parameters are errors, defaults
     * are applied, each value is converted strictly by its {@link ParamType}.
     *
     * @param query  the canned query
     * @param params values as text by name; {@code null} means none
     * @return the bindings by parameter name, in declaration order (absent optional parameters
     *         without a default are not in the map: they stay unbound, meaning "no filter")
     * @throws QueryParamException naming the first offending parameter
     */
    public static Map<String, Node> bindings(CannedQuery query, Map<String, String> params) {
        Objects.requireNonNull(query, "query");
        Map<String, String> given = params == null ? Map.of() : params;
        for (String key : given.keySet()) {
            if (key == null || query.param(key).isEmpty())
                throw new QueryParamException(String.valueOf(key), "unknown parameter "
                    + QueryParamException.quote(String.valueOf(key)) + " for query '" + query.name() + "'; "
                    + (query.params().isEmpty() ? "it takes no parameters"
                       : "its parameters: " + query.params().stream().map(Param::name).collect(Collectors.joining(", "))));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (Param p : query.params()) {
            String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            if (value == null && given.containsKey(p.name()))
                throw new QueryParamException(p.name(), "parameter '" + p.name() + "' has no value");
            if (value == null) {
                if (p.required())
                    throw new QueryParamException(p.name(), "missing required parameter '" + p.name()
                        + "' (" + p.type().keyword() + ") for query '" + query.name() + "': " + p.description());
                continue;
            }
            out.put(p.name(), p.type().toNode(p.name(), value));
        }
        return Collections.unmodifiableMap(out);
    }

    private QueryResult execute(CannedQuery cq, Map<String, String> params, int maxRows) {
        Map<String, Node> bound = bindings(cq, params);
        Query query = cq.query();
        if (maxRows > 0) {
            // One row more than the cap tells whether the result was cut.
            long limit = maxRows + 1L;
            if (query.hasLimit())
                limit = Math.min(limit, query.getLimit());
            query.setLimit(limit);
        }
        List<Var> vars = cq.columns().stream().map(Var::alloc).toList();
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset.asDatasetGraph())
                .query(query)
                // The store turns this on too; set here so no caller can get an empty default graph.
                .set(TDB2.symUnionDefaultGraph, true)
                .set(ARQ.httpServiceAllowed, false);
            bound.forEach((name, node) -> builder.substitution(Var.alloc(name), node));
            if (timeout != null)
                builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExec exec = builder.build()) {
                RowSet rs = exec.select();
                List<Binding> rows = new ArrayList<>();
                while (rs.hasNext() && (maxRows == 0 || rows.size() < maxRows))
                    rows.add(detach(rs.next(), vars));
                boolean truncated = maxRows > 0 && rs.hasNext();
                return new QueryResult(cq.name(), cq.columns(), rows, truncated);
            }
        });
    }

    /** Copies a row into plain terms: TDB2 rows may resolve lazily, which fails after the transaction. */
    private static Binding detach(Binding row, List<Var> vars) {
        BindingBuilder b = Binding.builder();
        for (Var v : vars) {
            Node n = row.get(v);
            if (n != null)
                b.add(v, n);
        }
        return b.build();
    }
}

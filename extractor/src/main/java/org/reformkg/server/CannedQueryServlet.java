package org.reformkg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.OutputFormat;
import org.reformkg.query.Param;
import org.reformkg.query.QueryParamException;
import org.reformkg.query.QueryResult;
import org.reformkg.query.QueryRunner;
import org.reformkg.query.UnknownQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The canned queries over HTTP, at {@code /reform/canned}:
 * <ul>
 * <li>{@code GET /reform/canned} (or {@code /reform/canned/}): the list, as JSON
 *     {@code {"maxRows": N, "queries": [{"name", "title", "description", "url",
 *     "params": [{"name", "type", "required", "default", "description"}], "columns": [...]}]}};</li>
 * <li>{@code GET /reform/canned/NAME?PARAM=VALUE...}: runs the query through {@link QueryRunner}
 *     (values checked by type and bound by Jena's substitution, never pasted into SPARQL) and
 *     answers SPARQL 1.1 results JSON ({@code application/sparql-results+json}) or CSV
 *     ({@code text/csv}), as {@code format=json|csv} or else the {@code Accept} header asks
 *     (JSON when both or neither are acceptable; 406 when no offered type is). At most the row cap;
 *     the headers {@code Reformkg-Truncated: true|false} and {@code Reformkg-Max-Rows: N}, and in
 *     JSON the top-level members {@code "truncated"} and {@code "maxRows"}, tell whether rows were
 *     cut.</li>
 * </ul>
 * {@code format} is reserved: no canned query may have a parameter of that name. Errors are one
 * line of plain text: 404 for an unknown query, 400 naming the parameter for an unknown, missing,
 * repeated or malformed one (a full-text parameter that is not valid Lucene syntax included),
 * 503 when the query outruns the server's timeout.
 */
final class CannedQueryServlet extends GetServlet {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CannedQueryServlet.class);

    /** The query-string parameter that chooses the result format. */
    static final String FORMAT_PARAM = "format";
    /** Media type of SPARQL results JSON. */
    static final String JSON_TYPE = "application/sparql-results+json";
    /** Media type of SPARQL results CSV. */
    static final String CSV_TYPE = "text/csv";
    /** Response header: whether the row cap cut the result. */
    static final String TRUNCATED_HEADER = "Reformkg-Truncated";
    /** Response header: the row cap. */
    static final String MAX_ROWS_HEADER = "Reformkg-Max-Rows";

    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    private final transient CannedQueries queries;
    private final transient QueryRunner runner;
    private final int maxRows;
    private final String basePath;

    /**
     * @param queries  the queries served
     * @param runner   runs them (against the full-text-indexed store, with the server's timeout)
     * @param maxRows  the row cap, at least 1
     * @param basePath the path this servlet is mounted at, for the list's URLs
     */
    CannedQueryServlet(CannedQueries queries, QueryRunner runner, int maxRows, String basePath) {
        this.queries = queries;
        this.runner = runner;
        this.maxRows = maxRows;
        this.basePath = basePath;
        for (CannedQuery q : queries.all())
            if (q.param(FORMAT_PARAM).isPresent())
                throw new IllegalStateException("canned query '" + q.name() + "' has a parameter '" + FORMAT_PARAM
                    + "', which the HTTP API reserves for the result format");
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            list(resp);
            return;
        }
        String name = path.substring(1);
        if (!queries.contains(name))
            throw new HttpError(HttpServletResponse.SC_NOT_FOUND, new UnknownQueryException(name, queries.names()).getMessage());
        CannedQuery query = queries.get(name);
        Map<String, String> params = parameters(req);
        boolean csv = wantsCsv(params.remove(FORMAT_PARAM), req.getHeader("Accept"));
        QueryResult result;
        try {
            result = runner.run(query, params, maxRows);
        } catch (QueryParamException e) {
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            throw new HttpError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "query '" + name + "' was cancelled: it ran longer than the server's query timeout");
        } catch (RuntimeException e) {
            if (!isFullTextSyntaxError(e))
                throw e;
            throw new HttpError(HttpServletResponse.SC_BAD_REQUEST, fullTextParams(query, params)
                + " is not a valid full-text query: check its quotes, brackets and AND/OR/NOT");
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader(TRUNCATED_HEADER, Boolean.toString(result.truncated()));
        resp.setHeader(MAX_ROWS_HEADER, Integer.toString(maxRows));
        resp.setHeader("Vary", "Accept");
        byte[] body;
        if (csv) {
            resp.setContentType(CSV_TYPE + "; charset=utf-8");
            body = result.format(OutputFormat.CSV).getBytes(StandardCharsets.UTF_8);
        } else {
            resp.setContentType(JSON_TYPE + "; charset=utf-8");
            body = withCapInfo(result.format(OutputFormat.JSON), result.truncated()).getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        JsonArray list = new JsonArray();
        for (CannedQuery q : queries.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", basePath + "/" + q.name());
            JsonArray params = new JsonArray();
            for (Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().keyword());
                po.put("required", p.required());
                po.put("default", p.hasDefault() ? new JsonString(p.defaultValue()) : JsonNull.instance);
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            JsonArray columns = new JsonArray();
            q.columns().forEach(columns::add);
            o.put("columns", columns);
            list.add(o);
        }
        JsonObject root = new JsonObject();
        root.put("maxRows", maxRows);
        root.put("queries", list);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, root);
            out.write('\n');
        }
    }

    /** Appends {@code "truncated"} and {@code "maxRows"} to the results object Jena wrote. */
    private String withCapInfo(String sparqlJson, boolean truncated) {
        int end = sparqlJson.lastIndexOf('}');
        return sparqlJson.substring(0, end).stripTrailing()
            + " ,\n  \"truncated\": " + truncated + " ,\n  \"maxRows\": " + maxRows + "\n}\n";
    }

    /**
     * Whether to answer CSV: {@code format} decides if given, else the {@code Accept} header, by
     * quality value (JSON on a tie or without the header).
     *
     * @throws HttpError 400 for another format, 406 when the header accepts neither
     */
    static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> false;
                case "csv" -> true;
                default -> throw new HttpError(HttpServletResponse.SC_BAD_REQUEST,
                    "parameter 'format': '" + printable(format) + "' is not json or csv");
            };
        }
        if (accept == null || accept.isBlank())
            return false;
        double json = quality(accept, JSON_TYPE), csv = quality(accept, CSV_TYPE);
        json = Math.max(json, quality(accept, "application/json"));
        if (json <= 0 && csv <= 0)
            throw new HttpError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                "cannot answer '" + printable(accept) + "': results are " + JSON_TYPE + " or " + CSV_TYPE);
        return csv > json;
    }

    /** The quality the Accept header gives {@code type}: from its most specific matching range, 0 if none. */
    private static double quality(String accept, String type) {
        String major = type.substring(0, type.indexOf('/'));
        int bestSpecificity = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = media.equals(type) ? 2 : media.equals(major + "/*") ? 1 : media.equals("*/*") ? 0 : -1;
            if (specificity <= bestSpecificity)
                continue;
            double rangeQ = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                    try {
                        rangeQ = Double.parseDouble(kv[1].strip());
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            bestSpecificity = specificity;
            q = rangeQ;
        }
        return q;
    }

    private static boolean isFullTextSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof TextIndexParseException)
                return true;
        return false;
    }

    /** The declared parameters a query hands to {@code text:query} as its search string. */
    static Set<String> textQueryParams(CannedQuery query) {
        Set<String> names = new LinkedHashSet<>();
        ElementWalker.walk(query.query().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                // the walker does not enter sub-SELECTs by itself
                ElementWalker.walk(sub.getQuery().getQueryPattern(), this);
            }

            @Override
            public void visit(ElementPathBlock block) {
                // text:query's argument list is rdf:first/rdf:rest triples in the same block
                Map<Node, Node> first = new HashMap<>(), rest = new HashMap<>();
                for (TriplePath tp : block.getPattern()) {
                    if (!tp.isTriple())
                        continue;
                    Triple t = tp.asTriple();
                    if (t.getPredicate().equals(RDF.first.asNode()))
                        first.put(t.getSubject(), t.getObject());
                    else if (t.getPredicate().equals(RDF.rest.asNode()))
                        rest.put(t.getSubject(), t.getObject());
                }
                for (TriplePath tp : block.getPattern()) {
                    if (!tp.isTriple() || !tp.getPredicate().isURI() || !tp.getPredicate().getURI().equals(TEXT_QUERY))
                        continue;
                    Node cell = tp.getObject();
                    if (Var.isVar(cell) && !first.containsKey(cell))
                        names.add(Var.alloc(cell).getVarName());
                    for (int guard = 0; cell != null && first.containsKey(cell) && guard < 100; guard++) {
                        Node item = first.get(cell);
                        if (Var.isVar(item))
                            names.add(Var.alloc(item).getVarName());
                        cell = rest.get(cell);
                    }
                }
            }
        });
        names.removeIf(n -> query.param(n).isEmpty());
        return names;
    }

    /**
     * How to name the parameters a query hands to {@code text:query} in an error: those given in
     * this request, else all of them, e.g. {@code parameter 'q'}.
     */
    static String fullTextParams(CannedQuery query, Map<String, String> given) {
        Set<String> names = textQueryParams(query);
        Set<String> named = new LinkedHashSet<>(names);
        named.retainAll(given.keySet());
        if (named.isEmpty())
            named = names;
        if (named.isEmpty()) {
            LOG.warn("query '{}': full-text syntax error but no parameter goes to text:query", query.name());
            return "a full-text parameter";
        }
        return named.size() == 1 ? "parameter '" + named.iterator().next() + "'"
            : "one of the parameters '" + String.join("', '", named) + "'";
    }
}

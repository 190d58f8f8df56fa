package org.reformkg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/** Parses and checks canned query files; see {@link CannedQuery} for the format. */
final class CannedQueryParser {

    private static final Pattern KEY_LINE = Pattern.compile("#\\s*([a-z]+)\\s*:(.*)");
    private static final Pattern PARAM_LINE = Pattern.compile(
        "(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+default=(\\S+))?\\s+-\\s+(.*\\S)\\s*");
    private static final String PARAM_SYNTAX = "NAME TYPE (required|optional) [default=VALUE] - description";

    private CannedQueryParser() {}

    static CannedQuery parse(String name, String origin, String text) {
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        String[] lines = text.split("\\R", -1);
        String title = null;
        String description = null;
        List<String> columns = null;
        List<Param> params = new ArrayList<>();
        int headerLines = 0;
        for (String raw : lines) {
            Matcher m = KEY_LINE.matcher(raw.strip());
            if (!m.matches())
                break;
            headerLines++;
            int lineNo = headerLines;
            String key = m.group(1);
            String value = m.group(2).strip();
            switch (key) {
                case "title" -> title = once(origin, lineNo, key, title, nonEmpty(origin, lineNo, key, value));
                case "description" -> description = once(origin, lineNo, key, description, nonEmpty(origin, lineNo, key, value));
                case "columns" -> {
                    if (columns != null)
                        throw error(origin, lineNo, "duplicate 'columns' line");
                    columns = columns(origin, lineNo, value);
                }
                case "param" -> {
                    Param p = param(origin, lineNo, value);
                    if (params.stream().anyMatch(q -> q.name().equals(p.name())))
                        throw error(origin, lineNo, "duplicate param '" + p.name() + "'");
                    params.add(p);
                }
                default -> throw error(origin, lineNo,
                    "unknown header key '" + key + "' (known: title, description, param, columns)");
            }
        }
        if (title == null)
            throw new CannedQueryException(origin + ": missing '# title:' line in the header");
        if (description == null)
            throw new CannedQueryException(origin + ": missing '# description:' line in the header");
        if (columns == null)
            throw new CannedQueryException(origin + ": missing '# columns:' line in the header");

        String sparql = String.join("\n", List.of(lines).subList(headerLines, lines.length));
        Query query = parseSparql(origin, headerLines, sparql);
        check(origin, query, params, columns);
        return new CannedQuery(name, title, description, params, columns, sparql);
    }

    private static String once(String origin, int lineNo, String key, String previous, String value) {
        if (previous != null)
            throw error(origin, lineNo, "duplicate '" + key + "' line");
        return value;
    }

    private static String nonEmpty(String origin, int lineNo, String key, String value) {
        if (value.isEmpty())
            throw error(origin, lineNo, "empty '" + key + "'");
        return value;
    }

    private static List<String> columns(String origin, int lineNo, String value) {
        List<String> cols = new ArrayList<>();
        for (String c : value.split(",", -1)) {
            String col = c.strip();
            if (!Param.NAME.matcher(col).matches())
                throw error(origin, lineNo, "bad column name '" + col + "'");
            if (cols.contains(col))
                throw error(origin, lineNo, "duplicate column '" + col + "'");
            cols.add(col);
        }
        return cols;
    }

    private static Param param(String origin, int lineNo, String value) {
        Matcher m = PARAM_LINE.matcher(value);
        if (!m.matches())
            throw error(origin, lineNo, "bad param line '" + value + "', expected '" + PARAM_SYNTAX + "'");
        String pname = m.group(1);
        if (!Param.NAME.matcher(pname).matches())
            throw error(origin, lineNo, "bad param name '" + pname + "' (letters, digits and _, not starting with a digit)");
        Optional<ParamType> type = ParamType.fromKeyword(m.group(2));
        if (type.isEmpty())
            throw error(origin, lineNo, "unknown param type '" + m.group(2) + "' (known: " + ParamType.keywords() + ")");
        boolean required = switch (m.group(3)) {
            case "required" -> true;
            case "optional" -> false;
            default -> throw error(origin, lineNo,
                "param '" + pname + "': expected 'required' or 'optional', found '" + m.group(3) + "'");
        };
        String dflt = m.group(4);
        if (required && dflt != null)
            throw error(origin, lineNo, "param '" + pname + "' is required, so it cannot have a default");
        if (dflt != null) {
            try {
                type.get().toNode(pname, dflt);
            } catch (QueryParamException ex) {
                throw error(origin, lineNo, "bad default: " + ex.getMessage());
            }
        }
        return new Param(pname, type.get(), required, dflt, m.group(5));
    }

    private static Query parseSparql(String origin, int headerLines, String sparql) {
        try {
            return QueryFactory.create(sparql, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException ex) {
            String msg = firstLine(ex.getMessage());
            if (ex.getLine() > 0)
                return throwAt(origin, headerLines + ex.getLine(), ex.getColumn(), msg);
            throw new CannedQueryException(origin + ": SPARQL syntax error: " + msg, ex);
        } catch (QueryException ex) {
            throw new CannedQueryException(origin + ": bad SPARQL: " + firstLine(ex.getMessage()), ex);
        }
    }

    private static Query throwAt(String origin, int line, int column, String msg) {
        throw new CannedQueryException(origin + ": line " + line + ", column " + column + ": SPARQL syntax error: " + msg);
    }

    private static void check(String origin, Query query, List<Param> params, List<String> columns) {
        if (!query.isSelectType())
            throw new CannedQueryException(origin + ": a canned query must be a SELECT query");
        if (query.isQueryResultStar())
            throw new CannedQueryException(origin + ": SELECT * is not allowed; list the columns in the SELECT");
        List<String> projected = query.getProjectVars().stream().map(Var::getVarName).toList();
        if (!projected.equals(columns))
            throw new CannedQueryException(origin + ": '# columns:' " + columns
                + " differ from the SELECT variables " + projected);
        Set<String> used = mentionedVars(query);
        for (Param p : params) {
            if (columns.contains(p.name()))
                throw new CannedQueryException(origin + ": param '" + p.name()
                    + "' is also a result column; binding it would replace the column");
            if (!used.contains(p.name()))
                throw new CannedQueryException(origin + ": param '" + p.name()
                    + "' is declared but the query never uses ?" + p.name());
        }
    }

    /** Every variable the query mentions anywhere (patterns, expressions, subqueries). */
    private static Set<String> mentionedVars(Query query) {
        Set<String> vars = new LinkedHashSet<>();
        QueryTransformOps.transform(query, (Node n) -> {
            if (Var.isVar(n))
                vars.add(Var.alloc(n).getVarName());
            return n;
        });
        return vars;
    }

    private static String firstLine(String s) {
        if (s == null)
            return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static CannedQueryException error(String origin, int lineNo, String message) {
        return new CannedQueryException(origin + ": line " + lineNo + ": " + message);
    }
}

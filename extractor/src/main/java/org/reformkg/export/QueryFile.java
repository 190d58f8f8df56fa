package org.reformkg.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.CannedQueryException;
import org.reformkg.query.Param;
import org.reformkg.query.ParamType;

/**
 * A CONSTRUCT query read from a file, for {@code kg export --query-file}. The canned-query loader
 * ({@code queries/*.rq}) accepts SELECT queries only, so graph queries are given as files.
 *
 * <p>The file has the canned-query header without {@code # columns:} (a CONSTRUCT has none):
 * <pre>
 * # title: Approvals graph
 * # description: meetings, the documents they approved and their bodies
 * # param: year year optional - only meetings held in this year
 * PREFIX rk: &lt;https://w3id.org/reformkg/ontology#&gt;
 * CONSTRUCT { ... } WHERE { BIND(?year AS ?_year) ... }
 * </pre>
 * {@code title} and {@code description} are optional here, {@code param} lines follow the
 * canned-query syntax ({@code NAME TYPE (required|optional) [default=VALUE] - description}) and
 * parameters are bound the same way, by substitution of {@code ?NAME}.
 */
public final class QueryFile {

    private static final Pattern KEY_LINE = Pattern.compile("#\\s*([a-z]+)\\s*:(.*)");
    private static final Pattern PARAM_LINE = Pattern.compile(
        "(\\S+)\\s+(\\S+)\\s+(required|optional)(?:\\s+default=(\\S+))?\\s+-\\s+(.*\\S)\\s*");

    private QueryFile() {}

    /**
     * Reads and checks a CONSTRUCT query file.
     *
     * @param file the file, UTF-8
     * @return the query as a {@link CannedQuery} named after the file (no columns)
     * @throws IOException if the file cannot be read
     * @throws CannedQueryException (one line, naming the file) if it is not UTF-8, its header is
     *         malformed, its SPARQL does not parse, it is not a CONSTRUCT query or a declared
     *         parameter is never used
     */
    public static CannedQuery read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CannedQueryException(file + ": not UTF-8 text");
        }
        return parse(file.getFileName().toString().replaceFirst("\\.rq$", ""), file.toString(), text);
    }

    /**
     * Parses the text of a CONSTRUCT query file.
     *
     * @param name   the query's name, for messages
     * @param origin how to name the file in messages
     * @param text   the whole file
     * @return the query
     * @throws CannedQueryException as for {@link #read(Path)}
     */
    public static CannedQuery parse(String name, String origin, String text) {
        if (text.startsWith("\uFEFF"))
            text = text.substring(1);
        String title = name;
        String description = "";
        List<Param> params = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\\R", -1)) {
            Matcher m = KEY_LINE.matcher(raw.strip());
            if (!m.matches())
                break;
            lineNo++;
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description = value;
                case "param" -> {
                    Param p = param(origin, lineNo, value);
                    if (params.stream().anyMatch(q -> q.name().equals(p.name())))
                        throw new CannedQueryException(origin + ": line " + lineNo + ": duplicate param '" + p.name() + "'");
                    params.add(p);
                }
                case "columns" -> throw new CannedQueryException(origin + ": line " + lineNo
                    + ": a CONSTRUCT query has no '# columns:' line");
                default -> throw new CannedQueryException(origin + ": line " + lineNo + ": unknown header key '"
                    + m.group(1) + "' (known: title, description, param)");
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryException e) {
            throw new CannedQueryException(origin + ": SPARQL syntax error: " + firstLine(e.getMessage()));
        }
        if (!query.isConstructType())
            throw new CannedQueryException(origin + ": a " + query.queryType().name()
                + " query; export needs a CONSTRUCT query");
        Set<String> used = new HashSet<>();
        QueryTransformOps.transform(query, (Node n) -> {
            if (Var.isVar(n))
                used.add(Var.alloc(n).getVarName());
            return n;
        });
        for (Param p : params)
            if (!used.contains(p.name()))
                throw new CannedQueryException(origin + ": param '" + p.name() + "' is declared but the query never uses ?" + p.name());
        return new CannedQuery(name, title, description, params, List.of(), text);
    }

    private static Param param(String origin, int lineNo, String value) {
        Matcher m = PARAM_LINE.matcher(value);
        if (!m.matches())
            throw new CannedQueryException(origin + ": line " + lineNo + ": bad param line '" + value
                + "', expected 'NAME TYPE (required|optional) [default=VALUE] - description'");
        Optional<ParamType> type = ParamType.fromKeyword(m.group(2));
        if (type.isEmpty())
            throw new CannedQueryException(origin + ": line " + lineNo + ": unknown param type '" + m.group(2)
                + "' (known: " + ParamType.keywords() + ")");
        try {
            return new Param(m.group(1), type.get(), m.group(3).equals("required"), m.group(4), m.group(5));
        } catch (RuntimeException e) {
            throw new CannedQueryException(origin + ": line " + lineNo + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}

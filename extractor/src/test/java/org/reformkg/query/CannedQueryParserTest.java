package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import java.util.stream.Stream;

/** The header format of canned query files and the checks made when one is parsed. */
class CannedQueryParserTest {

    private static final String BODY = "SELECT ?a ?b WHERE { ?a ?p ?b . BIND(?x AS ?_x) FILTER(!BOUND(?_x) || ?b = ?_x) } ORDER BY ?a\n";

    @Test
    void parsesAFullHeader() {
        CannedQuery q = CannedQuery.parse("t", """
            # title: Test query
            # description: Something to test, with 中文.
            # param: x string optional - an x, e.g. 中央深改委
            # param: y integer optional default=19 - a y
            # param: z iri required - a z
            # columns: a, b
            #
            # free comment: not a header key after the block
            PREFIX ex: <http://example/>
            SELECT ?a ?b WHERE { ?a ?p ?b . BIND(?x AS ?_x) BIND(?y AS ?_y) ?a ex:q ?z } ORDER BY ?a
            """);
        assertEquals("t", q.name());
        assertEquals("Test query", q.title());
        assertEquals("Something to test, with 中文.", q.description());
        assertEquals(List.of("a", "b"), q.columns());
        assertEquals(List.of(
            new Param("x", ParamType.STRING, false, null, "an x, e.g. 中央深改委"),
            new Param("y", ParamType.INTEGER, false, "19", "a y"),
            new Param("z", ParamType.IRI, true, null, "a z")), q.params());
        assertTrue(q.sparql().startsWith("#\n# free comment"), q.sparql());
        assertTrue(q.param("y").orElseThrow().hasDefault());
        assertFalse(q.param("nope").isPresent());
        assertTrue(q.query().isSelectType());
    }

    @Test
    void acceptsCrlfAndBom() {
        CannedQuery q = CannedQuery.parse("t", "\uFEFF# title: T\r\n# description: D\r\n# columns: a, b\r\n"
            + "# param: x year optional - a year\r\n" + BODY.replace("\n", "\r\n"));
        assertEquals("T", q.title());
        assertEquals(ParamType.YEAR, q.params().get(0).type());
    }

    static Stream<Arguments> headerErrors() {
        return Stream.of(
            arguments("# title: T\n# description: D\n# param: x foo optional - d\n# columns: a, b",
                "queries/t.rq: line 3: unknown param type 'foo' (known: string, integer, iri, year)"),
            arguments("# title: T\n# description: D\n# param: x string maybe - d\n# columns: a, b",
                "queries/t.rq: line 3: param 'x': expected 'required' or 'optional', found 'maybe'"),
            arguments("# title: T\n# description: D\n# param: x string optional\n# columns: a, b",
                "queries/t.rq: line 3: bad param line 'x string optional', expected 'NAME TYPE (required|optional) [default=VALUE] - description'"),
            arguments("# title: T\n# description: D\n# param: 1x string optional - d\n# columns: a, b",
                "queries/t.rq: line 3: bad param name '1x' (letters, digits and _, not starting with a digit)"),
            arguments("# title: T\n# description: D\n# param: x string required default=a - d\n# columns: a, b",
                "queries/t.rq: line 3: param 'x' is required, so it cannot have a default"),
            arguments("# title: T\n# description: D\n# param: x integer optional default=ten - d\n# columns: a, b",
                "queries/t.rq: line 3: bad default: parameter 'x' (integer): 'ten' is not an integer such as 19"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# param: x string optional - e\n# columns: a, b",
                "queries/t.rq: line 4: duplicate param 'x'"),
            arguments("# title: T\n# title: U\n# description: D\n# param: x string optional - d\n# columns: a, b",
                "queries/t.rq: line 2: duplicate 'title' line"),
            arguments("# title: T\n# description: D\n# colums: a, b",
                "queries/t.rq: line 3: unknown header key 'colums' (known: title, description, param, columns)"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# columns: a, a",
                "queries/t.rq: line 4: duplicate column 'a'"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# columns: a, ?b",
                "queries/t.rq: line 4: bad column name '?b'"),
            arguments("# title: \n# description: D\n# param: x string optional - d\n# columns: a, b",
                "queries/t.rq: line 1: empty 'title'"),
            arguments("# description: D\n# param: x string optional - d\n# columns: a, b",
                "queries/t.rq: missing '# title:' line in the header"),
            arguments("# title: T\n# param: x string optional - d\n# columns: a, b",
                "queries/t.rq: missing '# description:' line in the header"),
            arguments("# title: T\n# description: D\n# param: x string optional - d",
                "queries/t.rq: missing '# columns:' line in the header"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# columns: b, a",
                "queries/t.rq: '# columns:' [b, a] differ from the SELECT variables [a, b]"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# columns: a",
                "queries/t.rq: '# columns:' [a] differ from the SELECT variables [a, b]"),
            arguments("# title: T\n# description: D\n# param: b string optional - d\n# param: x string optional - d\n# columns: a, b",
                "queries/t.rq: param 'b' is also a result column; binding it would replace the column"),
            arguments("# title: T\n# description: D\n# param: x string optional - d\n# param: w string optional - d\n# columns: a, b",
                "queries/t.rq: param 'w' is declared but the query never uses ?w"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("headerErrors")
    void headerErrorsNameFileAndLine(String header, String message) {
        CannedQueryException ex = assertThrows(CannedQueryException.class,
            () -> CannedQuery.parse("t", header + "\n" + BODY));
        assertEquals(message, ex.getMessage());
    }

    @Test
    void sparqlSyntaxErrorGivesTheFileLine() {
        CannedQueryException ex = assertThrows(CannedQueryException.class, () -> CannedQuery.parse("t",
            "# title: T\n# description: D\n# columns: a\n# a free comment\nSELECT ?a\nWHERE { ?a ?p }\n"));
        // line 6 of the file, not line 3 of the SPARQL
        assertTrue(ex.getMessage().startsWith("queries/t.rq: line 6, column "), ex.getMessage());
        assertTrue(ex.getMessage().contains("SPARQL syntax error"), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"));
    }

    @Test
    void onlySelectWithExplicitColumns() {
        String head = "# title: T\n# description: D\n# columns: a\n";
        assertEquals("queries/t.rq: a canned query must be a SELECT query",
            assertThrows(CannedQueryException.class, () -> CannedQuery.parse("t", head + "ASK { ?a ?p ?o }")).getMessage());
        assertEquals("queries/t.rq: SELECT * is not allowed; list the columns in the SELECT",
            assertThrows(CannedQueryException.class, () -> CannedQuery.parse("t", head + "SELECT * { ?a ?p ?o }")).getMessage());
        // SPARQL 1.1 only: ARQ extensions would not run on other stores
        assertThrows(CannedQueryException.class, () -> CannedQuery.parse("t", head + "SELECT ?a { ?a ?p ?o LATERAL { ?a ?q ?r } }"));
    }

    @Test
    void paramRecordChecksItself() {
        assertThrows(IllegalArgumentException.class, () -> new Param("a b", ParamType.STRING, false, null, "d"));
        assertThrows(IllegalArgumentException.class, () -> new Param("a", ParamType.STRING, true, "x", "d"));
        assertThrows(QueryParamException.class, () -> new Param("a", ParamType.YEAR, false, "20", "d"));
        Param p = new Param("a", ParamType.YEAR, false, "2016", "d");
        assertEquals("a year optional default=2016 - d", p.declaration());
        assertNull(new Param("a", ParamType.IRI, false, null, "d").defaultValue());
    }

    @Test
    void typeKeywords() {
        assertEquals(ParamType.IRI, ParamType.fromKeyword("iri").orElseThrow());
        assertTrue(ParamType.fromKeyword("IRI").isEmpty(), "case-sensitive");
        assertEquals("string, integer, iri, year", ParamType.keywords());
    }
}

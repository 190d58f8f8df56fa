package org.reformkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.CannedQuery;
import org.reformkg.query.CannedQueryException;
import org.reformkg.query.ParamType;
import org.reformkg.query.QueryParamException;

/** CONSTRUCT query files: their header, and what is refused with a message naming the file. */
class QueryFileTest {

    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    @Test
    void theApprovalsGraphFileDeclaresItsYearParameter() throws IOException, URISyntaxException {
        CannedQuery q = QueryFile.read(Path.of(getClass().getResource("/export/approvals-graph.rq").toURI()));
        assertEquals("approvals-graph", q.name());
        assertEquals("Approvals graph", q.title());
        assertEquals(1, q.params().size());
        assertEquals(ParamType.YEAR, q.params().get(0).type());
        assertTrue(q.query().isConstructType());
        assertEquals(List.of(), q.columns());
    }

    @Test
    void whatIsNotAGraphQueryIsRefused() {
        assertRefused("# title: t\nSELECT ?s WHERE { ?s ?p ?o }", "x.rq: a SELECT query", "CONSTRUCT");
        assertRefused("# columns: a\n" + CONSTRUCT, "x.rq: line 1", "no '# columns:'");
        assertRefused("# param: y date optional - d\n" + CONSTRUCT, "line 1", "unknown param type 'date'");
        assertRefused("# param: y year optional\n" + CONSTRUCT, "line 1", "bad param line");
        assertRefused("# param: y year optional - d\n" + CONSTRUCT, "param 'y'", "never uses ?y");
        assertRefused("# param: y year optional - d\n# param: y year optional - e\n" + CONSTRUCT, "line 2", "duplicate param 'y'");
        assertRefused("# colour: red\n" + CONSTRUCT, "line 1", "unknown header key 'colour'");
        assertRefused("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p }", "x.rq: SPARQL syntax error");
    }

    @Test
    void theModelRefusesASelectQueryAndUnknownParameters() {
        var empty = DatasetFactory.wrap(DatasetGraphFactory.createTxnMem());
        CannedQuery select = CannedQueries.load().get("approvals");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphModel.read(empty, select, null));
        assertTrue(e.getMessage().contains("SELECT"), e.getMessage());
        QueryParamException p = assertThrows(QueryParamException.class,
            () -> GraphModel.read(empty, GraphModel.DEFAULT_QUERY, Map.of("year", "2016")));
        assertTrue(p.getMessage().contains("unknown parameter 'year'"), p.getMessage());
        assertEquals(0, GraphModel.read(empty, GraphModel.DEFAULT_QUERY, null).nodes().size(), "an empty store is an empty graph");
    }

    private static void assertRefused(String text, String... fragments) {
        CannedQueryException e = assertThrows(CannedQueryException.class, () -> QueryFile.parse("x", "x.rq", text));
        for (String f : fragments)
            assertTrue(e.getMessage().contains(f), "'" + f + "' in: " + e.getMessage());
    }
}

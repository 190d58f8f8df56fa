package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Injection attempts through every parameter of every shipped query: each must be either
 * rejected with a one-line {@link QueryParamException} naming the parameter, or give exactly
 * the result of a harmless value that matches nothing; and the data must be unchanged.
 */
class HostileParamsTest {

    static final List<String> PAYLOADS = List.of(
        "x\" } ; DROP ALL ; #",
        "<http://evil>",
        "1 || 1=1",
        "\"\"\"",
        "'''",
        "\n}",
        "\n} } SELECT * WHERE { ?s ?p ?o } #",
        "\") || true || (\"",
        "' OR '1'='1",
        "\\u0022) || true || (\\u0022",
        "\\\" } DROP ALL #",
        "?s ?p ?o",
        "?year",
        "$target",
        "BOUND(?year)",
        "} UNION { ?s ?p ?o }",
        "\") } ; INSERT DATA { <urn:example:s> <urn:example:p> <urn:example:o> } #",
        "\"@en",
        "\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "#",
        "%22%7D%20DROP%20ALL",
        "2020 ; DROP ALL",
        "2020) || true || (1",
        "2020 || 1=1",
        "0x7E4",
        "1e3",
        "２０２０",
        "٢٠٢٠",
        " 2020",
        "2020\n",
        "-0",
        "99999999999999999999999",
        "\u0000",
        "a\u0000b",
        "\u001b[31mred\u001b[0m",
        "\u202Eevil",
        "\uD800",
        "x".repeat(5000),
        "中央深改委\" || \"1\"=\"1",
        "https://w3id.org/reformkg/id/x> } ; DROP ALL ; #",
        "https://w3id.org/reformkg/id/x>",
        "https://w3id.org/reformkg/id/x\" || true || \"",
        "https://w3id.org/reformkg/id/x y",
        "https://w3id.org/reformkg/id/x%2",
        "https://w3id.org/reformkg/id/x\n} DROP ALL",
        "https://w3id.org/reformkg/../../etc/passwd",
        "https://w3id.org/reformkg/id/./x",
        "HTTPS://w3id.org/reformkg/id/x",
        "https://w3id.org/reformkg/id/{x}",
        "http://w3id.org/reformkg/id/meeting-lsg-3",
        "https://w3id.org/reformkgx/id",
        "https://evil.example/reformkg/",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "urn:x-arq:UnionGraph",
        "");

    static Dataset sample;
    static CannedQueries queries;
    static QueryRunner runner;
    static long quadsBefore;

    @BeforeAll
    static void setUp() {
        sample = SampleData.dataset();
        queries = CannedQueries.load();
        runner = new QueryRunner(sample);
        quadsBefore = quads(sample);
    }

    /** A value of the type that is well-formed and matches nothing in the sample. */
    static String harmless(ParamType type) {
        return switch (type) {
            case STRING -> "无此名称";
            case INTEGER -> "987654";
            case YEAR -> "1888";
            case IRI -> "https://w3id.org/reformkg/id/no-such-thing";
        };
    }

    @TestFactory
    Stream<DynamicTest> everyPayloadThroughEveryParameter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CannedQuery q : queries.all()) {
            for (Param p : q.params()) {
                tests.add(dynamicTest(q.name() + "." + p.name() + " (" + p.type().keyword() + ")", () -> {
                    Map<String, String> base = new HashMap<>(SampleData.requiredParams(q));
                    base.put(p.name(), harmless(p.type()));
                    List<List<String>> expected = runner.run(q, base).values();
                    int rejected = 0;
                    for (String payload : PAYLOADS) {
                        Map<String, String> params = new HashMap<>(base);
                        params.put(p.name(), payload);
                        String what = q.name() + "." + p.name() + " = " + QueryParamException.quote(payload);
                        try {
                            List<List<String>> actual = runner.run(q, params).values();
                            assertEquals(expected, actual, what + " changed the result");
                        } catch (QueryParamException ex) {
                            rejected++;
                            assertEquals(p.name(), ex.param(), what);
                            assertTrue(ex.getMessage().contains("'" + p.name() + "'"), what + ": " + ex.getMessage());
                            assertFalse(ex.getMessage().contains("\n") || ex.getMessage().contains("\r")
                                || ex.getMessage().contains("\u001b") || ex.getMessage().contains("\u0000"),
                                what + ": message is not one clean line: " + ex.getMessage());
                        }
                    }
                    // "-0" is a well-formed integer; everything else is malformed for the non-text types
                    if (p.type() == ParamType.INTEGER)
                        assertEquals(PAYLOADS.size() - 1, rejected, "all but -0 rejected for an integer");
                    else if (p.type() != ParamType.STRING)
                        assertEquals(PAYLOADS.size(), rejected, "every payload is rejected for a " + p.type().keyword());
                    assertEquals(quadsBefore, quads(sample), "data unchanged");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theHarmlessValuesReallyFilter() {
        // otherwise "same as harmless" would prove nothing: each filter, given nothing, lets rows through
        for (CannedQuery q : queries.all()) {
            if (q.params().stream().anyMatch(Param::required))
                continue;
            assertTrue(runner.run(q, Map.of()).size() > 0, q.name());
        }
    }

    @Test
    void everyParamTypeIsExercised() {
        List<ParamType> types = queries.all().stream().flatMap(q -> q.params().stream()).map(Param::type).distinct().toList();
        assertTrue(types.containsAll(List.of(ParamType.values())), types.toString());
    }

    @Test
    void aStringPayloadIsMatchedLiterally() {
        // the value is data: a label that IS the payload text is found, nothing else
        Dataset ds = SampleData.dataset();
        String evil = "x\" } ; DROP ALL ; #";
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            var g = org.apache.jena.graph.NodeFactory.createURI(SampleData.SOURCE + "evil.txt");
            var s = org.apache.jena.graph.NodeFactory.createURI(SampleData.ID + "body-evil");
            dsg.add(g, s, org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(evil));
            var m = org.apache.jena.graph.NodeFactory.createURI(SampleData.ID + "meeting-cdrc-19-13");
            dsg.add(g, m, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/reformkg/ontology#ofBody"), s);
        });
        List<List<String>> rows = new QueryRunner(ds).run(queries.get("meetings"), Map.of("by_body", evil)).values();
        assertEquals(List.of("十九届中央全面深化改革委员会第十三次会议"), rows.stream().map(r -> r.get(0)).toList());
    }

    private static long quads(Dataset ds) {
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }
}

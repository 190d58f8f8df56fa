package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Running the shipped queries on the sample graph, binding parameters and printing results. */
class QueryRunnerTest {

    static Dataset sample;
    static CannedQueries queries;
    static QueryRunner runner;

    @BeforeAll
    static void setUp() {
        sample = SampleData.dataset();
        queries = CannedQueries.load();
        runner = new QueryRunner(sample);
    }

    private static List<List<String>> run(String name, String... params) {
        return runner.run(queries.get(name), map(params)).values();
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2)
            m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void approvals() {
        assertEquals(List.of(
            row("党的十八届三中全会", "中国共产党中央委员会", "18", "3", "2013-11", "中共中央关于全面深化改革若干重大问题的决定"),
            row("中央全面深化改革领导小组第三次会议", "中央全面深化改革领导小组", "", "3", "2014-06-06", "关于进一步推进户籍制度改革的意见"),
            row("中央全面深化改革领导小组第三次会议", "中央全面深化改革领导小组", "", "3", "2014-06-06", "深化财税体制改革总体方案"),
            row("中央全面深化改革领导小组第二十八次会议", "中央全面深化改革领导小组", "", "28", "2016-10-11", "关于全面推行河长制的意见"),
            row("十九届中央全面深化改革委员会第十三次会议", "中央全面深化改革委员会", "19", "13", "2020-04-27", "关于推进医疗保障基金监管制度体系改革的指导意见")),
            run("approvals"));
    }

    @Test
    void meetingsOneRowPerMeetingWithTheMostPreciseDate() {
        assertEquals(List.of(
            row("全旗组织工作会议", "", "", "", "", ""),
            row("党的十八届三中全会", "中国共产党中央委员会", "18", "3", "2013-11", ""),
            row("中央全面深化改革领导小组第三次会议", "中央全面深化改革领导小组", "", "3", "2014-06-06", "习近平"),
            row("中央全面深化改革领导小组第二十八次会议", "中央全面深化改革领导小组", "", "28", "2016-10-11", "习近平"),
            row("十九届中央全面深化改革委员会第十三次会议", "中央全面深化改革委员会", "19", "13", "2020-04-27", "习近平")),
            run("meetings"));
    }

    @Test
    void integersAreXsdIntegerAndMissingValuesUnbound() {
        QueryResult r = runner.run(queries.get("meetings"), Map.of());
        Node term = r.get(4, "term");
        assertEquals(XSDDatatype.XSDinteger.getURI(), term.getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDinteger.getURI(), r.get(4, "ordinal").getLiteralDatatypeURI());
        assertNull(r.get(0, "date"), "a meeting without a date has no date");
        assertThrows(IllegalArgumentException.class, () -> r.get(0, "nope"));
    }

    @Test
    void documentsOneRowEachWithIssuersJoined() {
        List<List<String>> rows = run("documents");
        assertEquals(List.of(
            "中共中央关于全面深化改革若干重大问题的决定", "关于全面推行河长制的意见",
            "关于推进医疗保障基金监管制度体系改革的指导意见", "关于深化投融资体制改革的意见",
            "关于进一步推进户籍制度改革的意见", "深化财税体制改革总体方案"),
            rows.stream().map(r -> r.get(0)).toList());
        assertEquals(row("关于推进医疗保障基金监管制度体系改革的指导意见", "指导意见", ""), rows.get(2));
        assertEquals(row("关于进一步推进户籍制度改革的意见", "意见", "国务院"), rows.get(4));
        assertEquals("意见", rows.get(1).get(1));
        assertEquals(Set.of("中共中央办公厅", "国务院办公厅"), Set.of(rows.get(1).get(2).split("、")));
    }

    @Test
    void regionsByEverySurfaceName() {
        List<List<String>> rows = run("regions");
        assertEquals(10, rows.size());
        assertEquals(row("深圳", "深圳市", "city", "广东省", "440300"), rows.get(4));
        assertEquals(row("浙江省", "浙江省", "province", "", "330000"), rows.get(3));
        assertEquals(List.of(row("长兴", "长兴县", "county", "湖州市", "330522")), run("regions", "lookup", "长兴"));
        assertEquals(List.of("湖州", "湖州市", "长兴", "长兴县"),
            run("regions", "within", SampleData.ID + "region-330000").stream().map(r -> r.get(0)).toList());
    }

    @Test
    void programs() {
        assertEquals(List.of(row("一组三会", "", "一组三会机制"), row("最多跑一次", "浙江省", ""), row("河长制", "长兴县", "")),
            run("programs"));
        // a region's programs include those of the regions inside it, by alias too
        assertEquals(List.of(row("最多跑一次", "浙江省", ""), row("河长制", "长兴县", "")), run("programs", "in_region", "浙江"));
        assertEquals(List.of(row("河长制", "长兴县", "")), run("programs", "in_region", "湖州市"));
    }

    @Test
    void evidenceByNameTitleOrIri() {
        List<List<String>> byName = run("evidence", "target", "十九届中央全面深化改革委员会第十三次会议");
        assertEquals(3, byName.size());
        assertEquals(row("十九届中央全面深化改革委员会第十三次会议", "rk:approved", "关于推进医疗保障基金监管制度体系改革的指导意见",
            "6天后，习近平总书记主持召开十九届中央全面深化改革委员会第十三次会议，审议通过了《关于推进医疗保障基金监管制度体系改革的指导意见》",
            "sample-a.txt", "212", "281", "approval-list", "0.9"), byName.get(0));
        assertEquals(List.of("rk:approved", "rk:chairedBy", "rk:date"), byName.stream().map(r -> r.get(1)).toList());

        // a document: the facts about it and the approval where it is the object
        List<List<String>> byTitle = run("evidence", "target", "关于推进医疗保障基金监管制度体系改革的指导意见");
        assertEquals(Set.of("rk:approved", "rk:kind"), Set.copyOf(byTitle.stream().map(r -> r.get(1)).toList()));

        // the duplicated meeting by IRI: one fact from each source
        List<List<String>> byIri = run("evidence", "target", SampleData.ID + "meeting-lsg-3");
        assertEquals(List.of("sample-a.txt", "sample-b.txt"), byIri.stream().map(r -> r.get(4)).toList());
        assertEquals(List.of("640", "35"), byIri.stream().map(r -> r.get(5)).toList());

        assertEquals(List.of(), run("evidence", "target", "十九届中央全面深化改革委员会"));
    }

    @Test
    void yearFilterMatchesEveryDatePrecision() {
        // 2014: the meeting dated 2014-06 in one source and 2014-06-06 in the other, once
        assertEquals(List.of(row("中央全面深化改革领导小组第三次会议", "中央全面深化改革领导小组", "", "3", "2014-06-06", "习近平")),
            run("meetings", "year", "2014"));
        // 2013: month precision only
        assertEquals(List.of("党的十八届三中全会"), names(run("meetings", "year", "2013")));
        assertEquals(List.of("十九届中央全面深化改革委员会第十三次会议"), names(run("meetings", "year", "2020")));
        assertEquals(List.of(), run("meetings", "year", "1999"));
        assertEquals(List.of("关于进一步推进户籍制度改革的意见", "深化财税体制改革总体方案"),
            run("approvals", "year", "2014").stream().map(r -> r.get(5)).toList());
    }

    @Test
    void otherFilters() {
        assertEquals(List.of("中央全面深化改革领导小组第三次会议", "中央全面深化改革领导小组第二十八次会议"),
            names(run("meetings", "by_body", "中央深改组")));
        assertEquals(List.of("十九届中央全面深化改革委员会第十三次会议"), names(run("meetings", "in_term", "19")));
        assertEquals(List.of("十九届中央全面深化改革委员会第十三次会议"), names(run("meetings", "in_term", "019")));
        assertEquals(List.of("党的十八届三中全会"), names(run("meetings", "by_body", "中国共产党中央委员会", "year", "2013")));
        assertEquals(List.of(), run("meetings", "by_body", "中国共产党中央委员会", "year", "2014"));
        // meeting by name or by IRI
        assertEquals(2, run("approvals", "meeting", "中央全面深化改革领导小组第三次会议").size());
        assertEquals(run("approvals", "meeting", "中央全面深化改革领导小组第三次会议"),
            run("approvals", "meeting", SampleData.ID + "meeting-lsg-3"));
        assertEquals(List.of("关于全面推行河长制的意见", "关于深化投融资体制改革的意见", "关于进一步推进户籍制度改革的意见"),
            run("documents", "of_kind", "意见").stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("关于全面推行河长制的意见"), run("documents", "issued_by", "国办").stream().map(r -> r.get(0)).toList());
    }

    private static List<String> names(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).toList();
    }

    @Test
    void csvStartsWithTheContractHeader() {
        String csv = runner.run(queries.get("approvals"), Map.of()).format(OutputFormat.CSV);
        assertTrue(csv.startsWith("meeting_name,meeting_body,meeting_term,meeting_ordinal,meeting_date,title\r\n"), csv);
        assertTrue(csv.contains("\r\n党的十八届三中全会,中国共产党中央委员会,18,3,2013-11,中共中央关于全面深化改革若干重大问题的决定\r\n"), csv);
        String meetings = runner.run(queries.get("meetings"), Map.of()).format(OutputFormat.CSV);
        assertTrue(meetings.startsWith("name,body,term,ordinal,date,chair\r\n全旗组织工作会议,,,,,\r\n"), meetings);
        assertTrue(runner.run(queries.get("documents"), Map.of()).format(OutputFormat.CSV).startsWith("title,kind,issuer\r\n"));
        // an empty result still has its header
        assertEquals("name,body,term,ordinal,date,chair\r\n",
            runner.run(queries.get("meetings"), map("year", "1999")).format(OutputFormat.CSV));
    }

    @Test
    void csvQuotesAsRfc4180() {
        QueryResult r = new QueryResult("t", List.of("a", "b"), List.of(
            org.apache.jena.sparql.engine.binding.BindingFactory.binding(
                org.apache.jena.sparql.core.Var.alloc("a"), org.apache.jena.graph.NodeFactory.createLiteralString("x, \"y\"\nz"),
                org.apache.jena.sparql.core.Var.alloc("b"), org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/reformkg/id/x"))),
            false);
        assertEquals("a,b\r\n\"x, \"\"y\"\"\nz\",https://w3id.org/reformkg/id/x\r\n", r.format(OutputFormat.CSV));
    }

    @Test
    void tsvAndJsonAreSparqlResults() {
        QueryResult r = runner.run(queries.get("meetings"), map("year", "2014"));
        String tsv = r.format(OutputFormat.TSV);
        assertTrue(tsv.startsWith("?name\t?body\t?term\t?ordinal\t?date\t?chair\n"), tsv);
        String json = r.format(OutputFormat.JSON);
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(r.columns(), back.getResultVars());
        assertEquals("中央全面深化改革领导小组第三次会议", back.next().getLiteral("name").getLexicalForm());
        assertFalse(back.hasNext());
    }

    @Test
    void tableIsAlignedByDisplayWidth() {
        String table = runner.run(queries.get("programs"), Map.of()).format(OutputFormat.TABLE);
        assertEquals("""
            name       | region | aliases
            -----------+--------+-------------
            一组三会   |        | 一组三会机制
            最多跑一次 | 浙江省 |
            河长制     | 长兴县 |
            """, table);
        String meetings = runner.run(queries.get("meetings"), Map.of()).format(OutputFormat.TABLE);
        String[] lines = meetings.split("\n");
        assertEquals(7, lines.length);
        // every separator sits at the same display column on every line
        int bar = DisplayWidth.of(lines[0].substring(0, lines[0].indexOf('|')));
        for (String line : lines)
            if (!line.startsWith("-"))
                assertEquals(bar, DisplayWidth.of(line.substring(0, line.indexOf('|'))), line);
        // numbers are right-aligned
        assertTrue(meetings.contains("|   18 |       3 |"), meetings);
    }

    @Test
    void rowCap() {
        CannedQuery q = queries.get("regions");
        QueryResult capped = runner.run(q, Map.of(), 3);
        assertEquals(3, capped.size());
        assertTrue(capped.truncated());
        assertEquals(runner.run(q, Map.of()).values().subList(0, 3), capped.values());
        QueryResult exact = runner.run(q, Map.of(), 10);
        assertEquals(10, exact.size());
        assertFalse(exact.truncated(), "exactly at the cap is not truncated");
        assertFalse(runner.run(q, Map.of()).truncated());
        assertThrows(IllegalArgumentException.class, () -> runner.run(q, Map.of(), 0));
    }

    @Test
    void parameterErrorsAreOneLineAndNameTheParameter() {
        CannedQuery evidence = queries.get("evidence");
        QueryParamException missing = assertThrows(QueryParamException.class, () -> runner.run(evidence, Map.of()));
        assertEquals("target", missing.param());
        assertTrue(missing.getMessage().startsWith("missing required parameter 'target' (string) for query 'evidence'"), missing.getMessage());

        QueryParamException unknown = assertThrows(QueryParamException.class,
            () -> runner.run(queries.get("meetings"), map("yaer", "2014")));
        assertEquals("unknown parameter 'yaer' for query 'meetings'; its parameters: year, by_body, in_term", unknown.getMessage());

        QueryParamException none = assertThrows(QueryParamException.class,
            () -> runner.run(CannedQuery.parse("p", "# title: T\n# description: D\n# columns: a\nSELECT ?a { ?a ?b ?c } ORDER BY ?a"), map("x", "1")));
        assertTrue(none.getMessage().endsWith("it takes no parameters"), none.getMessage());

        QueryParamException year = assertThrows(QueryParamException.class, () -> runner.run(queries.get("meetings"), map("year", "14")));
        assertEquals("parameter 'year' (year): '14' is not a four-digit year such as 2016", year.getMessage());
        QueryParamException term = assertThrows(QueryParamException.class, () -> runner.run(queries.get("meetings"), map("in_term", "十九")));
        assertEquals("parameter 'in_term' (integer): '十九' is not an integer such as 19", term.getMessage());
        QueryParamException iri = assertThrows(QueryParamException.class,
            () -> runner.run(queries.get("regions"), map("within", "http://example.org/x")));
        assertEquals("parameter 'within' (iri): 'http://example.org/x' is not an absolute IRI starting with https://w3id.org/reformkg/",
            iri.getMessage());
        QueryParamException nul = assertThrows(QueryParamException.class,
            () -> runner.run(queries.get("meetings"), map("by_body", "a\u0000b")));
        assertEquals("parameter 'by_body': text has control character U+0000 at index 1", nul.getMessage());
        QueryParamException multiline = assertThrows(QueryParamException.class,
            () -> runner.run(queries.get("meetings"), map("year", "2014\n} DROP ALL")));
        assertFalse(multiline.getMessage().contains("\n"), multiline.getMessage());
        assertTrue(multiline.getMessage().contains("'2014\\u000a} DROP ALL'"), multiline.getMessage());
    }

    @Test
    void defaultsApplyWhenNotGiven() {
        CannedQuery q = CannedQuery.parse("d", """
            # title: Meetings of a term
            # description: test of defaults
            # param: in_term integer optional default=18 - term
            # columns: name
            PREFIX rk: <https://w3id.org/reformkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name WHERE { ?m rk:term ?in_term ; rdfs:label ?name } ORDER BY ?name
            """);
        assertEquals(List.of(row("党的十八届三中全会")), runner.run(q, Map.of()).values());
        assertEquals(List.of(row("十九届中央全面深化改革委员会第十三次会议")), runner.run(q, map("in_term", "19")).values());
        assertEquals(Map.of("in_term", org.apache.jena.graph.NodeFactory.createLiteralDT("18", XSDDatatype.XSDinteger)),
            QueryRunner.bindings(q, null));
    }

    @Test
    void unionDefaultGraphEvenIfTheDatasetLacksTheFlag() {
        QueryRunner plain = new QueryRunner(SampleData.dataset(false));
        assertEquals(runner.run(queries.get("meetings"), Map.of()).values(),
            plain.run(queries.get("meetings"), Map.of()).values());
    }

    @Test
    void runsInsideTheCallersReadTransactionAndAfterIt() {
        sample.begin(ReadWrite.READ);
        try {
            assertEquals(5, runner.run(queries.get("meetings"), Map.of()).size());
            assertTrue(sample.isInTransaction(), "the caller's transaction is left open");
        } finally {
            sample.end();
        }
        QueryResult r = runner.run(queries.get("meetings"), Map.of());
        // rows are detached from the transaction: readable after it ended
        assertEquals("习近平", r.value(2, "chair"));
    }

    @Test
    void timeout() {
        QueryRunner slow = new QueryRunner(sample, Duration.ofMillis(1));
        CannedQuery heavy = CannedQuery.parse("heavy", """
            # title: Heavy
            # description: a cross product that takes far longer than a millisecond
            # columns: n
            SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?n
            """);
        assertThrows(org.apache.jena.query.QueryCancelledException.class, () -> slow.run(heavy, Map.of()));
    }

    @Test
    void outputFormatNames() {
        assertEquals(OutputFormat.CSV, OutputFormat.parse("CSV"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> OutputFormat.parse("xml"));
        assertEquals("unknown output format 'xml'; known formats: table, csv, tsv, json", ex.getMessage());
    }
}

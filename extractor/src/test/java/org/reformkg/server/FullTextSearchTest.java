package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkg.rdf.Vocab;

/**
 * {@code text:query} on the server's index ({@code server/fulltext.trig}): Chinese is cut into
 * words and a run typed without spaces is a phrase, so 户籍制度 finds the 户籍制度 opinion and not the
 * opinions that share its words or characters.
 */
class FullTextSearchTest {

    static final String DATA = "server/fulltext.trig";
    static final String ID = "https://w3id.org/reformkg/id/";
    static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\n"
        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
        + "PREFIX oa: <http://www.w3.org/ns/oa#>\n";

    static Dataset store;
    static FullTextIndex index;

    @BeforeAll
    static void load() {
        store = dataset();
        index = FullTextIndex.build(store);
    }

    /** The fixture in a fresh TDB2 dataset with the union default graph, as the store opens it. */
    static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return load(ds);
    }

    /** Loads the fixture through {@code ds} (so a text dataset indexes it). */
    private static Dataset load(Dataset ds) {
        try (InputStream in = FullTextSearchTest.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null)
                throw new IllegalStateException(DATA + " not on the test classpath");
            Txn.executeWrite(ds, () -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ds;
    }

    /** The local names of the subjects {@code text:query (property "q")} finds, in hit order. */
    static List<String> hits(Dataset ds, String property, String q) {
        String query = PREFIXES + "SELECT ?s WHERE { ?s text:query (" + property + " \"" + q.replace("\"", "\\\"") + "\") }";
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(b -> out.add(b.get(Var.alloc("s")).getURI().substring(ID.length())));
            }
            return out;
        });
    }

    static Set<String> hitSet(Dataset ds, String property, String q) {
        return new TreeSet<>(hits(ds, property, q));
    }

    @Test
    void huJiZhiDuFindsTheHuJiOpinionOnly() {
        // stated in two source graphs, found once
        assertEquals(List.of("doc-huji"), hits(index.dataset(), "rdfs:label", "户籍制度"));
        assertEquals(List.of("doc-huji"), hits(index.dataset(), "dcterms:title", "户籍制度"));
        assertEquals(List.of("quote-s1"), hits(index.dataset(), "oa:exact", "户籍制度"));
        // the primary field is rdfs:label
        assertEquals(List.of("doc-huji"), hits(index.dataset(), "", "户籍制度").stream().distinct().toList());
    }

    @Test
    void segmentationMatters() {
        // 国有 (state-owned) is a word of 国有企业, but 全国有序 is 全国 | 有序: only Chinese word segmentation tells them apart
        assertEquals(Set.of("quote-s2"), hitSet(index.dataset(), "oa:exact", "国有"));
        FullTextIndex standard = FullTextIndex.build(dataset(), new StandardAnalyzer());
        assertEquals(Set.of("quote-s2", "quote-s3"), hitSet(standard.dataset(), "oa:exact", "国有"),
            "the StandardAnalyzer cuts Chinese into characters, so 国有 is found in 全国有序");
        // and plain jena-text with the StandardAnalyzer ORs the characters of 户籍制度: unrelated opinions
        Set<String> plain = hitSet(plainJenaText(new StandardAnalyzer()), "rdfs:label", "户籍制度");
        assertTrue(plain.containsAll(Set.of("doc-huji", "doc-yibao", "doc-chengxiang", "doc-hukou")), plain.toString());
    }

    @Test
    void aBareRunIsAPhrase() {
        // plain jena-text ORs the words 户籍 | 制度 even with the Chinese analyzer: doc-yibao has 制度
        assertEquals(Set.of("doc-huji", "doc-yibao"), hitSet(plainJenaText(new SmartChineseAnalyzer()), "rdfs:label", "户籍制度"));
        // the server's index keeps Lucene syntax: separate terms OR, AND, NOT, quotes, wildcards
        assertEquals(Set.of("doc-huji", "doc-guoqi"), hitSet(index.dataset(), "rdfs:label", "户籍制度 国有企业"));
        assertEquals(Set.of("doc-huji", "doc-yibao"), hitSet(index.dataset(), "rdfs:label", "户籍 OR 医疗"));
        assertEquals(Set.of("doc-yibao"), hitSet(index.dataset(), "rdfs:label", "制度 AND 医疗"));
        assertEquals(Set.of("doc-yibao"), hitSet(index.dataset(), "rdfs:label", "制度 NOT 户籍"));
        assertEquals(Set.of("doc-huji"), hitSet(index.dataset(), "rdfs:label", "\"户籍制度\""));
        assertEquals(Set.of("doc-huji", "doc-hukou"), hitSet(index.dataset(), "rdfs:label", "户*"));
        assertEquals(Set.of(), hitSet(index.dataset(), "rdfs:label", "户籍管理"));
        assertThrows(TextIndexParseException.class, () -> hits(index.dataset(), "rdfs:label", "\"户籍"));
    }

    @Test
    void queriesJoinTheUnionDefaultGraph() {
        String q = PREFIXES + "PREFIX rk: <https://w3id.org/reformkg/ontology#>\n"
            + "SELECT ?meeting ?title WHERE { ?d text:query (dcterms:title \"户籍制度\") . ?d rdfs:label ?title . "
            + "?m rk:approved ?d ; rdfs:label ?meeting }";
        List<String> rows = Txn.calculateRead(index.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(index.dataset().asDatasetGraph()).query(q).build()) {
                exec.select().forEachRemaining(b -> out.add(b.get(Var.alloc("meeting")).getLiteralLexicalForm()
                    + " " + b.get(Var.alloc("title")).getLiteralLexicalForm()));
            }
            return out;
        });
        assertEquals(List.of("中央全面深化改革领导小组第三次会议 关于进一步推进户籍制度改革的意见"), rows);
    }

    @Test
    void overHttp() {
        try (ReformServer server = ReformServer.create().dataset(store).port(0).build().start()) {
            String q = PREFIXES + "SELECT ?s ?label WHERE { ?s text:query (rdfs:label \"户籍制度\") . ?s rdfs:label ?label }";
            HttpResponse<String> r = Http.get(server.endpointUrl() + "?query=" + Http.enc(q), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(List.of(List.of(ID + "doc-huji", "关于进一步推进户籍制度改革的意见")),
                Http.rows(r.body(), List.of("s", "label")));
            assertEquals(index.documents(), server.indexedTexts());
        }
    }

    @Test
    void everyLabelTitleAndSentenceOfEveryGraphIsIndexed() {
        long expected = Txn.calculateRead(store, () -> {
            var dsg = store.asDatasetGraph();
            long n = 0;
            for (var p : List.of(Vocab.label, Vocab.title, Vocab.exact))
                n += dsg.stream(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, p, org.apache.jena.graph.Node.ANY).count();
            return n;
        });
        assertEquals(expected, index.documents());
        assertTrue(expected > 15, "the fixture has its texts");
    }

    @Test
    void writesThroughTheIndexedDatasetAreSearchable() {
        Dataset ds = dataset();
        FullTextIndex own = FullTextIndex.build(ds);
        var g = NodeFactory.createURI("https://w3id.org/reformkg/source/new.txt");
        var s = NodeFactory.createURI(ID + "doc-new");
        var label = NodeFactory.createLiteralString("关于深化户籍制度改革的补充意见");
        Txn.executeWrite(own.dataset(), () -> own.dataset().asDatasetGraph().add(g, s, Vocab.label, label));
        assertEquals(Set.of("doc-huji", "doc-new"), hitSet(own.dataset(), "rdfs:label", "户籍制度"));
        Txn.executeWrite(own.dataset(), () -> own.dataset().asDatasetGraph().delete(g, s, Vocab.label, label));
        assertEquals(Set.of("doc-huji"), hitSet(own.dataset(), "rdfs:label", "户籍制度"));
        // the store itself stays writable, directly too, after the index was built over it
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(g, s, Vocab.label, label));
        assertEquals(Set.of("doc-huji"), hitSet(own.dataset(), "rdfs:label", "户籍制度"),
            "writes around the index are not indexed (the server rebuilds at start)");
    }

    /** The fixture behind jena-text as it comes, with this analyzer: no phrase rule. */
    private static Dataset plainJenaText(Analyzer analyzer) {
        EntityDefinition entities = new EntityDefinition("uri", FullTextIndex.LABEL_FIELD, Vocab.label);
        entities.set(FullTextIndex.TITLE_FIELD, Vocab.title);
        entities.set(FullTextIndex.EXACT_FIELD, Vocab.exact);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(analyzer);
        return load(TextDatasetFactory.createLucene(TDB2Factory.createDataset(), new ByteBuffersDirectory(), config));
    }
}

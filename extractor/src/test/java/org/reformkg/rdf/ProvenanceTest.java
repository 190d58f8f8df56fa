package org.reformkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkg.query.CannedQueries;
import org.reformkg.query.QueryResult;
import org.reformkg.query.QueryRunner;
import org.reformkg.store.Store;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Decoder;

/** Every fact in the graph of the seeds links to evidence that can be checked against the raw file. */
class ProvenanceTest {
    static Store store;
    static Map<String, DecodedText> raw = new HashMap<>();

    static final String PREFIXES = """
            PREFIX rk: <https://w3id.org/reformkg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    @BeforeAll
    static void load() throws Exception {
        store = Store.inMemory();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : seeds) {
            DecodedText text = Decoder.read(p);
            raw.put(RdfEmitter.sourceId(text.sourceName()), text);
            store.replaceGraph(RdfEmitter.graphOf(text.sourceName()), sink -> Pipeline.extract(text, sink));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                List<QuerySolution> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    @Test
    void theRawSliceOfEverySentenceIsTheSentenceWithoutLineBreaks() {
        List<QuerySolution> rows = select("""
                SELECT ?file ?start ?end ?exact WHERE {
                  ?s a rk:Sentence ; oa:hasSource ?src ; oa:hasSelector ?p , ?q .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?src dcterms:identifier ?file .
                }""");
        assertTrue(rows.size() > 50, "evidence sentences: " + rows.size());
        for (QuerySolution r : rows) {
            String text = raw.get(r.getLiteral("file").getString()).text();
            String slice = text.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt());
            assertEquals(r.getLiteral("exact").getString().replaceAll("\\s+", ""), slice.replaceAll("\\s+", ""),
                    r.getLiteral("file").getString() + " @" + r.getLiteral("start").getInt());
        }
    }

    @Test
    void everyMeetingDocumentApprovalDateAndChairHasEvidenceWithRuleAndConfidence() {
        for (String p : List.of("rk:approved", "rk:date", "rk:chairedBy", "rk:ofBody", "rdf:type")) {
            List<QuerySolution> missing = select("""
                    SELECT ?s ?o WHERE {
                      ?s %s ?o . ?s a ?cls . FILTER(?cls IN (rk:Meeting, rk:Document))
                      FILTER NOT EXISTS {
                        ?ev rdf:subject ?s ; rdf:predicate %s ; rdf:object ?o ; rk:rule ?rule ; rk:confidence ?c ;
                            prov:wasDerivedFrom/oa:hasSource ?src .
                      }
                    }""".formatted(p, p));
            assertTrue(missing.isEmpty(), p + " without evidence: " + missing);
        }
        assertTrue(select("SELECT ?m WHERE { ?m rk:approved ?d }").size() >= 8);
    }

    @Test
    void theEvidenceQueryShowsTheSentenceBehindAnApproval() {
        QueryResult r = new QueryRunner(store.dataset()).run(CannedQueries.load().get("evidence"),
                Map.of("target", "十九届中央全面深化改革委员会第十三次会议"));
        boolean found = false;
        for (int i = 0; i < r.size(); i++) {
            if (r.value(i, "object").equals("关于推进医疗保障基金监管制度体系改革的指导意见")) {
                found = true;
                assertTrue(r.value(i, "sentence").contains("审议通过"), r.value(i, "sentence"));
                assertEquals("000_d70b88ea89183d9c.txt", r.value(i, "source"));
                int start = Integer.parseInt(r.value(i, "start")), end = Integer.parseInt(r.value(i, "end"));
                assertTrue(raw.get("000_d70b88ea89183d9c.txt").text().substring(start, end).contains("6天后"));
            }
        }
        assertTrue(found, "approval evidence among " + r.values());
    }
}

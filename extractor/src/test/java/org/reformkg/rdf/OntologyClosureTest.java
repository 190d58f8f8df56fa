package org.reformkg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.reformkg.text.Decoder;

/** ontology/reform.ttl is the single source of vocabulary: the extractor emits no term it lacks. */
class OntologyClosureTest {

    @Test
    void everyEmittedClassAndPropertyIsDeclaredInTheOntology() throws Exception {
        Model ontology = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getResourceAsStream("/reformkg/ontology/reform.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology.getGraph());
        }
        Graph onto = ontology.getGraph();

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) Pipeline.extract(Decoder.read(seed), StreamRDFLib.dataset(dsg));

        Set<String> undeclared = new TreeSet<>();
        long quads = 0;
        for (var it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            quads++;
            check(onto, q.getPredicate(), undeclared);
            if (q.getPredicate().equals(Vocab.type)) check(onto, q.getObject(), undeclared);
        }
        assertTrue(quads > 500, "the seeds should yield a graph, got " + quads + " quads");
        assertTrue(undeclared.isEmpty(), "terms emitted but not declared in ontology/reform.ttl: " + undeclared);
    }

    private static void check(Graph onto, Node term, Set<String> undeclared) {
        if (!onto.contains(term, Node.ANY, Node.ANY)) undeclared.add(term.getURI());
    }
}

package org.reformkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The terms reformkg emits. Every one is declared in ontology/reform.ttl (a test checks). */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/reformkg/";
    public static final String RK = BASE + "ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String ORG = "http://www.w3.org/ns/org#";

    private static Node rk(String local) { return NodeFactory.createURI(RK + local); }
    private static Node uri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    public static final Node Meeting = rk("Meeting");
    public static final Node ConveningBody = rk("ConveningBody");
    public static final Node Document = rk("Document");
    public static final Node DocumentKind = rk("DocumentKind");
    public static final Node Region = rk("Region");
    public static final Node Program = rk("Program");
    public static final Node Person = rk("Person");
    public static final Node Source = rk("Source");
    public static final Node Sentence = rk("Sentence");
    public static final Node Evidence = rk("Evidence");
    public static final Node Organization = uri(ORG, "Organization");

    public static final Node approved = rk("approved");
    public static final Node reviewed = rk("reviewed");
    public static final Node chairedBy = rk("chairedBy");
    public static final Node ofBody = rk("ofBody");
    public static final Node issuedBy = rk("issuedBy");
    public static final Node kind = rk("kind");
    public static final Node mentions = rk("mentions");
    public static final Node locatedIn = rk("locatedIn");
    public static final Node pilotedIn = rk("pilotedIn");
    public static final Node place = rk("place");
    public static final Node evidence = rk("evidence");
    public static final Node date = rk("date");
    public static final Node dateKey = rk("dateKey");
    public static final Node year = rk("year");
    public static final Node term = rk("term");
    public static final Node ordinal = rk("ordinal");
    public static final Node level = rk("level");
    public static final Node code = rk("code");
    public static final Node role = rk("role");
    public static final Node attended = rk("attended");
    public static final Node postIn = rk("postIn");
    public static final Node organizationKind = rk("organizationKind");
    public static final Node rule = rk("rule");
    public static final Node confidence = rk("confidence");
    public static final Node charset = rk("charset");
    public static final Node sentenceIndex = rk("sentenceIndex");

    public static final Node type = RDF.type.asNode();
    public static final Node label = RDFS.label.asNode();
    public static final Node subject = RDF.subject.asNode();
    public static final Node predicate = RDF.predicate.asNode();
    public static final Node object = RDF.object.asNode();
    public static final Node altLabel = uri(SKOS, "altLabel");
    public static final Node title = uri(DCT, "title");
    public static final Node identifier = uri(DCT, "identifier");
    public static final Node wasDerivedFrom = uri(PROV, "wasDerivedFrom");
    public static final Node hasSource = uri(OA, "hasSource");
    public static final Node hasSelector = uri(OA, "hasSelector");
    public static final Node TextPositionSelector = uri(OA, "TextPositionSelector");
    public static final Node TextQuoteSelector = uri(OA, "TextQuoteSelector");
    public static final Node start = uri(OA, "start");
    public static final Node end = uri(OA, "end");
    public static final Node exact = uri(OA, "exact");
}

package org.reformkg.rdf;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.reformkg.extract.Body;
import org.reformkg.extract.PartialDate;
import org.reformkg.resolve.Claim;
import org.reformkg.resolve.Evidence;
import org.reformkg.resolve.Resolution;
import org.reformkg.text.DecodedText;
import org.reformkg.text.Sentence;

/**
 * Stage: a source's resolution to quads, streamed into any {@link StreamRDF} (file writer, TDB2
 * loader, HTTP upload). Every quad goes into the source's named graph. Each fact is written with
 * an rk:Evidence node that reifies it and points to its sentence, whose Web Annotation selectors
 * locate it in the raw file. Nothing is kept beyond the triples of the one source being written.
 */
public final class RdfEmitter {
    private final StreamRDF out;
    private final String sourceName;
    private final Node graph;
    private final Set<Integer> sentencesWritten = new HashSet<>();
    private final Set<Node> entitiesWritten = new HashSet<>();
    /** The source's triples so far: one source at a time, so this stays small. */
    private final Set<org.apache.jena.graph.Triple> written = new HashSet<>();

    private RdfEmitter(StreamRDF out, String sourceName) {
        this.out = out;
        this.sourceName = sourceId(sourceName);
        this.graph = Iris.source(this.sourceName);
    }

    /**
     * A source's identity: its file name, whatever path it was read through, so that loading
     * seeds/a.txt and /data/seeds/a.txt replaces the same graph.
     */
    public static String sourceId(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }

    /** The IRI of the named graph that holds a source's facts. */
    public static Node graphOf(String sourceName) {
        return Iris.source(sourceId(sourceName));
    }

    /** Writes the source's quads. Does not call {@code start()}/{@code finish()} on the stream. */
    public static void emit(DecodedText source, Resolution resolution, StreamRDF out) {
        new RdfEmitter(out, source.sourceName()).write(source, resolution);
    }

    private void write(DecodedText source, Resolution r) {
        quad(graph, Vocab.type, Vocab.Source);
        quad(graph, Vocab.identifier, str(sourceName));
        quad(graph, Vocab.charset, str(source.charset().name()));

        for (Resolution.Document d : r.documents()) {
            Node doc = Iris.entity("document", d.key());
            fact(doc, Vocab.type, Vocab.Document, d.mention());
            quad(doc, Vocab.label, str(d.title()));
            quad(doc, Vocab.title, str(d.title()));
            quad(graph, Vocab.mentions, doc);
            Node kind = Iris.entity("kind", d.kind());
            if (entitiesWritten.add(kind)) {
                quad(kind, Vocab.type, Vocab.DocumentKind);
                quad(kind, Vocab.label, str(d.kind()));
            }
            fact(doc, Vocab.kind, kind, d.mention());
            for (Claim<String> issuer : d.issuers()) {
                Node org = organization(issuer.value());
                fact(doc, Vocab.issuedBy, org, issuer.evidence());
            }
        }
        for (Resolution.Meeting m : r.meetings()) {
            Node meeting = Iris.entity("meeting", m.key());
            fact(meeting, Vocab.type, Vocab.Meeting, m.mention());
            if (m.name() != null) quad(meeting, Vocab.label, str(m.name()));
            for (String a : m.aliases()) quad(meeting, Vocab.altLabel, str(a));
            quad(graph, Vocab.mentions, meeting);
            if (m.body() != null) fact(meeting, Vocab.ofBody, body(m.body().value()), m.body().evidence());
            if (m.term() != null) fact(meeting, Vocab.term, integer(m.term().value()), m.term().evidence());
            if (m.ordinal() != null) fact(meeting, Vocab.ordinal, integer(m.ordinal()), m.mention());
            if (m.date() != null) {
                PartialDate d = m.date().value();
                fact(meeting, Vocab.date, dateLiteral(d), m.date().evidence());
                quad(meeting, Vocab.dateKey, str(d.iso()));
                quad(meeting, Vocab.year, integer(d.year()));
            }
            if (m.placeKey() != null) fact(meeting, Vocab.place, Iris.entity("region", m.placeKey().value()), m.placeKey().evidence());
            if (m.chair() != null) fact(meeting, Vocab.chairedBy, person(m.chair().value(), m.chair().evidence()), m.chair().evidence());
        }
        for (Resolution.Region g : r.regions()) {
            Node region = Iris.entity("region", g.key());
            fact(region, Vocab.type, Vocab.Region, g.mention());
            quad(region, Vocab.label, str(g.name()));
            quad(region, Vocab.level, str(g.level()));
            if (g.code() != null) quad(region, Vocab.code, str(g.code()));
            for (String a : g.aliases()) quad(region, Vocab.altLabel, str(a));
            if (g.parentKey() != null) fact(region, Vocab.locatedIn, Iris.entity("region", g.parentKey()), g.mention());
            if (g.mentioned()) quad(graph, Vocab.mentions, region);
        }
        for (Resolution.Program p : r.programs()) {
            Node program = Iris.entity("program", p.key());
            fact(program, Vocab.type, Vocab.Program, p.mention());
            quad(program, Vocab.label, str(p.name()));
            for (String a : p.aliases()) quad(program, Vocab.altLabel, str(a));
            quad(graph, Vocab.mentions, program);
            for (Claim<String> where : p.regionKeys())
                fact(program, Vocab.pilotedIn, Iris.entity("region", where.value()), where.evidence());
        }
        for (Resolution.Person p : r.persons()) {
            Node person = person(p.name(), p.mention());
            for (String role : p.roles()) fact(person, Vocab.role, str(role), p.mention());
            for (Claim<String> m : p.attendedMeetingKeys()) fact(person, Vocab.attended, Iris.entity("meeting", m.value()), m.evidence());
            for (Claim<String> g : p.postRegionKeys()) fact(person, Vocab.postIn, Iris.entity("region", g.value()), g.evidence());
        }
        for (Resolution.Organization o : r.organizations()) {
            Node org = organization(o.name());
            fact(org, Vocab.type, Vocab.Organization, o.mention());
            for (String a : o.aliases()) quad(org, Vocab.altLabel, str(a));
            quad(org, Vocab.organizationKind, str(o.kind()));
            quad(graph, Vocab.mentions, org);
        }
        for (Resolution.Link l : r.links()) {
            fact(Iris.entity("meeting", l.meetingKey()), l.approved() ? Vocab.approved : Vocab.reviewed,
                    Iris.entity("document", l.documentKey()), l.evidence());
        }
    }

    private Node body(String name) {
        Node b = Iris.entity("body", name);
        if (entitiesWritten.add(b)) {
            quad(b, Vocab.type, Vocab.ConveningBody);
            quad(b, Vocab.type, Vocab.Organization);
            quad(b, Vocab.label, str(name));
            for (Body known : new Body[]{Body.REFORM_GROUP, Body.REFORM_COMMISSION, Body.CENTRAL_COMMITTEE, Body.NATIONAL_CONGRESS})
                if (known.name().equals(name))
                    for (String a : known.aliases()) if (!a.equals(name)) quad(b, Vocab.altLabel, str(a));
        }
        return b;
    }

    private Node person(String name, Evidence ev) {
        Node person = Iris.entity("person", name);
        if (entitiesWritten.add(person)) {
            fact(person, Vocab.type, Vocab.Person, ev);
            quad(person, Vocab.label, str(name));
            quad(graph, Vocab.mentions, person);
        }
        return person;
    }

    private Node organization(String name) {
        Node o = Iris.entity("org", name);
        if (entitiesWritten.add(o)) {
            quad(o, Vocab.type, Vocab.Organization);
            quad(o, Vocab.label, str(name));
        }
        return o;
    }

    /** A fact with its evidence: the triple, and a reifying rk:Evidence derived from the sentence. */
    private void fact(Node s, Node p, Node o, Evidence ev) {
        quad(s, p, o);
        if (ev == null) return;
        Node sentence = sentence(ev.sentence());
        Node e = Iris.evidence(sourceName, s + " " + p + " " + o + " " + ev.sentence().index());
        if (!entitiesWritten.add(e)) return;
        quad(s, Vocab.evidence, e);
        quad(e, Vocab.type, Vocab.Evidence);
        quad(e, Vocab.subject, s);
        quad(e, Vocab.predicate, p);
        quad(e, Vocab.object, o);
        quad(e, Vocab.rule, str(ev.rule()));
        quad(e, Vocab.confidence, NodeFactory.createLiteralDT(BigDecimal.valueOf(ev.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
        quad(e, Vocab.wasDerivedFrom, sentence);
    }

    private Node sentence(Sentence s) {
        Node n = Iris.sentence(graph, s.index());
        if (sentencesWritten.add(s.index())) {
            Node pos = NodeFactory.createURI(n.getURI() + "/pos");
            Node quote = NodeFactory.createURI(n.getURI() + "/quote");
            quad(n, Vocab.type, Vocab.Sentence);
            quad(n, Vocab.hasSource, graph);
            quad(n, Vocab.sentenceIndex, integer(s.index()));
            quad(n, Vocab.hasSelector, pos);
            quad(n, Vocab.hasSelector, quote);
            quad(pos, Vocab.type, Vocab.TextPositionSelector);
            quad(pos, Vocab.start, integer(s.rawStart()));
            quad(pos, Vocab.end, integer(s.rawEnd()));
            quad(quote, Vocab.type, Vocab.TextQuoteSelector);
            quad(quote, Vocab.exact, str(s.text()));
        }
        return n;
    }

    static Node dateLiteral(PartialDate d) {
        XSDDatatype dt = switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(d.iso(), dt);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** Writes a quad once: entities reached along several paths (an issuer that is also an organisation mention) repeat triples. */
    private void quad(Node s, Node p, Node o) {
        if (written.add(org.apache.jena.graph.Triple.create(s, p, o)))
            out.quad(org.apache.jena.sparql.core.Quad.create(graph, s, p, o));
    }
}

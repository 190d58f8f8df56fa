package org.reformkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-written sample graph ({@code query/sample.trig}) in an in-memory TDB2 dataset. */
public final class SampleData {

    /** Classpath location of the sample. */
    public static final String RESOURCE = "query/sample.trig";
    /** IRI namespace of the sample's entities. */
    public static final String ID = "https://w3id.org/reformkg/id/";
    /** IRI namespace of the sample's sources (and graph names). */
    public static final String SOURCE = "https://w3id.org/reformkg/source/";

    private SampleData() {}

    /** The sample in a fresh TDB2 dataset with the union default graph on, as the store opens it. */
    public static Dataset dataset() {
        return dataset(true);
    }

    /** The sample in a fresh TDB2 dataset, with or without the union-default-graph flag in its context. */
    public static Dataset dataset(boolean unionDefaultGraph) {
        Dataset ds = TDB2Factory.createDataset();
        if (unionDefaultGraph)
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(RESOURCE + " not on the test classpath");
            // TriG is always UTF-8; the parser decodes it so.
            Txn.executeWrite(ds, () -> RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ds;
    }

    /** A value for each required parameter of a shipped query that gives rows on the sample. */
    public static Map<String, String> requiredParams(CannedQuery q) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Param p : q.params()) {
            if (!p.required())
                continue;
            if (q.name().equals("evidence") && p.name().equals("target"))
                params.put("target", "十九届中央全面深化改革委员会第十三次会议");
            else
                throw new IllegalStateException("no sample value for required param " + q.name() + "." + p.name());
        }
        return params;
    }
}

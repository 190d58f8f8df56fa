package org.reformkg.rdf;

import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.reformkg.extract.MentionStage;
import org.reformkg.extract.Mentions;
import org.reformkg.extract.RelationStage;
import org.reformkg.extract.Relations;
import org.reformkg.resolve.Resolution;
import org.reformkg.resolve.Resolver;
import org.reformkg.text.DecodedText;
import org.reformkg.text.LayoutRepair;
import org.reformkg.text.RepairedText;
import org.reformkg.text.Sentence;
import org.reformkg.text.SentenceSplitter;

/**
 * The extractor: decode → repair layout → sentences → mentions → relations → resolution → RDF.
 * Each stage is a pure function whose inputs are the previous stages' outputs, so the order is
 * fixed by the types.
 */
public final class Pipeline {
    private Pipeline() {}

    /** All intermediate results for one source (for tests, eval and debugging). */
    public record Result(DecodedText decoded, RepairedText repaired, List<Sentence> sentences, Mentions mentions,
                         Relations relations, Resolution resolution) {}

    public static Result analyse(DecodedText decoded) {
        RepairedText repaired = LayoutRepair.repair(decoded);
        List<Sentence> sentences = SentenceSplitter.split(repaired);
        Mentions mentions = MentionStage.run(repaired, sentences);
        Relations relations = RelationStage.run(mentions);
        Resolution resolution = Resolver.resolve(mentions, relations);
        return new Result(decoded, repaired, sentences, mentions, relations, resolution);
    }

    /** Analyses a decoded source and streams its quads (its named graph) into {@code out}. */
    public static Result extract(DecodedText decoded, StreamRDF out) {
        Result r = analyse(decoded);
        RdfEmitter.emit(decoded, r.resolution(), out);
        return r;
    }
}

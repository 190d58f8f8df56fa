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

    static {
        configureDictionary();
    }

    /**
     * Loads the domain dictionary into HanLP once, before any text is segmented: the division names
     * (full and short) as places, the reform bodies and national organisations with their abbreviations
     * as organisations. Names HanLP already knows as ordinary words (解放, 平安), two-character
     * short names below city level and generic zone words stay out.
     */
    private static void configureDictionary() {
        var gazetteer = org.reformkg.resolve.Gazetteer.get();
        java.util.List<String> places = new java.util.ArrayList<>();
        for (String n : gazetteer.allNames()) {
            // HanLP's core dictionary also lists a few long full names as plain nouns (新疆维吾尔自治区): those stay names
            if (n.length() < 2 || (n.length() < 5 && org.reformkg.nlp.Chinese.isCommonWord(n))) continue;
            // two-character short names below city level (惠民, 九龙) hide inside ordinary words (普惠民生)
            var divisions = gazetteer.lookup(n);
            boolean fullName = divisions.stream().anyMatch(d -> d.name().equals(n));
            boolean cityOrAbove = divisions.stream().anyMatch(d -> d.level().equals("province") || d.level().equals("city"));
            if (!fullName && n.length() == 2 && !cityOrAbove) continue;
            // generic words some zones are called (工业园区) are no names
            if (n.matches("(?:工业|产业|科技|物流|综合|经济|经济技术|高新技术产业|高新技术|高新)?(?:园区|开发区|新区|片区|工业区|保税区)")) continue;
            places.add(n);
        }
        // reform bodies and national organisations, with their abbreviations, as organisation names
        java.util.Set<String> organizations = new java.util.TreeSet<>(org.reformkg.extract.OrganizationRules.knownNames());
        for (org.reformkg.extract.Body b : java.util.List.of(org.reformkg.extract.Body.REFORM_GROUP, org.reformkg.extract.Body.REFORM_COMMISSION,
                org.reformkg.extract.Body.CENTRAL_COMMITTEE, org.reformkg.extract.Body.NATIONAL_CONGRESS)) {
            organizations.add(b.name());
            organizations.addAll(b.aliases());
        }
        // bundled program names, so that segmentation keeps 一网通办 and 三线一单 whole
        org.reformkg.nlp.Chinese.configure(java.util.Map.of("ns", places, "nt", organizations,
                "nz", org.reformkg.extract.ProgramRules.knownNames()));
    }

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

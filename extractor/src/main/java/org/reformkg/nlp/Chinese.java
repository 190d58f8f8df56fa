package org.reformkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The one adapter to HanLP. HanLP's dictionaries load once, on first use, from the HanLP jar
 * (class initialisation is thread-safe); conversion itself is thread-safe.
 */
public final class Chinese {
    private Chinese() {}

    /**
     * Traditional characters to simplified, keeping the length so that offsets found on the result
     * are valid on the input. Where HanLP's word-level conversion would change the length, characters
     * are converted one by one.
     */
    public static String simplified(String text) {
        if (!hasNonAscii(text)) return text;
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() == text.length()) return s;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            b.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return b.toString();
    }

    /** A word of HanLP's segmentation: its part-of-speech tag (ns place, nt organisation, nr person...) and offset. */
    public record Token(String word, String tag, int offset) {}

    /** Configured once; HanLP's segmentation is thread-safe, its configuration is not. */
    private static final Segment SEGMENT = HanLP.newSegment()
            .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableNameRecognize(true).enableOffset(true);

    private static final java.util.Map<String, String> DOMAIN_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile boolean configured;

    /**
     * Loads the domain dictionary into HanLP: words by part-of-speech tag (division names as ns, reform
     * bodies as nt, program names as nz). Call once at start-up, before any segmentation; later calls
     * are ignored, because HanLP's dictionary configuration is not thread-safe.
     */
    public static synchronized void configure(java.util.Map<String, ? extends java.util.Collection<String>> wordsByTag) {
        if (configured) return;
        for (var e : wordsByTag.entrySet()) {
            for (String w : e.getValue()) {
                if (w.length() < 2) continue;
                com.hankcs.hanlp.dictionary.CustomDictionary.insert(w, e.getKey() + " 1024");
                DOMAIN_WORDS.putIfAbsent(w, e.getKey());
            }
        }
        configured = true;
    }

    /** True when the domain dictionary has {@code word} with this tag. */
    public static boolean isDomainWord(String word, String tag) {
        return tag.equals(DOMAIN_WORDS.get(word));
    }

    /** True when HanLP's core dictionary knows the word only as an ordinary word (农村, 解放), not as a proper noun. */
    public static boolean isCommonWord(String word) {
        var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (attribute == null || isDomainWord(word, "ns")) return false;
        // a proper noun of any kind (金华 is also a given name) is no ordinary word
        for (var nature : attribute.nature) {
            String n = nature == null ? "" : nature.toString();
            if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.startsWith("nz")) return false;
        }
        return true;
    }

    /** The part-of-speech tags HanLP's core dictionary gives the word (n, ns, v…); empty when it does not know it. */
    public static List<String> coreTags(String word) {
        var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        List<String> out = new ArrayList<>();
        if (attribute != null) for (var nature : attribute.nature) out.add(nature == null ? "" : nature.toString());
        return out;
    }

    /** Without organisation recognition, which swallows places into names (垫江县政协 as one nt). */
    private static final Segment PLACE_SEGMENT = HanLP.newSegment()
            .enablePlaceRecognize(true).enableNameRecognize(true).enableOffset(true);

    /** Segments text for finding places: HanLP's place and person role tagging, no organisation merging. */
    public static List<Token> placeTokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Term t : PLACE_SEGMENT.seg(text)) out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
        return out;
    }

    /** True when an idiom of HanLP's core dictionary (nature i or l) covers [start, end) of text (长治 in 长治久安). */
    public static boolean insideCommonWord(String text, int start, int end) {
        for (int from = Math.max(0, end - 4); from <= start; from++) {
            for (int to = Math.max(end, from + 3); to <= Math.min(text.length(), from + 4); to++) {
                if (to - from <= end - start) continue;
                var attribute = com.hankcs.hanlp.dictionary.CoreDictionary.get(text.substring(from, to));
                if (attribute == null) continue;
                for (var nature : attribute.nature)
                    if (nature != null && (nature.toString().startsWith("i") || nature.toString().startsWith("l"))) return true;
            }
        }
        return false;
    }

    /** Segments text with HanLP's role tagging for places, organisations and persons. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Term t : SEGMENT.seg(text)) out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
        return out;
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return true;
        return false;
    }
}

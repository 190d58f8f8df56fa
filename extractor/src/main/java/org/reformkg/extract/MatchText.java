package org.reformkg.extract;

import org.reformkg.nlp.Chinese;
import org.reformkg.text.Normalizer;
import org.reformkg.text.Sentence;

/**
 * The form of a sentence that rules match against: full-width forms folded and traditional characters
 * simplified. It has the sentence's length, so offsets found on it are valid on the sentence.
 */
public final class MatchText {
    private MatchText() {}

    public static String of(Sentence s) {
        return of(s.text());
    }

    public static String of(String text) {
        if (CACHE.size() > 20_000) CACHE.clear();
        return CACHE.computeIfAbsent(text, t -> Chinese.simplified(Normalizer.fold(t)));
    }

    /**
     * A span of the sentence as written, in simplified characters but not width-folded: titles keep the
     * text's own （） and full-width digits, as a reader copies them.
     */
    public static String surface(Sentence s, int start, int end) {
        return Chinese.simplified(s.text().substring(start, end));
    }

    /** Rules look at a sentence several times; conversion is the costly part. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
}

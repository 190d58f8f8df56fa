package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Finds place names. For now HanLP's place role tagging (ns) is the signal; a gazetteer of the
 * administrative divisions comes first once it ships. Country-level names are not places here.
 */
public final class PlaceRules {
    private PlaceRules() {}

    private static final java.util.Set<String> NOT_REGIONS = java.util.Set.of("中国", "我国", "全国", "中华", "国内", "海内外", "中南海");

    public static List<PlaceMention> find(Sentence s) {
        List<PlaceMention> out = new ArrayList<>();
        String text = MatchText.of(s);
        for (Chinese.Token t : Chinese.tokens(text)) {
            if (!t.tag().equals("ns") || t.word().length() < 2 || NOT_REGIONS.contains(t.word())) continue;
            if (t.offset() < 0 || t.offset() + t.word().length() > text.length()) continue;
            out.add(new PlaceMention(s, t.offset(), t.offset() + t.word().length(), t.word(), "place.hanlp-ns"));
        }
        return out;
    }
}

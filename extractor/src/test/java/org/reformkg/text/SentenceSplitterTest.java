package org.reformkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        RepairedText r = LayoutRepair.repair(new DecodedText("t.txt", text, StandardCharsets.UTF_8));
        return SentenceSplitter.split(r).stream().map(Sentence::text).toList();
    }

    private static List<String> seedSentences(String prefix) {
        return SentenceSplitter.split(Seeds.repaired(prefix)).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtTerminalsAndSemicolonsKeepingClosingQuotes() {
        assertEquals(List.of(
                "“集采前要68元一支，降价后一支只要20元。”",
                "对于患糖尿病多年的湖南患者而言，胰岛素是日常必需的药物；",
                "如今通过专项集采，胰岛素价格降了下来！",
                "改革举什么旗？！",
                "走什么路?"),
                sentences("“集采前要68元一支，降价后一支只要20元。”对于患糖尿病多年的湖南患者而言，胰岛素是日常必需的药物；"
                        + "如今通过专项集采，胰岛素价格降了下来！改革举什么旗？！走什么路?"));
    }

    @Test
    void neverSplitsInsideATitle() {
        assertEquals(List.of("会议学习了《谁是最可爱的人？》和《改革！开放；发展。》等篇目。", "下一句。"),
                sentences("会议学习了《谁是最可爱的人？》和《改革！开放；发展。》等篇目。下一句。"));
    }

    @Test
    void aStrayOpeningMarkDoesNotUnprotectALaterTitle() {
        assertEquals(List.of("文中《有误。", "会议学习了《谁是最可爱的人？》等篇目。"),
                sentences("文中《有误。会议学习了《谁是最可爱的人？》等篇目。"));
    }

    @Test
    void doesNotSplitInsideAShortQuoteButMaySplitALongQuotation() {
        assertEquals(List.of("他提出“改革。开放”的要求后离开。"), sentences("他提出“改革。开放”的要求后离开。"));
        String longQuote = "“党的十一届三中全会是划时代的，开启了改革开放和社会主义现代化建设新时期。"
                + "党的十八届三中全会也是划时代的，实现改革由局部探索、破冰突围到系统集成、全面深化的转变，开创了我国改革开放新局面。”";
        assertEquals(List.of("“党的十一届三中全会是划时代的，开启了改革开放和社会主义现代化建设新时期。",
                "党的十八届三中全会也是划时代的，实现改革由局部探索、破冰突围到系统集成、全面深化的转变，开创了我国改革开放新局面。”"),
                sentences(longQuote));
    }

    @Test
    void splitsAtParagraphBreaksTrimsAndDropsPunctuationOnlyPieces() {
        String raw = "全旗组织工作会议召开\n\n  会议强调，要狠抓落实。 \n……\n——\n（上接1版）\n";
        RepairedText r = LayoutRepair.repair(new DecodedText("t.txt", raw, StandardCharsets.UTF_8));
        List<Sentence> s = SentenceSplitter.split(r);
        assertEquals(List.of("全旗组织工作会议召开", "会议强调，要狠抓落实。", "（上接1版）"), s.stream().map(Sentence::text).toList());
        Sentence second = s.get(1);
        assertEquals(1, second.index());
        assertEquals("会议强调，要狠抓落实。", raw.substring(second.rawStart(), second.rawEnd()));
        assertEquals(2, s.get(2).index());
    }

    @Test
    void asciiPunctuationInsideLatinTokensDoesNotSplit() {
        assertEquals(List.of("他访问了 example.org/?id=3 和 Yahoo!News 网站。", "然后离开。"),
                sentences("他访问了 example.org/?id=3 和 Yahoo!News 网站。然后离开。"));
    }

    @Test
    void rawOffsetsSpanTheLineBreaksInsideASentence() {
        String raw = "  会议审议通过了《关于完善中国特色现代企业\n\n制度的意见》等文件。";
        RepairedText r = LayoutRepair.repair(new DecodedText("t.txt", raw, StandardCharsets.UTF_8));
        Sentence s = SentenceSplitter.split(r).get(0);
        assertEquals("会议审议通过了《关于完善中国特色现代企业制度的意见》等文件。", s.text());
        assertEquals(2, s.rawStart());
        assertEquals(raw.length(), s.rawEnd());
        int k = s.text().indexOf("制度");
        assertEquals(raw.indexOf("制度"), r.rawOffset(s.start() + k));
    }

    @ParameterizedTest
    @CsvSource({
            "000, 2019年7月，十九届中央全面深化改革委员会第九次会议审议通过《关于支持深圳建设中国特色社会主义先行示范区的意见》",
            "000, 6天后，习近平总书记主持召开十九届中央全面深化改革委员会第十三次会议，审议通过了《关于推进医疗保障基金监管制度体系改革的指导意见》",
            "000, 4个月后，十八届中央全面深化改革领导小组第二十七次会议审议通过《关于完善农村土地所有权承包权经营权分置办法的意见》",
            "000, 此前不久召开的十八届中央全面深化改革领导小组第二十八次会议审议通过《关于全面推行河长制的意见》",
            "000, 2014年1月，十八届中央全面深化改革领导小组第一次会议上，习近平总书记就指出",
            "000, 会议审议通过了《关于完善中国特色现代企业制度的意见》《关于健全种粮农民收益保障机制和粮食主产区利益补偿机制的指导意见》《关于建设具有全球竞争力的科技创新开放环境的若干意见》等一系列改革文件",
            "003, '3月3日,全旗政法信访工作会议暨社会治理规划推进会议召开。'",
            "004, 党的二十届三中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》强调",
            "004, 巴南区政协认真贯彻落实党的二十届三中全会和二十届二中全会、三中全会精神"})
    void goldEvidenceLiesInsideOneSentence(String seed, String evidence) {
        List<String> sentences = seedSentences(seed);
        assertTrue(sentences.stream().anyMatch(s -> Seeds.noSpace(s).contains(Seeds.noSpace(evidence))),
                () -> "no sentence of " + seed + " contains: " + evidence);
    }

    @Test
    void seed003HeadlineIsItsOwnSentence() {
        List<String> s = seedSentences("003");
        assertTrue(s.contains("全旗组织工作会议召开"));
        assertTrue(s.contains("3月4日,全旗组织工作会议召开。") || s.contains("本报讯(记者 王耀宗)3月4日,全旗组织工作会议召开。"), s::toString);
    }

    /** Gold evidence (without " … " joins): inside one sentence, or made of whole sentences. */
    @Test
    void mostGoldEvidenceMatchesSentences() throws IOException {
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (Path seed : Seeds.all()) {
            Path gold = Seeds.DIR.resolve("gold").resolve(seed.getFileName() + ".json");
            if (!Files.exists(gold)) {
                continue;
            }
            List<String> sentences = SentenceSplitter.split(LayoutRepair.repair(
                    new DecodedText(seed.toString(), Seeds.text(seed), StandardCharsets.UTF_8)))
                    .stream().map(s -> Seeds.noSpace(s.text())).toList();
            List<String> evidence = new ArrayList<>();
            collectEvidence(JsonParser.parseString(Files.readString(gold, StandardCharsets.UTF_8)), evidence);
            for (String e : evidence) {
                if (e.contains(" … ")) {
                    continue;
                }
                checked++;
                String ev = Seeds.noSpace(e);
                boolean ok = sentences.stream().anyMatch(s -> s.contains(ev) || ev.contains(s));
                if (!ok) {
                    misses.add(seed.getFileName() + ": " + e);
                }
            }
        }
        System.out.println("[gold evidence] " + (checked - misses.size()) + "/" + checked + " match sentences");
        misses.forEach(m -> System.out.println("[gold evidence] MISS " + m));
        assertTrue(checked >= 20, "too few gold evidence strings: " + checked);
        assertTrue(misses.size() * 10 <= checked, () -> "more than 10% of gold evidence misses: " + misses);
    }

    private static void collectEvidence(JsonElement e, List<String> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> kv : e.getAsJsonObject().entrySet()) {
                if (kv.getKey().equals("evidence") && kv.getValue().isJsonPrimitive()) {
                    out.add(kv.getValue().getAsString());
                } else {
                    collectEvidence(kv.getValue(), out);
                }
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectEvidence(x, out));
        }
    }
}

package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.text.Sentence;

/** Runs {@code extract/programs.txt}: every program a sentence names, and no other. */
class ProgramRulesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return RuleCases.read("/extract/programs.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<ProgramMention> found = ProgramRules.find(RuleCases.sentence(c.text()));
            // names must match exactly; aliases only where the case states them
            TreeMap<String, String> expected = new TreeMap<>(), actual = new TreeMap<>();
            for (String e : c.expected()) {
                String[] f = e.split("\\|", 2);
                expected.put(f[0].strip(), f.length > 1 ? f[1].strip() : null);
            }
            for (ProgramMention p : found)
                actual.put(p.name(), expected.containsKey(p.name()) && expected.get(p.name()) == null ? null : String.join(", ", p.aliases()));
            assertEquals(expected, actual, c.text());
            for (ProgramMention p : found)
                assertEquals(p.surface(), c.text().substring(p.start(), p.end()), "offsets index the sentence");
        }));
    }

    @Test
    void mentionsOfOneTextGroupByNameAliasAndQualifiedName() {
        List<ProgramMention> mentions = Stream.of(
                "合力打造“达茂群团汇”特色群团品牌。", "自从开始打造“群团汇”品牌后，工作进入了实操阶段。", "“群团汇”品牌的创新做法。",
                "2018年6月底，我国全面建立河长制；半年后，湖长制全面建立；在南水北调工程全面推行河湖长制。",
                "吉格斯太镇推行“一组三会”机制。")
                .flatMap(t -> ProgramRules.find(RuleCases.sentence(t)).stream()).toList();
        TreeMap<String, List<String>> programs = new TreeMap<>();
        for (ProgramRules.Program p : ProgramRules.programs(mentions)) programs.put(p.name(), p.aliases());
        assertEquals("{一组三会=[一组三会机制], 河湖长制=[], 河长制=[], 湖长制=[], 群团汇=[达茂群团汇]}", programs.toString());
    }

    /** A county page written for this test: a pair of phrases and its short form of their last words are one program. */
    @Test
    void aPairOfPhrasesAndItsShortFormAreOneProgram() {
        List<ProgramMention> mentions = Stream.of(
                "“吹哨报到”升级为“接诉即办”", "全区推行“街乡吹哨、部门报到”改革，群众诉求当天有回应。")
                .flatMap(t -> ProgramRules.find(RuleCases.sentence(t)).stream()).toList();
        List<String> names = ProgramRules.programs(mentions).stream()
                .filter(p -> p.name().contains("报到") || p.aliases().stream().anyMatch(a -> a.contains("报到")))
                .map(p -> p.name() + p.aliases()).toList();
        assertEquals(1, names.size(), "one program for the pair and its short form: " + names);
    }

    @Test
    void regionCandidatesAreThePlacesOfTheSentenceElseTheArticlesMainPlace() {
        Sentence here = RuleCases.sentence("浙江省杭州市全面推行“最多跑一次”改革。");
        ProgramMention reform = ProgramRules.find(here).get(0);
        List<PlaceMention> places = PlaceRules.find(here);
        assertFalse(places.isEmpty(), "the sentence names places");
        assertEquals(places, ProgramRules.regionCandidates(reform, List.of(new PlaceMention(here, 0, 2, "北京市", null, null, "t"))));

        Sentence nowhere = RuleCases.sentence("创新构建“一组三会”机制。");
        ProgramMention mechanism = ProgramRules.find(nowhere).get(0);
        List<PlaceMention> article = List.of(
                new PlaceMention(nowhere, 0, 2, "内蒙古", null, null, "t"), new PlaceMention(nowhere, 0, 2, "吉格斯太镇", null, null, "t"),
                new PlaceMention(nowhere, 0, 2, "吉格斯太镇", null, null, "t"));
        assertEquals(List.of("吉格斯太镇"), ProgramRules.regionCandidates(mechanism, article).stream().map(PlaceMention::name).toList());
        assertEquals(List.of(), ProgramRules.regionCandidates(mechanism, List.of()));
    }
}

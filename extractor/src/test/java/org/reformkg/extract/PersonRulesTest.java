package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code extract/persons.txt}: every person a sentence names, with roles and meeting cue, and no other. */
class PersonRulesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return RuleCases.read("/extract/persons.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<PersonMention> found = PersonRules.find(RuleCases.sentence(c.text()));
            TreeSet<String> expected = new TreeSet<>(), actual = new TreeSet<>();
            for (String e : c.expected()) expected.add(e.replaceAll("\\s*\\|\\s*", " | ").strip());
            for (PersonMention p : found) {
                actual.add((p.name() + " | " + String.join("、", p.roles()) + " | " + (p.meetingCue() == null ? "-" : p.meetingCue()))
                        .replaceAll("\\s*\\|\\s*", " | ").strip());
                assertEquals(p.name(), c.text().substring(p.start(), p.end()), "offsets index the sentence");
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual), c.text());
        }));
    }

    @Test
    void aBylineNameTakesTheRolesOfTheLineAfterIt() {
        List<PersonMention> found = PersonRules.find(List.of(
                RuleCases.sentence(0, "孙绍骋"), RuleCases.sentence(1, "内蒙古自治区党委书记、自治区人大常委会主任"),
                RuleCases.sentence(2, "习近平总书记对内蒙古深切关怀。")));
        assertEquals("[孙绍骋 [内蒙古自治区党委书记, 自治区人大常委会主任] 0, 习近平 [总书记] 2]",
                found.stream().map(p -> p.name() + " " + p.roles() + " " + p.sentence().index()).toList().toString());
    }

    @Test
    void aBylineNameWithoutARoleLineKeepsNoRoles() {
        List<PersonMention> found = PersonRules.find(List.of(RuleCases.sentence(0, "孙绍骋"), RuleCases.sentence(1, "全旗组织工作会议召开")));
        assertEquals("[孙绍骋 []]", found.stream().map(p -> p.name() + " " + p.roles()).toList().toString());
    }
}

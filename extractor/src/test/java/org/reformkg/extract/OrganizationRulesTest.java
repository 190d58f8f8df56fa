package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code extract/organizations.txt}: every organisation a sentence names, with full name and kind, and no other. */
class OrganizationRulesTest {
    private static final String MANIFEST = "/extract/organizations.txt";

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return RuleCases.read(MANIFEST).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<OrganizationMention> found = OrganizationRules.find(RuleCases.sentence(c.text()));
            TreeSet<String> expected = new TreeSet<>(), actual = new TreeSet<>();
            for (String e : c.expected()) expected.add(e.replaceAll("\\s*\\|\\s*", " | "));
            for (OrganizationMention o : found) {
                actual.add(o.name() + " | " + (o.canonical() == null ? "-" : o.canonical()) + " | " + o.kind());
                assertEquals(o.name(), c.text().substring(o.start(), o.end()), "offsets index the sentence");
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual), c.text());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shortFormsTakeTheTextsPlace() throws IOException {
        return RuleCases.lines(MANIFEST, "~").stream().map(l -> DynamicTest.dynamicTest(l, () -> {
            String[] f = l.split("[@=]");
            String full = OrganizationRules.localCanonical(f[0].strip(), f[1].strip());
            assertEquals(f[2].strip(), full == null ? "-" : full);
        }));
    }
}

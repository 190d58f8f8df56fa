package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.rdf.Pipeline;
import org.reformkg.resolve.Resolution;
import org.reformkg.text.DecodedText;

/**
 * Runs {@code extract/places.txt}: every region a short text names, with its canonical name, and its level and
 * parent where the case states them, and no other region.
 */
class PlaceRulesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return RuleCases.read("/extract/places.txt").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Resolution r = Pipeline.analyse(new DecodedText("case.txt", c.text(), StandardCharsets.UTF_8)).resolution();
            Map<String, String> nameOf = new HashMap<>();
            for (Resolution.Region g : r.regions()) nameOf.put(g.key(), g.name());
            TreeMap<String, String> expected = new TreeMap<>(), actual = new TreeMap<>();
            for (String e : c.expected()) {
                String[] f = e.split("\\|");
                expected.put(f[0].strip(), e.replaceAll("\\s*\\|\\s*", " | ").strip());
            }
            for (Resolution.Region g : r.regions()) {
                if (!g.mentioned()) continue; // ancestors from the data are not the text's regions
                String parent = g.parentKey() == null ? "-" : nameOf.getOrDefault(g.parentKey(), "?");
                String[] fields = {g.name(), g.level(), parent};
                String[] wanted = expected.containsKey(g.name()) ? expected.get(g.name()).split(" \\| ") : fields;
                // only the fields the case states are compared
                actual.put(g.name(), String.join(" | ", java.util.Arrays.copyOf(fields, wanted.length)));
            }
            assertEquals(expected, actual, c.text());
        }));
    }
}

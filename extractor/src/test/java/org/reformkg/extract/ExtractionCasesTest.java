package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.rdf.Pipeline;
import org.reformkg.resolve.Claim;
import org.reformkg.resolve.Resolution;
import org.reformkg.text.DecodedText;

/** Runs the cases in {@code extract/cases.txt}: text in, exact meetings, approvals and documents out. */
class ExtractionCasesTest {

    record Case(String name, String text, List<String> lines) {}

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return parse(read("/extract/cases.txt")).stream()
                .map(c -> DynamicTest.dynamicTest(c.name, () -> check(c)));
    }

    private static void check(Case c) {
        Resolution r = Pipeline.analyse(new DecodedText("case.txt", c.text, StandardCharsets.UTF_8)).resolution();
        TreeSet<String> expectedMeetings = new TreeSet<>(), expectedLinks = new TreeSet<>(), expectedDocs = new TreeSet<>(),
                expectedPlaces = new TreeSet<>();
        for (String l : c.lines) {
            if (l.startsWith("meeting:")) expectedMeetings.add(normalise(l.substring(8)));
            else if (l.startsWith("approved:") || l.startsWith("reviewed:")) expectedLinks.add(l.replaceAll("\\s*->\\s*", " -> ").strip());
            else if (l.startsWith("document:")) expectedDocs.add(normalise(l.substring(9)));
            else if (l.startsWith("held-in:")) expectedPlaces.add(l.replaceAll("\\s*->\\s*", " -> ").strip());
        }
        TreeSet<String> meetings = new TreeSet<>(), links = new TreeSet<>(), docs = new TreeSet<>();
        for (Resolution.Meeting m : r.meetings()) {
            meetings.add(normalise(String.join("|", m.name(), v(m.body()), v(m.term()), m.ordinal() == null ? "" : m.ordinal().toString(),
                    v(m.date()), v(m.chair()))));
        }
        for (Resolution.Link l : r.links()) {
            String name = r.meetings().stream().filter(m -> m.key().equals(l.meetingKey())).findFirst().orElseThrow().name();
            links.add((l.approved() ? "approved: " : "reviewed: ") + name + " -> " + l.documentKey());
        }
        for (Resolution.Document d : r.documents()) {
            docs.add(normalise(String.join("|", d.title(), d.kind(),
                    String.join("、", d.issuers().stream().map(Claim::value).toList()))));
        }
        assertEquals(String.join("\n", expectedMeetings), String.join("\n", meetings), "meetings of " + c.name);
        TreeSet<String> places = new TreeSet<>();
        for (Resolution.Meeting m : r.meetings()) {
            if (m.placeKey() == null) continue;
            String region = r.regions().stream().filter(g -> g.key().equals(m.placeKey().value())).findFirst().orElseThrow().name();
            places.add("held-in: " + m.name() + " -> " + region);
        }
        assertEquals(String.join("\n", expectedPlaces), String.join("\n", places), "places of " + c.name);
        assertEquals(String.join("\n", expectedLinks), String.join("\n", links), "approvals of " + c.name);
        if (!expectedDocs.isEmpty() || c.lines.stream().noneMatch(l -> l.startsWith("meeting:")))
            assertEquals(String.join("\n", expectedDocs), String.join("\n", docs), "documents of " + c.name);
    }

    private static String v(Claim<?> c) {
        return c == null ? "" : String.valueOf(c.value());
    }

    private static String normalise(String fields) {
        List<String> parts = new ArrayList<>();
        for (String p : fields.split("\\|", -1)) parts.add(p.strip());
        while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) parts.remove(parts.size() - 1);
        return String.join(" | ", parts);
    }

    static String read(String resource) throws IOException {
        try (InputStream in = ExtractionCasesTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Cases start at "## case: NAME"; text lines run until the first fact line; '#' lines outside cases are comments. */
    static List<Case> parse(String file) {
        List<Case> out = new ArrayList<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        List<String> facts = new ArrayList<>();
        for (String line : (file + "\n## end").split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (name != null) out.add(new Case(name, text.toString().strip(), List.copyOf(facts)));
                name = line.startsWith("## case:") ? line.substring(8).strip() : null;
                text.setLength(0);
                facts.clear();
            } else if (name == null) {
                continue;
            } else if (line.matches("^(meeting|approved|reviewed|document|held-in):.*")) {
                facts.add(line);
            } else if (facts.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return out;
    }
}

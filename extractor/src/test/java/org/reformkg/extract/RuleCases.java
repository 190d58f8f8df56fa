package org.reformkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reformkg.text.Sentence;

/**
 * Case manifests of the mention rules ({@code extract/programs.txt}, {@code persons.txt}, {@code organizations.txt}):
 * a line {@code > sentence} opens a case, the {@code = ...} lines after it are everything the rule must find in it
 * (none: it must find nothing), {@code #} lines are comments. Other line kinds a test defines for itself
 * ({@code ~ ...}) are kept apart.
 */
final class RuleCases {
    private RuleCases() {}

    /** One case: where it starts in the manifest, the sentence, and the expected lines without their '= '. */
    record Case(int line, String text, List<String> expected) {
        String name() {
            return "line " + line + ": " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
    }

    static List<Case> read(String resource) throws IOException {
        List<Case> out = new ArrayList<>();
        String[] lines = text(resource).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("> ")) continue;
            List<String> expected = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.length && !lines[j].startsWith("> "); j++)
                if (lines[j].startsWith("=")) expected.add(lines[j].substring(1).strip());
            out.add(new Case(i + 1, lines[i].substring(2).strip(), List.copyOf(expected)));
        }
        return out;
    }

    /** The lines of a manifest that start with {@code prefix}, the prefix removed. */
    static List<String> lines(String resource, String prefix) throws IOException {
        return text(resource).lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip()).toList();
    }

    static String text(String resource) throws IOException {
        try (InputStream in = RuleCases.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A sentence on its own, as the text stage would hand it over. */
    static Sentence sentence(String text) {
        return sentence(0, text);
    }

    static Sentence sentence(int index, String text) {
        return new Sentence(index, text, 0, text.length(), 0, text.length());
    }
}

package org.reformkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties of the three stages on every seed text. */
class SeedPropertyTest {
    @TestFactory
    Stream<DynamicNode> everySeed() {
        return Seeds.all().stream().map(p -> DynamicContainer.dynamicContainer(p.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("every repaired char maps back to an equal raw char", () -> mapsBack(p)),
                DynamicTest.dynamicTest("deleted chars inside a paragraph are whitespace", () -> onlyWhitespaceDeleted(p)),
                DynamicTest.dynamicTest("every sentence matches its raw slice", () -> sentencesMatchRawSlices(p)),
                DynamicTest.dynamicTest("sentences are ordered, indexed and trimmed", () -> sentencesWellFormed(p)))));
    }

    private static RepairedText repair(Path p) throws UnreadableSourceException {
        return LayoutRepair.repair(Decoder.read(p));
    }

    private static void mapsBack(Path p) throws Exception {
        RepairedText r = repair(p);
        LayoutRepairTest.assertMapsBack(r);
        assertFalse(r.text().startsWith("\n") || r.text().endsWith("\n") || r.text().contains("\n\n"));
        assertEquals(r.text().length(), r.toRaw().length);
    }

    private static void onlyWhitespaceDeleted(Path p) throws Exception {
        RepairedText r = repair(p);
        String raw = r.raw().text();
        String text = r.text();
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i - 1) == '\n') {
                continue;
            }
            String gap = raw.substring(r.rawOffset(i - 1) + 1, r.rawOffset(i));
            assertEquals("", Seeds.noSpace(gap), "non-whitespace deleted before repaired index " + i);
        }
    }

    private static void sentencesMatchRawSlices(Path p) throws Exception {
        RepairedText r = repair(p);
        String raw = r.raw().text();
        for (Sentence s : SentenceSplitter.split(r)) {
            assertEquals(Seeds.noSpace(s.text()), Seeds.noSpace(raw.substring(s.rawStart(), s.rawEnd())),
                    () -> "sentence " + s.index() + ": " + s.text());
        }
    }

    private static void sentencesWellFormed(Path p) throws Exception {
        RepairedText r = repair(p);
        List<Sentence> sentences = SentenceSplitter.split(r);
        assertFalse(sentences.isEmpty());
        int prevEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals(r.text().substring(s.start(), s.end()), s.text());
            assertFalse(s.text().contains("\n"), s.text());
            assertFalse(s.text().isEmpty());
            assertFalse(Chars.isSpace(s.text().charAt(0)) || Chars.isSpace(s.text().charAt(s.text().length() - 1)));
            assertTrue(s.start() >= prevEnd, "overlap at sentence " + i);
            assertEquals(r.rawOffset(s.start()), s.rawStart());
            assertEquals(r.rawEnd(s.end()), s.rawEnd());
            prevEnd = s.end();
        }
    }
}

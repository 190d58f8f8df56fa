package org.reformkg.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text after layout repair (stage 2), with a map back to the raw text.
 *
 * <p>Contract: {@code text.charAt(i) == raw.text().charAt(toRaw[i])} for every {@code i}, and
 * {@code toRaw} is strictly increasing. Repair only deletes layout characters (line breaks, blank
 * lines, whitespace at line edges); the one exception is a paragraph break, written as a single
 * {@code '\n'} that maps to the first line terminator it replaces (for {@code \r\n} the {@code '\n'};
 * only a file using bare {@code \r} or U+2028/U+2029 as line ends maps the break to that character).
 * Paragraphs are therefore separated by exactly one {@code '\n'}, and the text neither starts nor ends
 * with one. Everything deleted between two characters of the same paragraph is whitespace.
 *
 * <p>The record is immutable: {@code toRaw} is copied on the way in and on the way out.
 *
 * @param raw the decoded source text
 * @param text the repaired text
 * @param toRaw for each char of {@code text}, its index in {@code raw.text()}
 */
public record RepairedText(DecodedText raw, String text, int[] toRaw) {
    public RepairedText {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(text, "text");
        toRaw = toRaw.clone();
        if (toRaw.length != text.length()) {
            throw new IllegalArgumentException("toRaw has " + toRaw.length + " entries for " + text.length() + " chars");
        }
        int rawLength = raw.text().length();
        for (int i = 0; i < toRaw.length; i++) {
            if (toRaw[i] < 0 || toRaw[i] >= rawLength || (i > 0 && toRaw[i] <= toRaw[i - 1])) {
                throw new IllegalArgumentException("toRaw[" + i + "] = " + toRaw[i] + " is out of order or range");
            }
        }
    }

    /** A copy of the offset map. */
    @Override
    public int[] toRaw() {
        return toRaw.clone();
    }

    /** The raw offset of the char at {@code repairedIndex} ({@code 0 <= repairedIndex < text.length()}). */
    public int rawOffset(int repairedIndex) {
        Objects.checkIndex(repairedIndex, toRaw.length);
        return toRaw[repairedIndex];
    }

    /**
     * The raw end offset (exclusive) of a span that ends (exclusive) at {@code repairedEndExclusive}:
     * {@code toRaw[end - 1] + 1}, or 0 for an empty span at the start.
     */
    public int rawEnd(int repairedEndExclusive) {
        if (repairedEndExclusive == 0) {
            return 0;
        }
        Objects.checkIndex(repairedEndExclusive - 1, toRaw.length);
        return toRaw[repairedEndExclusive - 1] + 1;
    }

    /** Number of chars in the repaired text. */
    public int length() {
        return toRaw.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepairedText r && raw.equals(r.raw) && text.equals(r.text) && Arrays.equals(toRaw, r.toRaw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, text, Arrays.hashCode(toRaw));
    }

    @Override
    public String toString() {
        return "RepairedText[" + raw.sourceName() + ", " + toRaw.length + " chars]";
    }
}

package org.reformkg.text;

import java.util.Objects;

/**
 * One sentence of repaired text (stage 3).
 *
 * <p>{@code text == repaired.text().substring(start, end)}: {@code start}/{@code end} index
 * {@link RepairedText#text()} (end exclusive), {@code rawStart}/{@code rawEnd} index
 * {@link DecodedText#text()} (end exclusive). {@code text} never contains {@code '\n'} and has no
 * whitespace at its edges. The raw slice {@code raw.substring(rawStart, rawEnd)} equals {@code text}
 * once all whitespace is removed from both (the slice may still hold the line breaks that repair
 * deleted). An offset {@code k} inside {@code text} maps to the raw text with
 * {@code repaired.rawOffset(start + k)}.
 *
 * @param index position in the document, 0..n-1
 * @param text the sentence
 * @param start start index in the repaired text
 * @param end end index (exclusive) in the repaired text
 * @param rawStart start index in the raw text
 * @param rawEnd end index (exclusive) in the raw text
 */
public record Sentence(int index, String text, int start, int end, int rawStart, int rawEnd) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end - start != text.length() || rawStart < 0 || rawEnd < rawStart) {
            throw new IllegalArgumentException("inconsistent sentence " + index + " [" + start + "," + end
                    + ") raw [" + rawStart + "," + rawEnd + ")");
        }
    }
}

package org.reformkg.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A source file decoded to text: the first stage of the extractor pipeline.
 *
 * <p>{@code text} is the file's characters exactly: a byte-order mark is stripped, but line
 * separators ({@code \n}, {@code \r\n}, ...) and all other whitespace are kept. Offsets elsewhere in
 * the pipeline ({@link RepairedText#toRaw()}, {@link Sentence#rawStart()}) are Java {@code char}
 * indices into this string.
 *
 * @param sourceName the name used in messages and provenance (usually the path as given)
 * @param text the decoded characters, never empty or whitespace-only when built by {@link Decoder}
 * @param charset the charset the bytes were decoded with
 */
public record DecodedText(String sourceName, String text, Charset charset) {
    public DecodedText {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}

/**
 * The first three stages of the extractor pipeline, each a pure function over immutable records:
 * <ol>
 *   <li>{@link org.reformkg.text.Decoder}: file bytes to {@link org.reformkg.text.DecodedText}
 *       (charset detection, rejection of empty, binary and undecodable files);</li>
 *   <li>{@link org.reformkg.text.LayoutRepair}: undoes newspaper line wrapping, giving
 *       {@link org.reformkg.text.RepairedText} with a char-by-char map back to the raw text;</li>
 *   <li>{@link org.reformkg.text.SentenceSplitter}: {@link org.reformkg.text.Sentence}s with offsets in
 *       both the repaired and the raw text.</li>
 * </ol>
 * {@link org.reformkg.text.Normalizer} folds full-width forms for matching without changing offsets.
 */
package org.reformkg.text;

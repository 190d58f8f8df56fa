package org.reformkg.text;

/**
 * Same-length character folding for pattern matching.
 *
 * <p>Full-width ASCII variants (U+FF01..U+FF5E: {@code ２０１９}, {@code ＡＢＣ}, {@code ＋（）}, ...) become
 * their half-width forms and the ideographic space U+3000 becomes a plain space. Everything else,
 * including Chinese punctuation such as {@code 。，、“”《》}, is unchanged.
 *
 * <p>Contract: {@code fold(s).length() == s.length()} always, and the fold is char-by-char, so an
 * offset found in the folded string is valid in the original.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /** Folds {@code s} as described in the class comment; returns {@code s} itself when nothing changes. */
    public static String fold(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Folds one char (see {@link #fold(String)}). */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }
}

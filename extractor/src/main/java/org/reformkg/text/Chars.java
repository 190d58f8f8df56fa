package org.reformkg.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Character classes shared by the layout and sentence stages. */
final class Chars {
    private Chars() {
    }

    /** Whitespace that layout repair may delete: Java whitespace plus no-break spaces (U+00A0 etc.). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Sentence-final punctuation (the ellipsis counts only as a line end, see {@link #isSentenceTerminal}). */
    static boolean isTerminal(char c) {
        return isSentenceTerminal(c) || c == '…';
    }

    /** Punctuation the splitter cuts after: 。！？!?；; (and the half-width ｡). */
    static boolean isSentenceTerminal(char c) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '；', ';', '｡' -> true;
            default -> false;
        };
    }

    /** Closing quotes and brackets that stay with the sentence end before them. */
    static boolean isClosing(char c) {
        return switch (c) {
            case '”', '’', '」', '』', '）', ')', '】', '〕' -> true;
            default -> false;
        };
    }

    static boolean isIdeograph(int cp) {
        return Character.isIdeographic(cp);
    }

    /** Display width in half-width cells: East Asian wide, full-width and ambiguous (Chinese “”…——) count 2. */
    static int width(CharSequence s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                continue;
            }
            int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            w += (ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH
                    || ea == UCharacter.EastAsianWidth.AMBIGUOUS) ? 2 : 1;
        }
        return w;
    }
}

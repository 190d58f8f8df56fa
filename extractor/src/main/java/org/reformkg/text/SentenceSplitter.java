package org.reformkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 3: splits repaired text into {@link Sentence}s.
 *
 * <p>A sentence ends after 。！？!?；; together with any terminals and closing quotes/brackets
 * (”’」』）)】〕) that follow directly, and at every paragraph break {@code '\n'}. It never ends
 * inside a 《title》 (of at most {@value #LONGEST_TITLE} chars), nor inside a short “quote” (at most {@value #SHORT_QUOTE} chars) unless the
 * terminal ends the quote ({@code “…不能变。”}); long quotations may be split. ASCII !?; directly
 * followed by a Latin letter or digit (a URL, "Yahoo!") do not end a sentence. Whitespace at the
 * edges is trimmed, and pieces without any letter or digit ("……", "——") are dropped. Sentences are
 * indexed 0..n-1 in text order.
 */
public final class SentenceSplitter {
    /** Longest “quote”, in chars between the marks, whose inner terminals do not split. */
    public static final int SHORT_QUOTE = 50;
    /** Longest 《title》, in chars between the marks, that is protected from splitting. */
    public static final int LONGEST_TITLE = 120;

    private SentenceSplitter() {
    }

    /** Splits {@code repaired} into sentences; see the class comment. */
    public static List<Sentence> split(RepairedText repaired) {
        String t = repaired.text();
        List<Sentence> out = new ArrayList<>();
        int ps = 0;
        while (ps <= t.length()) {
            int pe = t.indexOf('\n', ps);
            if (pe < 0) {
                pe = t.length();
            }
            splitParagraph(repaired, t, ps, pe, out);
            ps = pe + 1;
        }
        return List.copyOf(out);
    }

    private static void splitParagraph(RepairedText r, String t, int ps, int pe, List<Sentence> out) {
        int n = pe - ps;
        // inTitle[i]: ps+i lies inside a 《title》; quoteEnd[i]: the closing ” of the short quote around ps+i, or -1
        boolean[] inTitle = new boolean[n];
        int[] quoteEnd = new int[n];
        Arrays.fill(quoteEnd, -1);
        markTitles(t, ps, pe, inTitle);
        markShortQuotes(t, ps, pe, quoteEnd);

        int s = ps;
        for (int i = ps; i < pe; i++) {
            char c = t.charAt(i);
            if (!Chars.isSentenceTerminal(c) || inTitle[i - ps] || insideQuote(t, i, quoteEnd[i - ps])) {
                continue;
            }
            if (c < 0x80 && i + 1 < pe && isLatinAlnum(t.charAt(i + 1))) {
                continue;
            }
            int j = i + 1;
            while (j < pe && (Chars.isSentenceTerminal(t.charAt(j)) || Chars.isClosing(t.charAt(j)))) {
                j++;
            }
            emit(r, t, s, j, out);
            s = j;
            i = j - 1;
        }
        emit(r, t, s, pe, out);
    }

    /** Marks the inside of every matched 《…》 (nesting allowed) of at most {@value #LONGEST_TITLE} chars. */
    private static void markTitles(String t, int ps, int pe, boolean[] inTitle) {
        int[] stack = new int[pe - ps];
        int depth = 0;
        for (int i = ps; i < pe; i++) {
            char c = t.charAt(i);
            if (c == '《') {
                stack[depth++] = i;
            } else if (c == '》' && depth > 0) {
                int open = stack[--depth];
                // a stray 《 far away is a typo, not a title spanning the paragraph
                if (i - open - 1 <= LONGEST_TITLE) {
                    for (int k = open + 1; k < i; k++) {
                        inTitle[k - ps] = true;
                    }
                }
            }
        }
    }

    /** For chars inside a short “…” (the last “ before a ”), records the index of the closing ”. */
    private static void markShortQuotes(String t, int ps, int pe, int[] quoteEnd) {
        int open = -1;
        for (int i = ps; i < pe; i++) {
            char c = t.charAt(i);
            if (c == '“') {
                open = i;
            } else if (c == '”' && open >= 0) {
                if (i - open - 1 <= SHORT_QUOTE) {
                    for (int k = open + 1; k < i; k++) {
                        quoteEnd[k - ps] = i;
                    }
                }
                open = -1;
            }
        }
    }

    /** A terminal inside a short quote blocks a cut, unless only terminals and closers follow it up to the ”. */
    private static boolean insideQuote(String t, int i, int close) {
        if (close < 0) {
            return false;
        }
        for (int k = i + 1; k < close; k++) {
            char c = t.charAt(k);
            if (!Chars.isSentenceTerminal(c) && !Chars.isClosing(c)) {
                return true;
            }
        }
        return false;
    }

    private static void emit(RepairedText r, String t, int s, int e, List<Sentence> out) {
        while (s < e && Chars.isSpace(t.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isSpace(t.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int i = s; i < e && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(t.charAt(i));
        }
        if (!hasWord) {
            return;
        }
        out.add(new Sentence(out.size(), t.substring(s, e), s, e, r.rawOffset(s), r.rawEnd(e)));
    }

    private static boolean isLatinAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

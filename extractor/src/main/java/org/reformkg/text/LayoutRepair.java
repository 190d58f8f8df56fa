package org.reformkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 2: undoes the line layout of texts dumped from newspaper PDFs, producing {@link RepairedText}.
 *
 * <p>Every line break (with any blank lines after it and whitespace at the edges of both lines) is
 * either deleted, joining the two lines, or replaced by one {@code '\n'} paragraph break. The rule is
 * about layout only:
 * <ol>
 *   <li><b>Column width.</b> The display width of each non-blank line is measured (CJK and Chinese
 *       punctuation 2 cells, ASCII 1). If at least half of the lines (and at least 8) lie within 4 cells
 *       (2 CJK chars) of one width {@code W} between 20 and 100 cells, the file is hard-wrapped at
 *       {@code W}; otherwise it has one line per paragraph.</li>
 *   <li><b>Always a break</b> around a line that stands alone: a continuation marker
 *       ({@code 上接1版}, {@code （下转2版）}, {@code 接上页}), a page head ({@code 2015年7月2日　星期四},
 *       {@code 第1版　要闻　责任编辑：…}) or a line wholly in brackets; before a news item's dateline
 *       ({@code 新华社北京5月23日电}, {@code 本报讯}), where a report starts
 *       ({@code （记者 邹伟）}, {@code (来源:…)}); and after a line that ends a sentence: 。！？!?；;…
 *       optionally followed by closing quotes/brackets, also when only a short trailer follows it after
 *       a space ({@code …建功立业。 据《人民日报》}).</li>
 *   <li><b>Always a join</b> when the line leaves a 《title》 or “quote” open and the next quote mark in
 *       the following lines closes it (a headline or title broken over lines).</li>
 *   <li><b>Wrapped file:</b> join when the line is full (width &ge; W-6, i.e. at most 3 chars short:
 *       a paragraph's first line is indented by 2), or full counted in characters (half-width digits make
 *       it narrow: at most one character short, or three when it ends in 、 or ，), except before an indented first line (a line
 *       3-8 cells short of W that does not end a sentence and runs on into a full line), which shows
 *       that the line before it was a heading, unless the line before runs on (ends in ，、 or an opening
 *       mark, closes a 《title》 that the next line follows with another, ends inside an ordinal: 第五 / 次会议,
 *       or holds a full stop before its end, which no headline does). Shorter lines end a paragraph (headlines, bylines,
 *       the last line of a paragraph).</li>
 *   <li><b>One line per paragraph:</b> join when the line is longer than a headline: at least 40 CJK
 *       chars (80 cells), or at least 25 (50 cells) and punctuated like prose (，、；) without the
 *       spaced-out words of a headline and without a section number at its start (a speech's
 *       {@code 一、深刻领会…，切实增强…} heading).</li>
 * </ol>
 * A break is a deletion, so blank lines inside a sentence disappear too
 * ({@code 现代企业\n\n制度的意见} becomes {@code 现代企业制度的意见}). Spaces inside a line are kept; at a
 * join between two Latin letters or digits an existing space at the line edge is kept.
 */
public final class LayoutRepair {
    private static final int WINDOW = 4;
    private static final int MIN_WRAPPED_WIDTH = 20;
    private static final int MAX_WRAPPED_WIDTH = 100;
    private static final int MIN_WRAPPED_LINES = 8;
    private static final int FULL_SLACK = 6;
    private static final int INDENT_MIN = 3;
    private static final int INDENT_MAX = 8;
    private static final int PROSE_WIDTH = 80;
    private static final int PUNCTUATED_PROSE_WIDTH = 50;
    private static final int TRAILER_MAX = 20;
    private static final int QUOTE_LOOKAHEAD_LINES = 3;

    private static final Pattern MARKER = Pattern.compile(
            "[(\\[【〔]?\\s*(?:上接|下转|转接|接上|转下|紧接|接|转)\\s*(?:第|至|到)?\\s*"
                    + "[0-9A-Za-z一二三四五六七八九十百零〇]+\\s*(?:版|页|面)[^()\\[\\]【】〔〕]{0,12}[)\\]】〕]?"
                    + "|[(\\[【〔]?\\s*(?:接上页|转下页|接上期|下转|上接)\\s*[)\\]】〕]?");

    /** A news item's dateline (新华社北京5月23日电, 本报讯, 本报淄博5月25日讯, 【本报福州讯】): a report starts there. */
    private static final Pattern DATELINE_START = Pattern.compile(
            "(?:新华社|本报|据新华社|人民网|央视网|中新社)[\\p{IsHan}]{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯)"
                    + "|本报讯|【[^】]{1,12}】");

    /** A numbered section heading of a speech (一、…, （二）…, 3．…): its own paragraph when not wrapped. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[．.、])");

    private LayoutRepair() {
    }

    /** Repairs the layout of {@code raw}; see the class comment for the rule. */
    public static RepairedText repair(DecodedText raw) {
        String t = raw.text();
        List<Line> lines = nonBlankLines(t);
        int width = columnWidth(lines);
        boolean[] join = decide(t, lines, width);

        StringBuilder sb = new StringBuilder(t.length());
        int[] map = new int[t.length()];
        int n = 0;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (k > 0) {
                Line prev = lines.get(k - 1);
                if (!join[k - 1]) {
                    sb.append('\n');
                    map[n++] = prev.newline();
                } else {
                    int space = keptSpace(t, prev, line);
                    if (space >= 0) {
                        sb.append(t.charAt(space));
                        map[n++] = space;
                    }
                }
            }
            for (int i = line.start; i < line.end; i++) {
                sb.append(t.charAt(i));
                map[n++] = i;
            }
        }
        return new RepairedText(raw, sb.toString(), Arrays.copyOf(map, n));
    }

    /** The estimated column width in display cells, or -1 when the file is not hard-wrapped. */
    static int columnWidth(DecodedText raw) {
        return columnWidth(nonBlankLines(raw.text()));
    }

    /** A non-blank line: content [start, end) without edge whitespace, terminator [termStart, termEnd). */
    private record Line(int start, int end, int termStart, int termEnd, int width, boolean endsSentence,
                        boolean standalone, boolean prosePunctuated, boolean spacedWords) {
        /** The raw index a paragraph break after this line maps to: the '\n' of "\r\n", else the terminator. */
        int newline() {
            return termEnd - termStart == 2 ? termStart + 1 : termStart;
        }
    }

    private static List<Line> nonBlankLines(String t) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int len = t.length();
        while (i <= len) {
            int j = i;
            while (j < len && !isLineEnd(t.charAt(j))) {
                j++;
            }
            int termEnd = j == len ? len : (t.charAt(j) == '\r' && j + 1 < len && t.charAt(j + 1) == '\n' ? j + 2 : j + 1);
            int s = i;
            int e = j;
            while (s < e && Chars.isSpace(t.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(t.charAt(e - 1))) {
                e--;
            }
            if (s < e && !isPageFurniture(t.substring(s, e))) {
                out.add(line(t, s, e, j, termEnd));
            }
            if (j == len) {
                break;
            }
            i = termEnd;
        }
        return out;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static Line line(String t, int s, int e, int termStart, int termEnd) {
        String content = t.substring(s, e);
        boolean prose = false;
        for (int i = 1; i < content.length() - 1; i++) {
            char c = content.charAt(i);
            if (c == '，' || c == '、' || c == ',' || c == '；' || c == ';') {
                prose = true;
                break;
            }
        }
        return new Line(s, e, termStart, termEnd, Chars.width(t, s, e), endsSentence(content),
                isStandalone(content), prose, hasSpacedIdeographs(content));
    }

    /**
     * Ends in 。！？!?；;… (possibly before closing quotes), or does so before a short trailer after a space
     * that is not prose (no terminal or comma): "据《人民日报》", "(作者系…)", a stray char.
     */
    static boolean endsSentence(String s) {
        if (endsInTerminal(s, s.length())) {
            return true;
        }
        int sp = s.length() - 1;
        while (sp > 0 && !Chars.isSpace(s.charAt(sp))) {
            sp--;
        }
        if (sp <= 0 || s.length() - sp - 1 > TRAILER_MAX) {
            return false;
        }
        for (int i = sp + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            // a tail with commas is prose running on to the next line, not an attribution
            if (Chars.isTerminal(c) || c == '，' || c == ',' || c == '、') {
                return false;
            }
        }
        int headEnd = sp;
        while (headEnd > 0 && Chars.isSpace(s.charAt(headEnd - 1))) {
            headEnd--;
        }
        return endsInTerminal(s, headEnd);
    }

    private static boolean endsInTerminal(String s, int end) {
        int e = end;
        while (e > 0 && Chars.isClosing(s.charAt(e - 1))) {
            e--;
        }
        return e > 0 && Chars.isTerminal(s.charAt(e - 1));
    }

    /**
     * A page number with the running head beside it ("·37·    全面深化改革", "全面深化改革  — 12 —"):
     * layout, deleted like a blank line, so text wrapped across a page break joins up.
     */
    private static final Pattern PAGE_FURNITURE = Pattern.compile(
            "[·•\\-—－\\s]*[0-9]{1,4}[·•\\-—－]\\s*(?:\\s{2,}[\\p{IsHan}（）()]{1,16})?"
                    + "|[·•\\-—－]+\\s*[0-9]{1,4}\\s*[·•\\-—－]+\\s*(?:[\\p{IsHan}（）()]{1,16})?"
                    + "|[\\p{IsHan}（）()]{1,16}\\s{2,}[·•\\-—－]*\\s*[0-9]{1,4}\\s*[·•\\-—－]*");

    static boolean isPageFurniture(String line) {
        return PAGE_FURNITURE.matcher(Normalizer.fold(line)).matches();
    }

    /** What only a page head carries: the weekday after the issue date, the page, the editors, a yearbook's edition. */
    private static final Pattern PAGE_HEAD = Pattern.compile("星期[一二三四五六日天]|责任编辑|值班编辑|版面编辑|本版编辑|美编|校对|第\\s*[0-9A-Z]{1,3}\\s*版"
            + "|年鉴\\s*[（(][0-9]{4}[)）]");

    /**
     * A page head ("福建日报　　2015年7月2日　星期四", "第1版　要闻　责任编辑：郑文斌"): fields set apart by wide
     * spaces, no sentence punctuation; it stands alone so it never runs into the headline under it.
     */
    static boolean isPageHead(String s) {
        if (!PAGE_HEAD.matcher(Normalizer.fold(s)).find() || s.indexOf('，') >= 0 || s.indexOf('。') >= 0) {
            return false;
        }
        return s.contains("\u3000") || s.contains("  ") || s.length() <= 24;
    }

    /** A continuation marker, a page head, or a line wholly inside one pair of brackets. */
    static boolean isStandalone(String s) {
        String f = Normalizer.fold(s);
        if (MARKER.matcher(f).matches() || isPageHead(s)) {
            return true;
        }
        if (f.length() < 2) {
            return false;
        }
        char close = switch (f.charAt(0)) {
            case '(' -> ')';
            case '[' -> ']';
            case '【' -> '】';
            case '〔' -> '〕';
            default -> 0;
        };
        return close != 0 && f.indexOf(close) == f.length() - 1;
    }

    /** Headline typography: words of ideographs separated by spaces ("强化党建引领 打造学习型组织"). */
    private static boolean hasSpacedIdeographs(String s) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (Chars.isSpace(s.charAt(i))) {
                int j = i;
                while (j < s.length() && Chars.isSpace(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && Chars.isIdeograph(s.codePointBefore(i)) && Chars.isIdeograph(s.codePointAt(j))) {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    private static int columnWidth(List<Line> lines) {
        if (lines.size() < MIN_WRAPPED_LINES) {
            return -1;
        }
        int max = 0;
        for (Line l : lines) {
            max = Math.max(max, l.width);
        }
        int[] hist = new int[max + 1];
        for (Line l : lines) {
            hist[l.width]++;
        }
        int bestCount = -1;
        int bestFrom = 0;
        int bestTo = 0;
        for (int c = MIN_WRAPPED_WIDTH; c <= Math.min(max, MAX_WRAPPED_WIDTH); c++) {
            int count = 0;
            for (int w = Math.max(0, c - WINDOW); w <= Math.min(max, c + WINDOW); w++) {
                count += hist[w];
            }
            if (count > bestCount) {
                bestCount = count;
                bestFrom = c;
                bestTo = c;
            } else if (count == bestCount && bestTo == c - 1) {
                bestTo = c;
            }
        }
        if (bestCount * 2 < lines.size()) {
            return -1;
        }
        return (bestFrom + bestTo) / 2;
    }

    /** join[k] is true when the break after line k is deleted. */
    private static boolean[] decide(String t, List<Line> lines, int width) {
        boolean[] join = new boolean[Math.max(0, lines.size() - 1)];
        boolean quoteOpen = false;
        int titleDepth = 0;
        for (int k = 0; k + 1 < lines.size(); k++) {
            Line a = lines.get(k);
            Line b = lines.get(k + 1);
            for (int i = a.start; i < a.end; i++) {
                switch (t.charAt(i)) {
                    case '“' -> quoteOpen = true;
                    case '”' -> quoteOpen = false;
                    case '《' -> titleDepth++;
                    case '》' -> titleDepth = Math.max(0, titleDepth - 1);
                    default -> { }
                }
            }
            boolean j;
            if (a.standalone || b.standalone || a.endsSentence || DATELINE_START.matcher(t).region(b.start, b.end).lookingAt()) {
                j = false;
            } else if ((quoteOpen && closesAhead(t, lines, k + 1, '“', '”'))
                    || (titleDepth > 0 && closesAhead(t, lines, k + 1, '《', '》'))) {
                j = true;
            } else if (width > 0) {
                // a line with half-width digits is narrow but full when counted in characters (a column wrapped by
                // character count: 行动方案（2024—2026年），原则同); a short line is still a column broken off
                int chars = 2 * (a.end - a.start);
                j = (a.width >= width - FULL_SLACK || chars >= width - 2
                        || ("，、,".indexOf(t.charAt(a.end - 1)) >= 0 && chars >= width - FULL_SLACK))
                        && (runsOn(t, a, b) || !isIndentedFirstLine(t, lines, k + 1, width));
            } else {
                j = a.width >= PROSE_WIDTH
                        || (a.width >= PUNCTUATED_PROSE_WIDTH && a.prosePunctuated && !a.spacedWords
                            && !SECTION_HEADING.matcher(t).region(a.start, a.end).lookingAt());
            }
            join[k] = j;
            if (!j) {
                quoteOpen = false;
                titleDepth = 0;
            }
        }
        return join;
    }

    /** Whether the next of {@code open}/{@code close} in the following few lines is {@code close}. */
    private static boolean closesAhead(String t, List<Line> lines, int from, char open, char close) {
        for (int k = from; k < lines.size() && k < from + QUOTE_LOOKAHEAD_LINES; k++) {
            Line l = lines.get(k);
            if (l.standalone) {
                return false;
            }
            for (int i = l.start; i < l.end; i++) {
                char c = t.charAt(i);
                if (c == close) {
                    return true;
                }
                if (c == open) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * A full line that cannot end a paragraph: it ends in a comma or an opening mark, or closes a 《title》
     * that the next line follows with another (a list of titles: 《A》\n《B》).
     */
    private static boolean runsOn(String t, Line a, Line b) {
        char last = t.charAt(a.end - 1);
        return "，、,《“（(".indexOf(last) >= 0 || (last == '》' && t.charAt(b.start) == '《')
                || UNFINISHED_ORDINAL.matcher(t).region(a.start, a.end).find() || endsSentenceInside(t, a);
    }

    /** A full stop inside the line (看病难。会上审议通): prose cut mid-sentence, never a headline. */
    private static boolean endsSentenceInside(String t, Line a) {
        for (int i = a.start; i < a.end - 1; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '？' || c == '！') return true;
        }
        return false;
    }

    /** An ordinal cut at the line's end (第三次至第五 / 次会议, 第十 / 五次): no heading ends inside a number. */
    private static final Pattern UNFINISHED_ORDINAL = Pattern.compile("第[一二三四五六七八九十百零〇两0-9０-９]*$");

    /** A paragraph's first line in a wrapped column: indented (3-8 cells short), runs on into a full line. */
    private static boolean isIndentedFirstLine(String t, List<Line> lines, int k, int width) {
        Line b = lines.get(k);
        // half-width digits and letters make a line look short without any indent (2021年工作要点…)
        int w = b.width + halfWidthAlphanumerics(t, b);
        if (b.endsSentence || w > width - INDENT_MIN || w < width - INDENT_MAX || k + 1 >= lines.size()) {
            return false;
        }
        Line c = lines.get(k + 1);
        return !c.standalone && c.width >= width - FULL_SLACK;
    }

    private static int halfWidthAlphanumerics(String t, Line l) {
        int n = 0;
        for (int i = l.start; i < l.end; i++) {
            if (isLatinAlnum(t.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** At a join between Latin letters/digits, the index of a space at the line edge to keep, else -1. */
    private static int keptSpace(String t, Line a, Line b) {
        if (!isLatinAlnum(t.charAt(a.end - 1)) || !isLatinAlnum(t.charAt(b.start))) {
            return -1;
        }
        if (a.end < a.termStart && (t.charAt(a.end) == ' ' || t.charAt(a.end) == '\t')) {
            return a.end;
        }
        int lineStart = b.start;
        while (lineStart > 0 && !isLineEnd(t.charAt(lineStart - 1))) {
            lineStart--;
        }
        return lineStart < b.start && (t.charAt(b.start - 1) == ' ' || t.charAt(b.start - 1) == '\t') ? b.start - 1 : -1;
    }

    private static boolean isLatinAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

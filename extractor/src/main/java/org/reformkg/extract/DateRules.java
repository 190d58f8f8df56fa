package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.text.Sentence;

/**
 * Finds date expressions and resolves them to calendar dates, walking the text in order:
 * absolute dates (2016年2月23日, 二〇一九年七月), month and day whose year comes from context (the
 * paragraph's year, or a chronicle's year heading), and relative expressions (6天后, 4个月后,
 * 次年10月, 同年12月, 次日, 前一天, 当月) against the last date the text established.
 */
public final class DateRules {
    private DateRules() {}

    private static final String YEAR = "(?<year>[12][0-9]{3}|[一二][〇零一二三四五六七八九○O]{3})年";
    private static final String MONTH = "(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月";
    private static final String DAY = "(?<day>3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]";
    private static final String NUM = "[0-9一二两三四五六七八九十]{1,3}";

    private static final Pattern ABSOLUTE = Pattern.compile(YEAR + "(?:" + MONTH + "(?:" + DAY + ")?)?(?![0-9年])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年月])" + MONTH + "(?:" + DAY + ")");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<n>" + NUM + ")(?<unit>天|日|个多?月|年)(?:之)?后"
                    // 当年 alone often means "back then" (当年农家); only 当年M月 is a date
                    + "|(?<rel>次年|同年|翌年|次月|当月|同月|次日|翌日|第二天|前一天|前一日|当天|当日|同日"
                    + "|当年(?=(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月))"
                    + "(?:" + MONTH + "(?:" + DAY + ")?)?");

    private record Hit(int start, int end, PartialDate date, boolean relative, String rule) {}

    /**
     * Resolves every date in the sentences, in order.
     *
     * @param paragraph paragraph number of each sentence (same length as {@code sentences})
     */
    public static List<DateMention> find(List<Sentence> sentences, int[] paragraph) {
        List<DateMention> out = new ArrayList<>();
        PartialDate anchor = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = MatchText.of(s);
            List<Hit> hits = new ArrayList<>();
            Matcher m = ABSOLUTE.matcher(text);
            while (m.find()) {
                PartialDate d = absolute(m);
                if (d != null) hits.add(new Hit(m.start(), m.end(), d, false, "date.absolute"));
            }
            m = MONTH_DAY.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start())) continue;
                Integer year = paragraphYear(sentences, paragraph, i);
                if (year == null && anchor != null) year = anchor.year();
                if (year == null) continue;
                PartialDate d = PartialDate.ofValid(year, num(m.group("month")), num(m.group("day")));
                if (d != null) hits.add(new Hit(m.start(), m.end(), d, true, "date.month-day-context-year"));
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start())) continue;
                hits.add(new Hit(m.start(), m.end(), null, true, "date.relative"));
            }
            hits.sort((a, b) -> Integer.compare(a.start, b.start));
            for (Hit h : hits) {
                PartialDate d = h.date;
                if (d == null) {
                    Matcher r = RELATIVE.matcher(text);
                    r.region(h.start, h.end);
                    if (!r.lookingAt() || anchor == null) continue;
                    d = relative(r, anchor);
                    if (d == null) continue;
                }
                // a coarser restatement of the anchor (同年 after 2016年4月) must not lose its precision
                if (anchor == null || !anchor.iso().startsWith(d.iso())) anchor = d;
                out.add(new DateMention(s, h.start, h.end, d, h.relative, h.rule));
            }
        }
        return out;
    }

    private static boolean covered(List<Hit> hits, int pos) {
        for (Hit h : hits) if (pos >= h.start && pos < h.end) return true;
        return false;
    }

    private static PartialDate absolute(Matcher m) {
        Integer y = num(m.group("year"));
        if (y == null || y < 1900 || y > 2100) return null;
        if (m.group("month") == null) return PartialDate.ofValid(y, 0, 0);
        int mo = num(m.group("month"));
        return m.group("day") == null ? PartialDate.ofValid(y, mo, 0) : PartialDate.ofValid(y, mo, num(m.group("day")));
    }

    /** The latest year written in the sentence's paragraph: a report dated by month and day sits in the year it talks of. */
    private static Integer paragraphYear(List<Sentence> sentences, int[] paragraph, int i) {
        Integer best = null;
        for (int j = 0; j < sentences.size(); j++) {
            if (paragraph[j] != paragraph[i]) continue;
            Matcher m = ABSOLUTE.matcher(MatchText.of(sentences.get(j)));
            while (m.find()) {
                Integer y = num(m.group("year"));
                if (y != null && y >= 1900 && y <= 2100 && (best == null || y > best)) best = y;
            }
        }
        return best;
    }

    private static PartialDate relative(Matcher r, PartialDate anchor) {
        String rel = r.group("rel");
        Integer month = r.group("month") == null ? null : num(r.group("month"));
        Integer day = r.group("day") == null ? null : num(r.group("day"));
        if (rel == null) {
            Integer n = num(r.group("n"));
            if (n == null) return null;
            String unit = r.group("unit");
            if (unit.equals("天") || unit.equals("日")) return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(n) : null;
            if (unit.startsWith("个")) return unit.contains("多") ? null : anchor.plusMonths(n);
            return PartialDate.ofYear(anchor.year() + n);
        }
        int year = switch (rel) {
            case "次年", "翌年" -> anchor.year() + 1;
            default -> anchor.year();
        };
        switch (rel) {
            case "次年", "翌年", "同年", "当年":
                if (month == null) return PartialDate.ofYear(year);
                return PartialDate.ofValid(year, month, day == null ? 0 : day);
            case "次月":
                return anchor.precision() == PartialDate.Precision.YEAR ? null
                        : PartialDate.ofMonth(anchor.plusMonths(1).year(), anchor.plusMonths(1).month());
            case "当月", "同月":
                return anchor.precision() == PartialDate.Precision.YEAR ? null
                        : day != null ? PartialDate.ofValid(anchor.year(), anchor.month(), day) : PartialDate.ofMonth(anchor.year(), anchor.month());
            case "次日", "翌日", "第二天":
                return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(1) : null;
            case "前一天", "前一日":
                return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(-1) : null;
            default: // 当天, 当日, 同日
                return anchor.precision() == PartialDate.Precision.DAY ? anchor : null;
        }
    }

    private static Integer num(String s) {
        if (s == null) return null;
        OptionalInt v = ChineseNumber.parse(s.replace('○', '〇').replace('O', '〇'));
        return v.isPresent() ? v.getAsInt() : null;
    }
}

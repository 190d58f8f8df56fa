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
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("(?:召开|举行|通过|印发|出台)的");
    /** 同月, 当天: the time of the date just mentioned, even one that only dated a meeting looked back to. */
    private static final Pattern SAME_AS = Pattern.compile("[同当](?:年|月|日|天)");

    /** 决定10月在北京召开 / 在3月举行的 / 自4月第十三次会议召开以来: a month before the event's verb or its session. */
    private static final Pattern MONTH_BEFORE_EVENT = Pattern.compile(
            "(?<![0-9年月一二三四五六七八九十])" + MONTH + "(?:上旬|中旬|下旬|初|底|中|份)?(?=(?:在\\p{IsHan}{2,6})?(?:召开|举行|开幕)|(?:召开|举行)的"
                    // 自4月第十三次会议召开以来: a month right before a numbered session
                    + "|第" + NUM + "次)");
    /** 习近平21日下午主持召开: a day of the month the text has established. */
    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?<![0-9月年一二三四五六七八九十至到~～—－-])(?<day>3[01]|[12][0-9]|[1-9]|三十一?|二?十[一二三四五六七八九]?|[二三四五六七八九])日"
                    + "(?=上午|下午|晚|晚间|早|凌晨|[，,]|在|主持|召开|举行|电)");
    /** 8月　市委…会议召开 / 8月下旬，市委… / a chronicle's month heading (十月) alone: an entry opening with its month alone. */
    private static final Pattern MONTH_ENTRY = Pattern.compile(
            "^" + MONTH + "(?:上旬|中旬|下旬|初|底|中|份)?(?=[\\s\u3000，,]|$)");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<n>" + NUM + ")(?<unit>天|日|个多?月|年)(?:之)?(?<dir>后|前)"
                    // 当年 alone often means "back then" (当年农家); only 当年M月 is a date
                    + "|(?<rel>次年|同年|翌年|次月|当月|本月|同月|次日|翌日|第二天|前一天|前一日|当天|当日|同日"
                    + "|当年(?=(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)"
                    + "|今年|去年|前年|明年|(?<![0-9一二三四五六七八九十个上本下])(?:月底|月末|月初)"
                    // 下旬　县委深改组召开…: a chronicle entry dated by a part of the month its heading names
                    + "|(?<![0-9一二三四五六七八九十月])(?:上旬|中旬|下旬)"
                    // 上个月28日 a day, 上个月 alone a month; 前天/昨天/今天 from the text's own date
                    + "|上个?月|前天|昨天|昨日|今天"
                    // 年初召开的…大会: the beginning of the text's year, to the year only
                    + "|(?<![0-9一二三四五六七八九十〇今去明前上本下当同次翌])年初"
                    // 上半年召开的第八次会议: a half of the text's year, to the year only
                    + "|(?<![0-9一二三四五六七八九十〇去明前])[上下]半年)"
                    + "(?:年底|年末|" + MONTH + ")?(?:" + DAY + ")?");

    /** 5月至7月 / 今年1月至7月 / 5—7月: a span of months, no finer than its year. */
    private static final Pattern MONTH_SPAN = Pattern.compile(
            "(?<![0-9年月一二三四五六七八九十])(?<lead>今年|去年|(?:[12][0-9]{3}|[一二][〇零一二三四五六七八九○O]{3})年)?"
                    + "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月?(?:至|到|—|－|-|~)(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?![0-9一二三四五六七八九十]+[日号])");

    /** 上周五, 本周二: a weekday of the text's own week or the week before, a day from the page's or dateline's date. */
    private static final Pattern WEEKDAY = Pattern.compile("(?<week>上|本|这)(?:周|星期)(?<wd>[一二三四五六日天])");

    /** A release a day is counted from (公布的, 印发的): an event of its own, not the running date. */
    private static final Pattern RELEASE_BEFORE = Pattern.compile("(?:公布|印发|发布|出台|下发|施行|实施)的$");

    private static final Pattern YEAR_HEADING = Pattern.compile(YEAR + "(?:大事记|纪事)?");
    /** 昆山市2019年全面深化改革大事记: a chronicle's title names the year its entries belong to. */
    private static final Pattern CHRONICLE_TITLE = Pattern.compile("^[\\p{IsHan}]{0,12}" + YEAR + "(?:度)?[\\p{IsHan}]{0,16}(?:大事记|纪事|大事年表)$"
            // 临海市全面深化改革大事记（2022年）: the year in brackets after the title
            + "|^[\\p{IsHan}]{0,28}(?:大事记|纪事|大事年表)[（(]" + YEAR.replace("?<year>", "?<year2>") + "[)）]$");

    /** A date expression found in a sentence; its value depends on the date the text established before it. */
    private record Hit(int start, int end, java.util.function.Function<PartialDate, PartialDate> resolve, boolean relative, String rule) {}

    /**
     * Resolves every date in the sentences, in order.
     *
     * @param paragraph paragraph number of each sentence (same length as {@code sentences})
     */
    public static List<DateMention> find(List<Sentence> sentences, int[] paragraph) {
        List<DateMention> out = new ArrayList<>();
        PartialDate anchor = null;
        PartialDate lastMentioned = null;
        Integer headingYear = null;
        PartialDate reportDate = reportDate(sentences);
        PartialDate pageDate = pageDate(sentences);
        PartialDate dateline = datelineDate(sentences, pageDate != null ? pageDate : reportDate);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = MatchText.of(s);
            // a chronicle's year heading ("2015年" alone) dates the month-and-day entries under it
            Matcher heading = YEAR_HEADING.matcher(text.strip());
            if (heading.matches()) headingYear = num(heading.group("year"));
            // the title may be broken over two heading lines (二〇一四年互助土族自治县 / 全面深化改革大事记)
            String next = i + 1 < sentences.size() ? MatchText.of(sentences.get(i + 1)).strip() : "";
            for (String candidate : List.of(text.strip(), text.strip() + next)) {
                Matcher title = CHRONICLE_TITLE.matcher(candidate);
                if (title.matches()) headingYear = num(title.group("year") != null ? title.group("year") : title.group("year2"));
            }
            final int at = i;
            final Integer chronicleYear = headingYear;
            // a month and day without a year: the chronicle's year, else the year the paragraph speaks of,
            // else the date the text established, else the first year the text gives soon after
            java.util.function.Function<PartialDate, Integer> contextYear = a -> chronicleYear != null ? chronicleYear
                    : pageDate != null ? Integer.valueOf(pageDate.year())
                    : paragraphYear(sentences, paragraph, at) != null ? paragraphYear(sentences, paragraph, at)
                    : a != null ? Integer.valueOf(a.year()) : yearSoonAfter(sentences, at);
            List<Hit> hits = new ArrayList<>();
            Matcher m = ABSOLUTE.matcher(text);
            while (m.find()) {
                PartialDate d = absolute(m);
                // years inside a title or closing a range (《…（2015—2020年）》) are not the text's own dates
                if (d == null || insideTitle(text, m.start()) || (m.start() > 0 && "—-－~至到".indexOf(text.charAt(m.start() - 1)) >= 0)) continue;
                hits.add(new Hit(m.start(), m.end(), a -> d, false, "date.absolute"));
            }
            m = MONTH_DAY.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start()) || insideTitle(text, m.start())) continue;
                int month = num(m.group("month")), day = num(m.group("day"));
                hits.add(new Hit(m.start(), m.end(), a -> {
                    Integer y = contextYear.apply(a);
                    // a page of 1月5日 reporting 12月28日: the page reports what has happened, last year's December
                    if (y != null && chronicleYear == null && pageDate != null && y == pageDate.year()
                            && pageDate.precision() == PartialDate.Precision.DAY
                            && (month - pageDate.month()) * 31 + (day - pageDate.day()) > 31 * 6) y = y - 1;
                    return y == null ? null : PartialDate.ofValid(y, month, day);
                }, true, "date.month-day-context-year"));
            }
            // 5月至7月，市委深改组先后召开第十八次至第二十次会议: a span of months dates what it covers to the year
            m = MONTH_SPAN.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start()) || insideTitle(text, m.start())) continue;
                String lead = m.group("lead");
                hits.add(new Hit(m.start(), m.end(), a -> {
                    Integer y = lead == null ? contextYear.apply(a)
                            : lead.equals("今年") ? (reportDate != null ? Integer.valueOf(reportDate.year()) : contextYear.apply(a))
                            : lead.equals("去年") ? (reportDate != null ? Integer.valueOf(reportDate.year() - 1) : null)
                            : num(lead.substring(0, lead.length() - 1));
                    return y == null ? null : PartialDate.ofYear(y);
                }, true, "date.month-span"));
            }
            m = MONTH_BEFORE_EVENT.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start()) || insideTitle(text, m.start())) continue;
                int month = num(m.group("month"));
                hits.add(new Hit(m.start(), m.end(), a -> {
                    Integer y = contextYear.apply(a);
                    return y == null ? null : PartialDate.ofValid(y, month, 0);
                }, true, "date.month-before-event"));
            }
            m = MONTH_ENTRY.matcher(text);
            if (m.find() && !covered(hits, m.start())) {
                int month = num(m.group("month"));
                hits.add(new Hit(m.start(), m.end(), a -> {
                    Integer y = contextYear.apply(a);
                    return y == null ? null : PartialDate.ofValid(y, month, 0);
                }, true, "date.month-entry"));
            }
            m = DAY_ONLY.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start())) continue;
                int day = num(m.group("day"));
                hits.add(new Hit(m.start(), m.end(), a -> a == null || a.precision() == PartialDate.Precision.YEAR ? null
                        : PartialDate.ofValid(a.year(), a.month(), day), true, "date.day-context-month"));
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                if (covered(hits, m.start())) continue;
                int hs = m.start(), he = m.end();
                // 意见公布的前一天: a day counted from the release the news reports, made public on its dateline's day
                if (m.group("rel") != null && RELEASE_BEFORE.matcher(text.substring(Math.max(0, hs - 6), hs)).find()) {
                    if (dateline == null) continue;
                    Matcher r = RELATIVE.matcher(text).region(hs, he);
                    PartialDate d = r.lookingAt() ? relative(r, dateline) : null;
                    if (d != null) hits.add(new Hit(hs, he, a -> d, true, "date.relative-to-release"));
                    continue;
                }
                hits.add(new Hit(hs, he, a -> {
                    if (a == null) return null;
                    Matcher r = RELATIVE.matcher(text);
                    r.region(hs, he);
                    if (!r.lookingAt()) return null;
                    // 今年, 去年 count from when the report was written, not from the last date it mentioned
                    boolean fromReport = r.group("rel") != null && r.group("rel").matches("今年|去年|前年|明年|上个?月|本月|今天|昨天|昨日|前天|年初|[上下]半年") && reportDate != null
                            // 本报6月15日讯 …今天下午: a lead's own dateline, not the next day's page, is its 今天
                            && !(r.group("rel").matches("今天|昨天|昨日|前天") && DATELINE.matcher(text).find());
                    return relative(r, fromReport ? reportDate : a);
                }, true, "date.relative"));
            }
            m = WEEKDAY.matcher(text);
            PartialDate today = pageDate != null ? pageDate : dateline != null ? dateline : reportDate;
            while (m.find()) {
                if (covered(hits, m.start()) || today == null || today.precision() != PartialDate.Precision.DAY) continue;
                java.time.LocalDate d = java.time.LocalDate.of(today.year(), today.month(), today.day());
                int weekday = "一二三四五六".indexOf(m.group("wd")) + 1; // 日/天: Sunday, the seventh day of the week
                java.time.LocalDate day = d.minusDays(d.getDayOfWeek().getValue() - 1)
                        .plusDays((weekday == 0 ? 7 : weekday) - 1 - (m.group("week").equals("上") ? 7 : 0));
                PartialDate found = PartialDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
                hits.add(new Hit(m.start(), m.end(), a -> found, true, "date.weekday"));
            }
            hits.sort((a, b) -> Integer.compare(a.start, b.start));
            hits = withListMembers(text, hits);
            for (Hit h : hits) {
                boolean sameAs = h.relative && lastMentioned != null && SAME_AS.matcher(text).region(h.start, h.end).lookingAt();
                PartialDate d = h.resolve.apply(sameAs ? lastMentioned : anchor);
                if (d == null) continue;
                // a coarser restatement of the anchor (同年 after 2016年4月) must not lose its precision,
                // nor may a year that only qualifies a noun (研究2018年改革工作) move a finer anchor
                boolean qualifier = d.precision() == PartialDate.Precision.YEAR && !h.relative && h.end < text.length()
                        && Character.isIdeographic(text.charAt(h.end)) && !text.startsWith("以来", h.end);
                // a date that only modifies a meeting looked back to (这份意见经今年1月23日召开的…会议审议通过) leaves
                // the report's own time as it was: a 26日 after it is still the report's month
                boolean attributive = ATTRIBUTIVE_AFTER.matcher(text).region(h.end, text.length()).lookingAt();
                boolean keep = anchor != null && (anchor.iso().startsWith(d.iso()) || attributive
                        || (qualifier && anchor.precision() != PartialDate.Precision.YEAR));
                if (!keep) anchor = d;
                if (!qualifier) lastMentioned = d;
                out.add(new DateMention(s, h.start, h.end, d, h.relative, h.rule));
            }
        }
        return out;
    }

    /**
     * The issue date a newspaper page head gives (2018年12月7日　星期五) in the first sentences, else null: a
     * month and day on that page is of the issue's year.
     */
    private static PartialDate pageDate(List<Sentence> sentences) {
        for (int i = 0; i < Math.min(5, sentences.size()); i++) {
            String text = MatchText.of(sentences.get(i));
            if (!text.contains("星期")) continue;
            Matcher m = ABSOLUTE.matcher(text);
            while (m.find()) {
                PartialDate d = absolute(m);
                if (d != null && d.precision() == PartialDate.Precision.DAY) return d;
            }
        }
        return null;
    }

    /** 、5月 / 和5月20日 right after a date: the next member of a list of dates (今年3月、5月又分别召开…). */
    private static final Pattern LIST_MEMBER = Pattern.compile("^[、和及]" + MONTH + "(?:" + DAY + ")?(?![0-9一二三四五六七八九十]|份|底|中|初|上旬|中旬|下旬)");

    /**
     * The hits with the members of each list of dates added after its first date: a bare month or month and
     * day that follows a date across 、 or 和 takes that date's year.
     */
    private static List<Hit> withListMembers(String text, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            out.add(h);
            int end = h.end;
            int nextStart = i + 1 < hits.size() ? hits.get(i + 1).start : text.length();
            Matcher m = LIST_MEMBER.matcher(text);
            while (end < nextStart && m.region(end, text.length()).lookingAt() && m.end() <= nextStart) {
                int month = num(m.group("month"));
                int day = m.group("day") != null ? num(m.group("day")) : 0;
                out.add(new Hit(m.start() + 1, m.end(), a -> a == null ? null : PartialDate.ofValid(a.year(), month, day),
                        true, "date.list-member"));
                end = m.end();
            }
        }
        return out;
    }

    /**
     * The issue date of a newspaper page (its head: 2022年8月12日　星期五), else null. Unlike the first date
     * a text gives, it bounds what the page reports: no meeting on it is later.
     */
    public static PartialDate issueDate(List<Sentence> sentences) {
        return pageDate(sentences);
    }

    /** The report's own date: a full date in its first sentences (page header, dateline), else null. */
    private static PartialDate reportDate(List<Sentence> sentences) {
        for (int i = 0; i < Math.min(5, sentences.size()); i++) {
            Matcher m = ABSOLUTE.matcher(MatchText.of(sentences.get(i)));
            while (m.find()) {
                PartialDate d = absolute(m);
                if (d != null && d.precision() == PartialDate.Precision.DAY) return d;
            }
        }
        return null;
    }

    /** 新华社北京12月11日电: the day a wire story was filed, of the page's year; null without one in the first sentences. */
    private static PartialDate datelineDate(List<Sentence> sentences, PartialDate page) {
        if (page == null) return null;
        for (int i = 0; i < Math.min(8, sentences.size()); i++) {
            Matcher m = DATELINE.matcher(MatchText.of(sentences.get(i)));
            if (m.find()) return PartialDate.ofValid(page.year(), num(m.group("month")), num(m.group("day")));
        }
        return null;
    }

    private static final Pattern DATELINE = Pattern.compile("(?:新华社|中新社|本报)[\\p{IsHan}]{0,6}?" + MONTH + DAY + "(?:电|讯)");

    /**
     * A year that can set the context of a month and day: not one closing a range (2020—2022年) or
     * marking where something began (自2017年起), nor a horizon (2035年远景目标). A title's year counts: 《…2024年…工作要点》 is
     * adopted in its year.
     */
    private static boolean ownYear(String text, Matcher m) {
        if (m.start() > 0 && "—-－~至到".indexOf(text.charAt(m.start() - 1)) >= 0) return false;
        // 《…二〇三五年远景目标的建议》: a horizon named, not when anything happened
        if (text.startsWith("远景", m.end()) || text.startsWith("目标", m.end())) return false;
        return !text.startsWith("起", m.end()) && !text.startsWith("以来", m.end());
    }

    private static boolean insideTitle(String text, int pos) {
        return text.lastIndexOf('《', pos) > text.lastIndexOf('》', pos);
    }

    /** The first year written in the next few sentences: a report dated by month and day names its year later. */
    private static Integer yearSoonAfter(List<Sentence> sentences, int i) {
        for (int j = i + 1; j < Math.min(sentences.size(), i + 6); j++) {
            String text = MatchText.of(sentences.get(j));
            Matcher m = ABSOLUTE.matcher(text);
            while (m.find()) {
                Integer y = num(m.group("year"));
                if (y != null && y >= 1900 && y <= 2100 && ownYear(text, m)) return y;
            }
        }
        return null;
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
            String text = MatchText.of(sentences.get(j));
            Matcher m = ABSOLUTE.matcher(text);
            while (m.find()) {
                Integer y = num(m.group("year"));
                if (y != null && y >= 1900 && y <= 2100 && ownYear(text, m) && (best == null || y > best)) best = y;
            }
        }
        return best;
    }

    private static PartialDate relative(Matcher r, PartialDate anchor) {
        String rel = r.group("rel");
        // 去年年底: December
        Integer month = r.group("month") != null ? num(r.group("month"))
                : r.group().matches(".*年[底末]$") ? Integer.valueOf(12) : null;
        Integer day = r.group("day") == null ? null : num(r.group("day"));
        if (rel == null) {
            Integer n = num(r.group("n"));
            if (n == null) return null;
            if ("前".equals(r.group("dir"))) n = -n; // 3天前: counted back from the anchor
            String unit = r.group("unit");
            if (unit.equals("天") || unit.equals("日")) return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(n) : null;
            if (unit.startsWith("个")) {
                if (unit.contains("多") || anchor.precision() == PartialDate.Precision.YEAR) return null;
                PartialDate d = anchor.plusMonths(n);
                return PartialDate.ofMonth(d.year(), d.month()); // "N months later" names a month, not a day
            }
            return PartialDate.ofYear(anchor.year() + n);
        }
        int year = switch (rel) {
            case "次年", "翌年", "明年" -> anchor.year() + 1;
            case "去年" -> anchor.year() - 1;
            case "前年" -> anchor.year() - 2;
            default -> anchor.year();
        };
        switch (rel) {
            case "年初", "上半年", "下半年":
                return PartialDate.ofYear(anchor.year());
            case "次年", "翌年", "同年", "当年", "今年", "去年", "前年", "明年":
                if (month == null) return PartialDate.ofYear(year);
                return PartialDate.ofValid(year, month, day == null ? 0 : day);
            case "次月":
                return anchor.precision() == PartialDate.Precision.YEAR ? null
                        : PartialDate.ofMonth(anchor.plusMonths(1).year(), anchor.plusMonths(1).month());
            case "上个月", "上月":
                if (anchor.precision() == PartialDate.Precision.YEAR) return null;
                PartialDate previous = anchor.plusMonths(-1);
                return day == null ? PartialDate.ofMonth(previous.year(), previous.month())
                        : PartialDate.ofValid(previous.year(), previous.month(), day);
            case "前天":
                return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(-2) : null;
            case "昨天", "昨日":
                return anchor.precision() == PartialDate.Precision.DAY ? anchor.plusDays(-1) : null;
            case "当月", "本月", "同月", "月底", "月末", "月初", "上旬", "中旬", "下旬":
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

package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.extract.MeetingMention.Kind;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Rules that find meetings in a sentence. Each rule names the pattern of language it captures;
 * none knows a particular meeting. Patterns run over the width-folded sentence, so offsets are
 * valid on the sentence as written.
 */
public final class MeetingRules {
    private MeetingRules() {}

    private static final String N = "[" + ChineseNumber.NUMERAL_CHARS + "]{1,4}";
    private static final String TERM = "(?<term>" + N + ")届";

    /** Surface names of the central reform bodies, longest first so alternation prefers them. */
    private static final String GROUP = "中央全面深化改革领导小组|中央深改领导小组|中央深改小组|中央深改组|深改领导小组|深改小组|深改组";
    private static final String COMMISSION = "中央全面深化改革委员会|中央深改委|深改委";
    private static final String LOCAL_PREFIX = "(?<local>自治区党委|自治州党委|州党委|省委|市委|区委|县委|旗委|州委|盟委|地委)";
    private static final String LOCAL_BODY = "全面深化改革委员会|全面深化改革领导小组|深改委|深改组|深改小组|改革委"
            // the committee's other numbered bodies: 市委财经领导小组, 省委全面依法治省委员会
            + "|[\\p{IsHan}]{2,10}?领导小组|[\\p{IsHan}]{2,10}?委员会";

    /**
     * One numbered session or a range of them: 第三次会议, 第四次至第九次会议, and the range written with the first
     * 次 or the second 第 left out (第六至第九次会议, 第六至九次会议, 第三、四次会议).
     */
    private static final String RANGE_SEP = "至|到|—|－|-|~|、|和";
    private static final String ORDINALS = "第(?<ord>" + N + ")(?:次(?:(?:全体)?会议)?|(?=(?:" + RANGE_SEP + ")第?" + N + "次))"
            + "(?:(?<sep>" + RANGE_SEP + ")第?(?<ord2>" + N + ")次)?(?:全体)?会议";

    /** 中央全面深化改革领导小组召开第九次会议: the verb may stand between the body and the ordinal. */
    private static final String CONVENED = "(?:召开了?|举行了?|先后召开)?";
    private static final String CONVENED_BEFORE_ORDINAL = "(?:召开了?|举行了?|先后召开)(?=第|$)";

    /** 十八届中央全面深化改革领导小组第三次会议 / 中央深改委第十次会议 (term optional). */
    private static final Pattern SESSION = Pattern.compile(
            "(?:" + TERM + ")?(?<body>" + GROUP + "|" + COMMISSION + ")(?:[（(]领导小组[)）])?" + CONVENED
                    + ORDINALS);

    /** 第一次中央全面深化改革委员会会议: ordinal before the body. */
    private static final Pattern SESSION_ORDINAL_FIRST = Pattern.compile(
            "第(?<ord>" + N + ")次(?<body>" + GROUP + "|" + COMMISSION + ")(?:全体)?会议");

    /** 市委深改委第十六次会议: a local reform body's numbered session. */
    private static final Pattern LOCAL_SESSION = Pattern.compile(
            "(?<scope>[\\p{IsHan}]{0,6}?)" + LOCAL_PREFIX + "(?<body>" + LOCAL_BODY + ")" + CONVENED + ORDINALS);

    /** 党的十八届三中全会 / 十九届中央委员会第三次全体会议. */
    private static final Pattern PLENUM = Pattern.compile(
            "(?<party>党的|中共)?" + TERM + "(?:中央)?(?<ord>" + N + ")中全会"
                    + "|(?<party2>党的|中共|中国共产党)?第?(?<term2>" + N + ")届中央委员会第(?<ord2>" + N + ")次全体会议");

    /** 党的十九届二中、三中全会: plenums listed with one term and one 全会. */
    private static final Pattern PLENUM_LIST = Pattern.compile(
            "(?<party>党的|中共)?" + TERM + "(?:中央)?(?<ords>" + N + "中(?:、" + N + "中)+)全会");

    /**
     * Numbered sessions of other standing bodies, named as written: the National People's Congress
     * (十三届全国人大一次会议), its Standing Committee (十三届全国人大常委会第二次会议), the State Council's
     * executive meeting (国务院第66次常务会议).
     */
    private static final List<Series> OTHER_SERIES = List.of(
            new Series(Pattern.compile("(?:第)?(?<term>" + N + ")届全国人(?:大|民代表大会)常(?:委会|务委员会)第(?<ord>" + N + ")次会议"),
                    new Body("全国人民代表大会常务委员会", List.of("全国人大常委会")), "meeting.npc-standing-committee-session"),
            new Series(Pattern.compile("(?:第)?(?<term>" + N + ")届全国人(?:大|民代表大会)第?(?<ord>" + N + ")次(?:全体)?会议"),
                    new Body("全国人民代表大会", List.of("全国人大")), "meeting.npc-session"),
            new Series(Pattern.compile("国务院第(?<ord>" + N + ")次常务会议"),
                    new Body("国务院", List.of()), "meeting.state-council-executive"));

    private record Series(Pattern pattern, Body body, String rule) {}

    /** 中共中央政治局召开会议 / 中共中央政治局8月30日召开会议: a Politburo meeting, told apart from others by its date. */
    private static final Pattern POLITBURO = Pattern.compile(
            "中共中央政治局(?<standing>常务委员会)?(?=(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:召开|举行)了?(?:专题)?会议|会议)");
    public static final Body POLITBURO_BODY = new Body("中共中央政治局", List.of("中央政治局"));
    /** 上个月30日（召开的）中央政治局会议: the short form names a sitting only when a day dates it; named as written. */
    private static final Pattern POLITBURO_SHORT = Pattern.compile("(?<![共])中央政治局(?:常委会)?会议");
    private static final Pattern DAY_BEFORE = Pattern.compile("[0-9]{1,2}日(?:召开|举行)?的?$");

    /** 市第十三次党代会 / 达拉特旗第十五次党代会: a local party congress, named as written. */
    private static final Pattern LOCAL_CONGRESS = Pattern.compile(
            "(?<name>(?:(?<=^|[，,。；、\\s“”的在和与])[\\p{IsHan}&&[^和与及大会的]]{2,6}?)?(?:省|市|县|区|旗)第(?<ord>" + N + ")次党(?:代会|员代表大会))");

    /** 旗委十六届八次全会: a local party committee's plenary session. */
    private static final Pattern LOCAL_PLENUM = Pattern.compile(
            "(?:中共[\\p{IsHan}]{1,8}?(?=(?:省|市|区|县|旗|州|盟|自治区党)委))?" + LOCAL_PREFIX + TERM + "(?<ord>" + N + ")次全(?:体)?(?:[（(]扩大[)）])?会(?:议)?");

    /** 中国共产党第十九次全国代表大会 / 党的第十九次全国代表大会: the long form of a national congress. */
    private static final Pattern CONGRESS_LONG = Pattern.compile(
            "(?:中国共产党|中共|党的)第(?<ord>" + N + ")次全国代表大会");

    /** 中共互助土族自治县第十五届委员会第七次全体（扩大）会议: a local party committee's plenum in full. */
    private static final Pattern LOCAL_PLENUM_LONG = Pattern.compile(
            "(?:中共|中国共产党)[\\p{IsHan}]{2,14}?(?:省|自治区|市|县|区|旗|州|盟)第(?<term>" + N + ")届委员会第(?<ord>" + N
                    + ")次全体(?:[（(]扩大[)）])?会议");

    /** What a sitting does, right after its name: 审议通过, 专门传达学习, 又召开… */
    private static final String SITTING_ACTS =
            "(?=[，,]?(?:又|也|还|再次|随后|先后|正式)?(?:专题|专门)?(?:召开|审议|通过|传达|研究|听取|指出|强调|部署|决定|认为))";

    /**
     * A dated sitting of another standing body, named without a number: 国务院常务会议, 农业部常务会议,
     * 县政府常务会议, 县委常委会会议 (县委召开常委会会议), 县委常委会（扩大）会议, a bureau's 党组会议. Named as written;
     * told apart by date.
     */
    private static final Pattern STANDING_SITTING = Pattern.compile(
            "(?<![\\p{IsHan}&&[^在经由的了和与召开主持]])(?<name>(?<org>国务院|[\\p{IsHan}]{1,4}?部|(?:省|市|县|区|旗)(?:人民)?政府)"
                    + "(?<convened>召开了?(?:专题)?)?常务会议|(?<committee>省委|市委|县委|区委|旗委|自治区党委)(?<before>召开了?)?常委(?:会)?(?<called>召开)?(?<wide>扩大|[（(]扩大[）)])?会议"
                    // 国家林业和草原局召开党组会议: a ministry's or bureau's party group
                    + "|(?<group>[\\p{IsHan}]{2,10}?(?:部|局|厅|署|委|办))(?<gdate>[0-9]{1,2}月[0-9]{1,2}日)?(?<groupCalled>召开了?)?"
                    + "(?:党组(?<groupWide>扩大)?|(?<affairs>部务|局务|厅务|委务|署务))会议)"
                    + SITTING_ACTS);

    /**
     * A standing committee's sitting named with its place (昌图县委常委会会议, 无锡市委常委会召开会议): named as
     * written when the words before 委 are a known division.
     */
    private static final Pattern PLACED_COMMITTEE_SITTING = Pattern.compile(
            "(?<level>省|市|县|区|旗)委(?<before>召开了?)?常委(?:会)?(?<called>召开)?(?<wide>扩大|[（(]扩大[）)])?会议" + SITTING_ACTS);

    /**
     * A numbered session of another central commission or leading group (中央财经委员会第六次会议,
     * 中央全面依法治国委员会第三次会议): named as written, without a term the text does not give.
     */
    private static final Pattern CENTRAL_COMMISSION_SESSION = Pattern.compile(
            "(?<body>中央(?:财经|外事工作|全面依法治国|网络安全和信息化|审计|国家安全|科技|金融|社会工作|机构编制|军民融合发展)"
                    + "(?:委员会|领导小组))(?:召开了?)?第(?<ord>" + N + ")次(?:全体)?会议");

    /** 党的二十大 / 中共十八大 / 十八大以来. */
    private static final Pattern CONGRESS = Pattern.compile(
            "(?<party>党的|中共)?(?<ord>十[一二三四五六七八九]|二十[一二三四五六七八九]?|[一二三四五六七八九])大(?<after>以来|精神|报告|召开|闭幕|开幕|胜利|上|后|前|期间|代表|提出|强调|作出|确定|明确|指出|部署)?");

    /**
     * A session with the body left out (第二十次会议召开), or named by its bare kind (领导小组第十次会议), once
     * the text has established the body.
     */
    private static final Pattern ELIDED_SESSION = Pattern.compile(
            "(?<![\\p{IsHan}&&[^在的了和及与召开举行主持出席月日]])(?<short>领导小组|委员会)?" + ORDINALS);

    /**
     * A named conference reported as taking place: a jurisdiction-wide work conference (全旗组织工作会议,
     * 全国组织工作会议, joint ones with 暨), a central or party committee's work conference (中央经济工作会议,
     * 市委经济工作会议) or an anniversary rally (…40周年庆祝大会), followed by 召开/举行/上. A year in front
     * of a jurisdiction-wide one is part of its name (2018年全市全面深化改革工作推进会).
     */
    private static final String CONFERENCE_KIND = "会议|大会|(?:现场)?推进会|座谈会|培训会|现场会|工作会|动员会|部署会|调度会"
            + "|交流会|观摩会|研讨会|评议会|表彰会|总结会|启动会|发布会|恳谈会|听证会|论证会";
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?<name>(?:[12][0-9]{3}年度?(?=全))?(?:全[国旗县市区省州盟镇乡]|中央(?=[\\p{IsHan}]{2,8}工作会议)|(?:自治区党委|省委|市委|县委|区委|旗委|州委|盟委)(?=[\\p{IsHan}]{2,8}工作会议)"
                    + "|[\\p{IsHan}0-9]{2,16}?[0-9一二三四五六七八九十百]+周年)[\\p{IsHan}“”\"]{0,24}?"
                    + "(?:" + CONFERENCE_KIND + ")(?:暨\\s?[\\p{IsHan}“”\"]{2,24}?(?:" + CONFERENCE_KIND + "))?)"
                    + "(?=(?:在[\\p{IsHan}]{2,12}?)?(?:召开|举行|开幕)|上[，,：:]|上[\\p{IsHan}]{0,6}(?:指出|强调|部署|讲话))");

    /** 去年年底召开的市委经济工作会议就明确…: a committee's work conference looked back to, dated by the words before it. */
    private static final Pattern WORK_CONFERENCE_RECALLED = Pattern.compile(
            "召开的(?<name>(?:中央|自治区党委|省委|市委|县委|区委|旗委|州委|盟委)[\\p{IsHan}]{2,8}?工作会议)");

    /**
     * 今年3月召开的全市改革攻坚推进大会又… / 去年7月召开的全国生态环境保护大会部署: a jurisdiction-wide conference
     * looked back to, named from 全 to the first word of its kind.
     */
    private static final Pattern CONFERENCE_RECALLED = Pattern.compile(
            "(?:召开|举行)的(?<name>全[国旗县市区省州盟镇乡][\\p{IsHan}“”\"]{2,20}?(?:大会|推进会|工作会议|座谈会|现场会|工作会|动员会|部署会|表彰会|总结会))");

    /** 桦林镇召开全镇积分制评议推进会，…: a jurisdiction-wide conference after the verb that convenes it. */
    private static final Pattern CONFERENCE_CONVENED = Pattern.compile(
            "(?:召开|举行)[了的]?(?<name>全[国旗县市区省州盟镇乡][\\p{IsHan}“”\"]{0,24}?(?:" + CONFERENCE_KIND + ")"
                    + "(?:暨\\s?[\\p{IsHan}“”\"]{2,24}?(?:" + CONFERENCE_KIND + "))?)(?=[，,。；;、]|$)");

    /** The kinds of conference a place or an office convenes under a name of its own (not 会议 alone: too generic). */
    private static final String NAMED_CONFERENCE_KIND = "工作会议|(?:现场)?推进会|现场会|座谈会|动员会|部署会|调度会|观摩会|交流会|培训会|启动会|工作会";

    /**
     * A conference a place or office convenes, named after the verb: 琴溪镇召开农村集体产权制度改革“回头看”推进会，
     * 县林业局召开林长制工作推进会。 The name is what follows 召开 (at least four characters before the kind,
     * so 召开座谈会 is no name); the convener is a place (…镇, …县) or an office (…局, …委), right after the
     * day it happened (a brief's 6月17日，…): undated, 某市召开…推进会 is as often background as an event.
     */
    private static final Pattern CONFERENCE_BY_CONVENER = Pattern.compile(
            "(?<=(?:日|近日|日前|当天|当日|同日|次日|天后|上午|下午|昨天|前天|今天)[，,\\s]{1,2})\\p{IsHan}{1,10}?(?:省|市|县|区|旗|镇|乡|街道|村|局|委|办|办公室|厅|政府)(?:专门|专题)?(?:召开|举行)了?"
                    + "(?<name>[\\p{IsHan}“”\"]{4,24}?(?:" + NAMED_CONFERENCE_KIND + "))(?=[，,。；;]|$)");

    /** 习近平总书记在武汉主持召开深入推动长江经济带发展座谈会: a named conference someone chairs. */
    private static final Pattern CONFERENCE_CHAIRED = Pattern.compile(
            "主持召开了?(?<name>[\\p{IsHan}“”\"]{4,24}?(?:座谈会|工作会议|推进会|现场会|动员会|部署会|研讨会|交流会|大会))"
                    + "(?=[，,。；;]|时|并|上)");

    /** 长宁区全面推行河长制工作会议召开: a conference named after its place, reported as taking place. */
    private static final Pattern PLACE_CONFERENCE = Pattern.compile(
            "(?<=^|[，,。；;：:\\s●■◆▲])(?<name>\\p{IsHan}{1,6}?(?:省|市|县|区|旗|镇|乡)[\\p{IsHan}“”\"]{2,24}?(?:" + NAMED_CONFERENCE_KIND + "))"
                    + "(?=(?:在[\\p{IsHan}]{2,12}?)?(?:召开|举行))");

    /** 县政府第25次常务会议 / 深圳市人民政府第十次常务会议 / 县政府召开第26次常务会议: a local government's numbered executive meeting. */
    private static final Pattern LOCAL_GOVERNMENT_EXECUTIVE = Pattern.compile(
            "(?<name>(?:(?<=^|[，,。；、\\s“”的在和与])[\\p{IsHan}&&[^的]]{2,6}?)?(?:(?:省|市|县|区|旗|州|盟)(?:人民)?政府|盟行署|行政公署)(?:召开了?)?第(?<ord>" + N + ")次常务会议"
                    // 盟行署第21次常务会议: a league's administrative office is its government
                    // 巴马县第32次县政府常务会议: the ordinal before the government, named from 第 as written
                    + "|第(?<ord2>" + N + ")次(?:省|市|县|区|旗)(?:人民)?政府常务会议)");

    /**
     * 区人大常委会第十二次会议 / 市十六届人大常委会第三次会议: a local people's congress standing committee's
     * numbered session, named as written.
     */
    private static final Pattern LOCAL_NPC_STANDING = Pattern.compile(
            "(?<name>(?:(?<=^|[，,。；、\\s“”的在和与])[\\p{IsHan}&&[^的]]{2,6}?)?(?:省|自治区|市|县|区|旗|州|盟)(?:第?" + N + "届)?"
                    + "人(?:大|民代表大会)常(?:委会|务委员会)(?:召开了?)?第(?<ord>" + N + ")次(?:全体)?会议)");

    /** 一场“改革督察员”聘请会议: a single event introduced by 一场/一次 with a quoted or plain name. */
    private static final Pattern ONE_EVENT = Pattern.compile(
            "一场(?<name>[“\"]?[\\p{IsHan}]{2,12}[”\"]?[\\p{IsHan}]{1,8}?(?:会议|大会|座谈会|推进会|发布会))");

    /** Words that make a conference name generic rather than one meeting's name, or a body's session (深改委会议). */
    private static final Pattern GENERIC_CONFERENCE = Pattern.compile("历次|各类|有关|相关|上级|此类|这类|系列|多次|各级|深化改革委员会|深改|领导小组");

    /** 歙县召开 before 县政府第18次常务会议: the place that convenes its government's sitting. */
    private static final Pattern CONVENING_PLACE = Pattern.compile(
            "\\p{IsHan}{1,6}?召开了?(?=\\p{IsHan}{0,6}?(?:省|市|县|区|旗|州|盟)(?:人民)?政府第)");

    /**
     * Start of the shortest known division name (昌图县, 无锡市) ending at {@code end}, standing after a clause
     * boundary, a function word or its parent place; -1 when there is none.
     */
    private static int placeEndingAt(String text, int end) {
        for (int start = end - 2; start >= Math.max(0, end - 7); start--) {
            if (!Chinese.isDomainWord(text.substring(start, end), "ns")) continue;
            // after a clause boundary, a function word, or the place above it (铁岭市昌图县委)
            return start == 0 || !RuleSupport.isHan(text.charAt(start - 1)) || "在经由的了和与召开省市州盟".indexOf(text.charAt(start - 1)) >= 0
                    ? start : -1;
        }
        return -1;
    }

    /** A conference still planned (计划于明年上半年召开…, 将适时召开…) has not taken place. */
    private static final Pattern PLANNED = Pattern.compile("计划|拟|将|准备|适时|即将|预计|筹备");

    private static boolean plannedInClause(String text, int at) {
        int from = at;
        while (from > 0 && "，,。；;：:！？".indexOf(text.charAt(from - 1)) < 0) from--;
        return PLANNED.matcher(text.substring(from, at)).find();
    }

    /** Continuations that show a meeting is referred back to rather than reported as taking place. */
    private static final Pattern NOT_EVENTIVE_AFTER = Pattern.compile(
            "^(?:精神|以来|后|之后|前(?!一天|一日|天|日)|以前|之前|召开以来|召开后|召开之后|闭幕后|闭幕以来|提出|作出|部署|确定|明确|要求|决策|通过的|审议通过的|报告|决定|重要讲话精神|上的(?:重要)?讲话精神|历次|以后"
                    // 传达学习中央…第十九次会议和自治区党委…第十二次会议精神: the first of two meetings whose spirit is conveyed
                    + "|[和、及与][^，,。；;]{2,40}?(?:会议|全会)(?:重要讲话)?精神)");

    /**
     * 党的二十届三中全会召开后市委深改委的第一次全体会议: a count since a plenum or meeting, not the ordinal (a
     * congress, unlike a plenum, starts a new term, so 党的二十大闭幕后召开的第一次…会议 is one by its ordinal).
     */
    private static final Pattern COUNT_AFTER_SESSION_BEFORE = Pattern.compile("(?:全会|会议)(?:召开|闭幕|举行)(?:之)?后[\\p{IsHan}]{0,12}?的$");

    /** 今年以来召开的第七次…会议, 市委深改委今年的第一次会议: a count within a year, not the meeting's ordinal. */
    private static final Pattern COUNT_IN_YEAR_BEFORE = Pattern.compile("(?:今年|年内|本年度?|当年|全年)(?:以来)?(?:[\\p{IsHan}]{0,6}?(?:召开|举行)的|的)?$");

    /** Finds the meetings named in one sentence, in text order. {@code established} is the body the text
     * has established so far (for elided sessions); null when none. */
    public static List<MeetingMention> find(Sentence s, Body established) {
        String text = MatchText.of(s);
        List<MeetingMention> out = new ArrayList<>();
        Taken taken = new Taken(text.length());

        // local bodies first: 市委深改委 must not be read as the central 深改委
        Matcher m = LOCAL_SESSION.matcher(text);
        while (m.find()) {
            int start = m.start("local");
            if (taken.overlaps(start, m.end())) continue;
            // 区委深改组召开第二十次会议 is named 区委深改组第二十次会议
            String surface = text.substring(start, m.end()).replaceFirst(CONVENED_BEFORE_ORDINAL, "");
            int first = num(m.group("ord"));
            Integer last = num(m.group("ord2"));
            if (last == null || last <= first || last - first > 60) {
                out.add(mention(s, text, start, m.end(), surface, Kind.REFORM_SESSION,
                        null, null, first, "meeting.local-session", 0.85));
            } else {
                // 市委深改委第四次至第九次会议: each session of the range, named like one written alone;
                // 第三次、第四次会议 (and 第三次和第五次会议) names just the two
                String body = text.substring(start, m.start("ord") - 1).replaceFirst(CONVENED_BEFORE_ORDINAL + "$", "");
                boolean pair = "、".equals(m.group("sep")) || "和".equals(m.group("sep"));
                for (int ord = first; ord <= last; ord = pair && ord < last ? last : ord + 1)
                    out.add(mention(s, text, start, m.end(), body + "第" + ChineseNumber.toChinese(ord) + "次会议",
                            Kind.REFORM_SESSION, null, null, ord, "meeting.local-session-range", 0.8));
            }
            taken.mark(start, m.end());
        }
        m = SESSION.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            Body body = bodyOf(m.group("body"));
            Integer term = num(m.group("term"));
            int first = num(m.group("ord"));
            Integer last = num(m.group("ord2"));
            boolean range = last != null && last > first && last - first <= 60;
            String rule = range ? "meeting.session-range" : "meeting.session";
            for (int ord = first; ord <= (range ? last : first); ord++) {
                out.add(mention(s, text, m.start(), m.end(), sessionName(term, body, ord), Kind.REFORM_SESSION,
                        body, term, ord, rule, term != null ? 1.0 : 0.9));
            }
            if (last != null && !range && last != first) {
                out.add(mention(s, text, m.start(), m.end(), sessionName(term, body, last), Kind.REFORM_SESSION,
                        body, term, last, "meeting.session-list", 0.9));
            }
            taken.mark(m.start(), m.end());
        }
        m = SESSION_ORDINAL_FIRST.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            Body body = bodyOf(m.group("body"));
            int ord = num(m.group("ord"));
            out.add(mention(s, text, m.start(), m.end(), sessionName(null, body, ord), Kind.REFORM_SESSION,
                    body, null, ord, "meeting.session-ordinal-first", 0.9));
            taken.mark(m.start(), m.end());
        }
        m = PLENUM.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            boolean longForm = m.group("term2") != null;
            Integer term = num(longForm ? m.group("term2") : m.group("term"));
            Integer ord = num(longForm ? m.group("ord2") : m.group("ord"));
            String name = text.substring(m.start(), m.end());
            out.add(mention(s, text, m.start(), m.end(), name, Kind.PLENUM, Body.CENTRAL_COMMITTEE, term, ord,
                    "meeting.plenum", 1.0));
            taken.mark(m.start(), m.end());
        }
        m = PLENUM_LIST.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            Integer term = num(m.group("term"));
            String party = m.group("party") == null ? "" : m.group("party");
            for (String o : m.group("ords").split("、")) {
                Integer ord = num(o.substring(0, o.length() - 1));
                out.add(mention(s, text, m.start(), m.end(), party + ChineseNumber.toChinese(term) + "届" + o + "全会",
                        Kind.PLENUM, Body.CENTRAL_COMMITTEE, term, ord, "meeting.plenum-list", 0.95));
            }
            taken.mark(m.start(), m.end());
        }
        for (Series series : OTHER_SERIES) {
            m = series.pattern().matcher(text);
            while (m.find()) {
                if (taken.overlaps(m.start(), m.end())) continue;
                Integer term = m.pattern().pattern().contains("<term>") ? num(m.group("term")) : null;
                out.add(mention(s, text, m.start(), m.end(), text.substring(m.start(), m.end()), Kind.SESSION,
                        series.body(), term, num(m.group("ord")), series.rule(), 0.9));
                taken.mark(m.start(), m.end());
            }
        }
        m = POLITBURO.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            String name = m.group("standing") != null ? "中共中央政治局常务委员会会议" : "中共中央政治局会议";
            out.add(mention(s, text, m.start(), m.end(), name, Kind.CONFERENCE, POLITBURO_BODY, null, null,
                    "meeting.politburo", 0.85));
            taken.mark(m.start(), m.end());
        }
        m = POLITBURO_SHORT.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())
                    || !DAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) continue;
            out.add(mention(s, text, m.start(), m.end(), m.group(), Kind.CONFERENCE, POLITBURO_BODY, null, null,
                    "meeting.politburo-dated", 0.8));
            taken.mark(m.start(), m.end());
        }
        m = LOCAL_CONGRESS.matcher(text);
        while (m.find()) {
            int start = m.start("name");
            String name = m.group("name").replaceFirst("^(?:对照|按照|根据|落实|贯彻|在|是|的)+", "");
            start = m.end("name") - name.length();
            if (taken.overlaps(start, m.end())) continue;
            out.add(mention(s, text, start, m.end(), name, Kind.CONGRESS, null, null, num(m.group("ord")),
                    "meeting.local-congress", 0.8));
            taken.mark(start, m.end());
        }
        m = LOCAL_GOVERNMENT_EXECUTIVE.matcher(text);
        while (m.find()) {
            int start = m.start("name");
            if (taken.overlaps(start, m.end())) continue;
            // 县政府召开第26次常务会议 is 县政府第26次常务会议; in 歙县召开县政府第18次常务会议 the county convenes it
            Matcher convener = CONVENING_PLACE.matcher(m.group("name"));
            int skip = convener.lookingAt() ? convener.end() : 0;
            String name = m.group("name").substring(skip).replaceFirst("召开了?第", "第");
            int nameStart = m.start("name") + skip;
            String ord = m.group("ord") != null ? m.group("ord") : m.group("ord2");
            out.add(mention(s, text, nameStart, m.end(), name, Kind.CONFERENCE, null,
                    null, num(ord), "meeting.local-government-executive", 0.8));
            taken.mark(start, m.end());
        }
        m = LOCAL_NPC_STANDING.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start("name"), m.end())) continue;
            String name = m.group("name").replaceFirst("召开了?第", "第");
            out.add(mention(s, text, m.start("name"), m.end(), name, Kind.CONFERENCE, null, null, num(m.group("ord")),
                    "meeting.local-npc-standing-committee", 0.8));
            taken.mark(m.start("name"), m.end());
        }
        m = LOCAL_PLENUM.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            out.add(mention(s, text, m.start(), m.end(), MatchText.surface(s, m.start(), m.end()), Kind.PLENUM, null,
                    num(m.group("term")), num(m.group("ord")), "meeting.local-plenum", 0.85));
            taken.mark(m.start(), m.end());
        }
        m = LOCAL_PLENUM_LONG.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            out.add(mention(s, text, m.start(), m.end(), MatchText.surface(s, m.start(), m.end()), Kind.PLENUM, null,
                    num(m.group("term")), num(m.group("ord")), "meeting.local-plenum", 0.85));
            taken.mark(m.start(), m.end());
        }
        m = STANDING_SITTING.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start("name"), m.end())) continue;
            // 农业部召开常务会议 is 农业部常务会议
            String name = m.group("convened") != null ? m.group("org") + "常务会议"
                    // 区委常委会召开扩大会议 is 区委常委会扩大会议
                    : m.group("called") != null || m.group("before") != null
                    ? m.group("committee") + "常委会" + (m.group("wide") == null ? "" : MatchText.surface(s, m.start("wide"), m.end("wide"))) + "会议"
                    // 县委召开常委会会议 is 县委常委会会议; 国家林业和草原局召开党组会议 is 国家林业和草原局党组会议
                    : m.group("group") != null && m.group("affairs") != null ? m.group("group") + m.group("affairs") + "会议"
                    : m.group("group") != null ? m.group("group") + "党组" + (m.group("groupWide") == null ? "" : "扩大") + "会议"
                    : MatchText.surface(s, m.start("name"), m.end("name"));
            // 自然资源部4月23日召开部务会议: the date written inside dates it, so the mention starts after it
            int start = m.group("gdate") != null ? m.end("gdate") : m.start("name");
            out.add(mention(s, text, start, m.end(), name, Kind.CONFERENCE, null, null, null,
                    "meeting.standing-body-sitting", 0.7));
            taken.mark(m.start("name"), m.end());
        }
        m = PLACED_COMMITTEE_SITTING.matcher(text);
        while (m.find()) {
            int place = placeEndingAt(text, m.end("level"));
            if (place < 0 || taken.overlaps(place, m.end())) continue;
            String name = text.substring(place, m.end("level")) + "委常委会"
                    + (m.group("wide") == null ? "" : MatchText.surface(s, m.start("wide"), m.end("wide"))) + "会议";
            out.add(mention(s, text, place, m.end(), name, Kind.CONFERENCE, null, null, null, "meeting.standing-body-sitting", 0.7));
            taken.mark(place, m.end());
        }
        m = CONGRESS_LONG.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            int ord = num(m.group("ord"));
            out.add(mention(s, text, m.start(), m.end(), "党的" + ChineseNumber.toChinese(ord) + "大", Kind.CONGRESS,
                    Body.NATIONAL_CONGRESS, null, ord, "meeting.congress", 1.0));
            taken.mark(m.start(), m.end());
        }
        m = CONGRESS.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            boolean party = m.group("party") != null;
            if (!party && m.group("after") == null) continue; // 十大工程 and the like
            if (m.start() > 0 && !party && Character.isIdeographic(text.charAt(m.start() - 1))
                    && "的在和与及、".indexOf(text.charAt(m.start() - 1)) < 0) continue;
            int end = m.end("ord") + 1;
            int ord = num(m.group("ord"));
            out.add(mention(s, text, m.start(), end, "党的" + ChineseNumber.toChinese(ord) + "大", Kind.CONGRESS,
                    Body.NATIONAL_CONGRESS, null, ord, "meeting.congress", party ? 1.0 : 0.9));
            taken.mark(m.start(), end);
        }
        for (Pattern p : new Pattern[]{CONFERENCE, CONFERENCE_CONVENED, CONFERENCE_RECALLED, WORK_CONFERENCE_RECALLED, PLACE_CONFERENCE, CONFERENCE_BY_CONVENER,
                CONFERENCE_CHAIRED, ONE_EVENT}) {
            m = p.matcher(text);
            while (m.find()) {
                int start = m.start("name");
                if (taken.overlaps(start, m.end("name"))) continue;
                String name = m.group("name").replaceAll("[\\s“”\"]", "");
                name = name.replaceFirst("^(?:在|于|出席|参加|召开|举行)", "");
                // 习近平总书记在庆祝…周年大会上: the speaker before 在 is not part of the name
                int at = name.indexOf('在');
                if (at > 0 && name.substring(at + 1).matches("(?:庆祝|纪念).*")) {
                    start += at + 1;
                    name = name.substring(at + 1);
                }
                if (GENERIC_CONFERENCE.matcher(name).find()) continue;
                if (plannedInClause(text, m.start())) continue;
                out.add(new MeetingMention(s, start, m.end("name"), name, Kind.CONFERENCE, null, null, null, true,
                        p == ONE_EVENT ? "meeting.single-event" : "meeting.named-conference", 0.8));
                taken.mark(start, m.end("name"));
            }
        }
        m = CENTRAL_COMMISSION_SESSION.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            // 中央财经委员会召开第六次会议 is 中央财经委员会第六次会议
            String name = m.group("body") + "第" + m.group("ord") + "次会议";
            out.add(mention(s, text, m.start(), m.end(), name, Kind.CONFERENCE, null, null, num(m.group("ord")),
                    "meeting.central-commission-session", 0.85));
            taken.mark(m.start(), m.end());
        }
        m = ELIDED_SESSION.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start(), m.end())) continue;
            // the body named earlier in this sentence (中央深改组先后召开第…次会议), else the one the text established
            Body body = namedBody(text.substring(0, m.start()));
            if (body == null) body = established;
            if (body == null) continue;
            String kind = m.group("short");
            boolean commission = body.name().endsWith("委员会") || body.name().endsWith("深改委");
            if (kind != null && (kind.equals("委员会") != commission)) continue;
            int first = num(m.group("ord"));
            Integer last = num(m.group("ord2"));
            int to = last != null && last > first && last - first <= 60 ? last : first;
            boolean pair = "、".equals(m.group("sep")) || "和".equals(m.group("sep"));
            if (isLocal(body)) {
                // 市委深改委已召开3次会议，2月26日召开的第十二次会议…: a local body's session, resolved like one named in full
                for (int ord = first; ord <= to; ord = pair && ord < to ? to : ord + 1)
                    out.add(mention(s, text, m.start(), m.end(), body.name() + "第" + ChineseNumber.toChinese(ord) + "次会议",
                            Kind.REFORM_SESSION, null, null, ord, "meeting.elided-local-body", 0.7));
                taken.mark(m.start(), m.end());
                continue;
            }
            for (int ord = first; ord <= to; ord = pair && ord < to ? to : ord + 1)
                out.add(mention(s, text, m.start(), m.end(), sessionName(null, body, ord),
                        Kind.REFORM_SESSION, body, null, ord, "meeting.elided-body", 0.75));
            if (last != null && to == first && last != first)
                out.add(mention(s, text, m.start(), m.end(), sessionName(null, body, last),
                        Kind.REFORM_SESSION, body, null, last, "meeting.elided-body", 0.75));
            taken.mark(m.start(), m.end());
        }
        // a local meeting still to come (迎接市第十三次党代会胜利召开) identifies no meeting of record, unlike
        // the national congress; one inside a title (《党的十八届四中全会重要举措实施规划》) names the document;
        // 今年召开的第七次中央深改组会议 counts meetings
        out.removeIf(x -> (x.body() == null && AWAITED_BEFORE.matcher(text.substring(Math.max(0, x.start() - 16), x.start())).find())
                || (x.body() == null && (COMING_AFTER.matcher(text.substring(x.end())).lookingAt()
                        || COMING_BEFORE.matcher(text.substring(Math.max(0, x.start() - 8), x.start())).find()))
                || PLANNED_CONVENING.matcher(text.substring(Math.max(0, x.start() - 20), x.start())).find()
                || text.lastIndexOf('《', x.start()) > text.lastIndexOf('》', x.start())
                || (x.ordinal() != null && COUNT_IN_YEAR_BEFORE.matcher(text.substring(Math.max(0, x.start() - 14), x.start())).find())
                || (x.ordinal() != null && COUNT_AFTER_SESSION_BEFORE.matcher(text.substring(Math.max(0, x.start() - 24), x.start())).find()));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** 会议审议通过了《…》 opening a report: a meeting that adopts documents, not named in the text. */
    private static final Pattern UNNAMED_ADOPTING = Pattern.compile("^(?:这次|此次|本次|该次)?会议(?:还|并|先后|集中)?(?=审议(?:并)?通过)");

    /**
     * The meeting a sentence reports as adopting documents without naming it, for use when no meeting
     * was named shortly before (otherwise 会议 refers back to that one); null when the sentence is not of that form.
     */
    public static MeetingMention unnamedAdopting(Sentence s) {
        Matcher m = UNNAMED_ADOPTING.matcher(MatchText.of(s));
        if (!m.find()) return null;
        return new MeetingMention(s, m.start(), m.end(), null, Kind.UNNAMED, null, null, null, true, "meeting.unnamed-adopting", 0.6);
    }

    /** A party committee's reform body as a text names it: 市委深改委, 自治区党委全面深化改革委员会. */
    private static final Pattern LOCAL_REFORM_BODY = Pattern.compile(
            "(?:[\\p{IsHan}]{2,4}(?=省委|市委|区委|县委|旗委|州委|盟委|地委|自治区党委|自治州党委|州党委))?" + LOCAL_PREFIX
                    + "(?:全面深化改革委员会|全面深化改革领导小组|深改委|深改组|深改小组)");

    /**
     * The reform body a text names last, central or local, if any: the body an elided "第N次会议" belongs to.
     * A local body is returned with the name as written (市委深改委), with up to four characters before it
     * that may name its place (柳北区委深改委), for the resolver to expand.
     */
    public static Body namedBody(String text) {
        int localEnd = -1;
        String local = null;
        Matcher m = LOCAL_REFORM_BODY.matcher(text);
        while (m.find()) {
            localEnd = m.end();
            local = m.group();
        }
        Body central = namedCentralBody(text.substring(Math.max(0, localEnd)));
        if (central != null) return central;
        return local == null ? null : new Body(local, List.of());
    }

    /** Whether a body is a party committee's own (named as written), not one of the central bodies. */
    static boolean isLocal(Body body) {
        return LOCAL_REFORM_BODY.matcher(body.name()).matches();
    }

    /** The central reform body a text names last, if any: the body an elided "第N次会议" belongs to. */
    public static Body namedCentralBody(String text) {
        int g = Math.max(text.lastIndexOf("领导小组"), Math.max(text.lastIndexOf("深改组"), text.lastIndexOf("深改小组")));
        int c = Math.max(text.lastIndexOf("深化改革委员会"), text.lastIndexOf("深改委"));
        if (g < 0 && c < 0) return null;
        if (LOCAL_COMMITTEE.matcher(text).find()) return null;
        if (!text.contains("中央") && !text.contains("深改")) return null;
        return c > g ? Body.REFORM_COMMISSION : Body.REFORM_GROUP;
    }

    private static final Pattern LOCAL_COMMITTEE = Pattern.compile("省委|市委|区委|县委|旗委|州委|盟委|地委|党委");

    /** The full name of a reform body's session: 十九届中央全面深化改革委员会第十三次会议 (without 届 when unknown). */
    public static String sessionName(Integer term, Body body, int ordinal) {
        return (term == null ? "" : ChineseNumber.toChinese(term) + "届") + body.name()
                + "第" + ChineseNumber.toChinese(ordinal) + "次会议";
    }

    /** The central reform body a surface name denotes. */
    static Body bodyOf(String surface) {
        return surface.contains("委") ? Body.REFORM_COMMISSION : Body.REFORM_GROUP;
    }

    /** Before a meeting, words that make it one still to come (迎接市第十三次党代会胜利召开). */
    /** 市委深改委拟于12月下旬召开第十一次会议: a session set for a later day is still to come. */
    private static final Pattern PLANNED_CONVENING = Pattern.compile("(?:拟|计划|将|定|准备)于[^，,。；;]{1,12}(?:召开|举行)$");
    /** A local meeting that will sit (下个月，市委八届八次全会将专题研究…; 全会拟于…召开): still to come. */
    private static final Pattern COMING_AFTER = Pattern.compile("(?:将|拟|计划|预计)(?!近)");
    private static final Pattern COMING_BEFORE = Pattern.compile("(?:下个?月|下周|明年|下半年)[，,]?$");
    private static final Pattern AWAITED_BEFORE = Pattern.compile("(?:迎接|筹备|筹备召开|即将召开的?)[^，,。；;！!]{0,10}$");

    private static MeetingMention mention(Sentence s, String text, int start, int end, String name, Kind kind,
                                          Body body, Integer term, Integer ordinal, String rule, double conf) {
        boolean eventive = !NOT_EVENTIVE_AFTER.matcher(text.substring(end)).find();
        return new MeetingMention(s, start, end, name, kind, body, term, ordinal, eventive, rule, conf);
    }

    private static Integer num(String s) {
        if (s == null) return null;
        OptionalInt v = ChineseNumber.parse(s);
        return v.isPresent() ? v.getAsInt() : null;
    }


}

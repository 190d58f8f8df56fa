package org.reformkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Rules that find named organisations, with their full name and kind. The patterns: national bodies by the
 * fixed forms and abbreviations texts use (bundled list {@code reformkg/extract/organizations.tsv}: 中央深改委,
 * 中办, 国办); a local body after its place (达茂旗妇联 → 达茂旗妇女联合会, 内蒙古自治区党委 → 中共内蒙古自治区委员会);
 * the same body with the place left to the context (旗委, 区政协, 政法委: full name null, see
 * {@link #localCanonical}); reform bodies (全面深化改革领导小组, 市委深改委); media (《人民日报》, (来源:…));
 * enterprises (先行集团); and HanLP's organisation tag (nt) on words that end like an organisation.
 * Generic bodies are left out (党小组, 协商议事会, 成员单位, 地方党委政府).
 */
public final class OrganizationRules {
    private OrganizationRules() {}

    private record Entry(String canonical, String kind) {}

    /** Surface form → national organisation, from the bundled list. */
    private static final Map<String, Entry> LEXICON = new LinkedHashMap<>();
    private static final Pattern LEXICON_FORMS;

    static {
        for (String line : RuleSupport.resourceLines("/reformkg/extract/organizations.tsv")) {
            String[] f = line.split("\t");
            Entry e = new Entry(f[0], f[1]);
            LEXICON.put(f[0], e);
            if (f.length > 2) for (String alias : f[2].split("\\|")) LEXICON.putIfAbsent(alias.strip(), e);
        }
        List<String> forms = new ArrayList<>(LEXICON.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        LEXICON_FORMS = Pattern.compile(String.join("|", forms.stream().map(Pattern::quote).toList()));
    }

    /** Every name and abbreviation of the bundled national organisations (for HanLP's dictionary, as nt). */
    public static java.util.Set<String> knownNames() {
        return java.util.Collections.unmodifiableSet(LEXICON.keySet());
    }

    /** Characters of a place's unit: a lexicon form right after one is a local body's name (市发展改革委). */
    private static final String UNIT_CHARS = "省市县区旗州盟镇乡";

    /** 中共达拉特旗委员会: a party committee under its full name. */
    private static final Pattern FULL_PARTY = Pattern.compile("中共(?<p>[\\p{IsHan}]{2,10}?)委员会(?<sub>组织部|宣传部|统战部|政法委员会|办公室)?");

    /** 全面深化改革领导小组及其办公室, 市委深改委: reform bodies, with a local committee in front when there is one. */
    private static final Pattern REFORM_BODY = Pattern.compile(
            "(?<unit>自治区党委|省委|市委|县委|区委|旗委|州委|盟委)?"
                    + "(?<body>全面深化改革领导小组|全面深化改革委员会|深改委|深改组|深改小组|改革委)(?<office>办公室)?");

    /** A local body after its place or its place's unit: 巴南区政协, 达茂旗委, 区政协党组, 开发区党工委. */
    private static final Pattern LOCAL = Pattern.compile(
            "(?<unit>自治区|[省市县区旗州盟镇乡])?(?<body>党工委|党委|人大常委会|人民政府|政府|政协|妇联|团委|总工会|科协|残联|工商联|文联|侨联"
                    + "|纪委|监委|管委会|委(?![员会]))(?<sub>党组|机关|办公室|研究中心|理论研究会|组织部|宣传部|统战部|政法委)?");
    /** Bodies that are named even with no place or unit before them (the zone's 党工委, 政协党组). */
    private static final Set<String> BARE_OK = Set.of("党工委", "管委会");

    /** Departments of a party committee written alone (组织部部长): the committee is the text's. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?<![\\p{IsHan}&&[^、和及与的]])(?:组织部|宣传部|统战部|政法委)(?![门员会])");

    /** Words that end what can be a place or a name before an organisation's head word. */
    private static final Pattern CUT = Pattern.compile(
            "成立|设立|筹备|组建|专门|来到|考察|作为|担任|接受|围绕|落实|贯彻|支持|协助|推进|立足|发挥|充分|认真|主持|召开|出席|参加|审议"
                    + "|由|在|的|和|与|及|对|把|等|是|为|了|被|让|请|跟|时"); // not 经, 向, 从, 同: 经济开发区, 向阳区

    /** 《人民日报》, 新加坡《联合早报》: newspapers and periodicals in 《》. */
    private static final Pattern MEDIA_TITLE = Pattern.compile("《(?<n>[^《》]{2,20}?(?:日报|晚报|早报|时报|周报|报|杂志|周刊|月刊))》");
    /** (来源:吉格斯太发布): the outlet a piece comes from. */
    private static final Pattern SOURCE = Pattern.compile("[(（]来源[:：]\\s*(?<n>[^()（）\\s]{2,20})[)）]");

    /** 先行集团、众泰集团: an enterprise name at the start of a clause or a list. */
    private static final Pattern ENTERPRISE = Pattern.compile("(?<=^|[、，,和与及:：])(?<n>[\\p{IsHan}]{2,6}(?:集团|股份有限公司|有限公司|公司))");

    /** How organisations end: the head word decides that a tagged word is an organisation and its kind. */
    private static final Pattern ORG_END = Pattern.compile(
            "(?<party>党委|党工委|党组|党支部|纪检监察组|纪委)$|(?<gov>政府|管委会|服务局|督察局|局|厅|办公室|办)$"
                    + "|(?<mass>妇联|团委|总工会|科协|联合会|协会)$|(?<media>电视台|日报|报社|广播电台)$|(?<ent>集团|公司|银行)$"
                    + "|(?<other>委员会|大学|学院|学校|医院|卫生院|研究中心|研究会|研究院|服务中心|法院|检察院|商会|领导小组|突击队|宣讲团|公益团|联席会议)$");
    /** Tags of words a place's name can start with (吉格斯/nrf 太镇); not a person's name (王建军主持召开市委深改委). */
    private static final Set<String> PLACE_TAGS = Set.of("ns", "nsf", "nrf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth", "j");
    private static final Set<String> PLACE_PREFIX_TAGS = Set.of("n", "nz", "ns", "nsf", "b", "j");
    private static final Set<String> PROPER_TAGS = Set.of("ns", "nsf", "nr", "nrf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth", "j");
    private static final Set<String> NAME_PART_TAGS = Set.of("ns", "nsf", "nr", "nrf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth",
            "nis", "j", "n", "vn", "b", "gi", "nnt");
    /** What an organisation's name can open with: not a verb (处理好政府). */
    private static final Set<String> FIRST_PART_TAGS = Set.of("ns", "nsf", "nr", "nrf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth",
            "nis", "j", "n", "b", "gi");
    /** Words that make an organisation generic (各级党委, 有关部门, 一件办...). */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:[一二三四五六七八九十两各全该本这其我]|有关|相关|上级|下级|基层|地方|所属|部分|广大|相应|同级)|[的和与为及或对把被在、，,]");

    /** Finds the organisations named in one sentence, in text order. */
    public static List<OrganizationMention> find(Sentence s) {
        String text = MatchText.of(s);
        List<Chinese.Token> tokens = Chinese.tokens(text);
        boolean[] taken = new boolean[text.length() + 1];
        List<OrganizationMention> out = new ArrayList<>();
        media(s, text, taken, out);
        fullParty(s, text, taken, out);
        reformBodies(s, text, tokens, taken, out);
        lexicon(s, text, taken, out);
        local(s, text, tokens, taken, out);
        tagged(s, text, tokens, taken, out);
        Matcher m = ENTERPRISE.matcher(text);
        while (m.find())
            add(s, text, taken, out, m.start("n"), m.end("n"), m.group("n"), OrganizationMention.ENTERPRISE, "organization.enterprise", 0.7);
        m = DEPARTMENT.matcher(text);
        while (m.find())
            add(s, text, taken, out, m.start(), m.end(), null, OrganizationMention.PARTY_COMMITTEE, "organization.department", 0.6);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void media(Sentence s, String text, boolean[] taken, List<OrganizationMention> out) {
        for (Pattern p : new Pattern[]{MEDIA_TITLE, SOURCE}) {
            Matcher m = p.matcher(text);
            while (m.find())
                add(s, text, taken, out, m.start("n"), m.end("n"), m.group("n"), OrganizationMention.MEDIA,
                        p == SOURCE ? "organization.source" : "organization.media-title", 0.85);
        }
    }

    private static void fullParty(Sentence s, String text, boolean[] taken, List<OrganizationMention> out) {
        Matcher m = FULL_PARTY.matcher(text);
        while (m.find())
            if (!m.group("p").startsWith("中央"))
                add(s, text, taken, out, m.start(), m.end(), m.group(), OrganizationMention.PARTY_COMMITTEE, "organization.party-full-name", 0.95);
    }

    private static void reformBodies(Sentence s, String text, List<Chinese.Token> tokens, boolean[] taken, List<OrganizationMention> out) {
        Matcher m = REFORM_BODY.matcher(text);
        while (m.find()) {
            int start = m.start();
            String canonical;
            if (m.group("unit") == null) {
                // the central bodies are in the lexicon; an unqualified full name is a local group (the speaker's own)
                if (start >= 2 && text.startsWith("中央", start - 2)) continue;
                if (!m.group("body").startsWith("全面深化改革")) continue;
                canonical = m.group();
            } else {
                int from = placeStart(text, tokens, start, true);
                canonical = from < 0 ? null : reformCanonical(text.substring(from, start), m);
                if (from >= 0) start = from;
            }
            add(s, text, taken, out, start, m.end(), canonical, OrganizationMention.REFORM_BODY, "organization.reform-body", 0.85);
        }
    }

    /** 深圳 + 市委深改委 → 中共深圳市委全面深化改革委员会. */
    private static String reformCanonical(String place, Matcher m) {
        String body = switch (m.group("body")) {
            case "深改组", "深改小组", "全面深化改革领导小组" -> "全面深化改革领导小组";
            default -> "全面深化改革委员会";
        };
        return "中共" + place + m.group("unit") + body + (m.group("office") == null ? "" : "办公室");
    }

    private static void lexicon(Sentence s, String text, boolean[] taken, List<OrganizationMention> out) {
        Matcher m = LEXICON_FORMS.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && UNIT_CHARS.indexOf(text.charAt(m.start() - 1)) >= 0) continue;
            // two-character abbreviations (中办, 国办) stand alone, never inside a word (集中办理)
            if (m.group().length() <= 2 && m.start() > 0 && RuleSupport.isHan(text.charAt(m.start() - 1))
                    && "、和与及由经".indexOf(text.charAt(m.start() - 1)) < 0) continue;
            Entry e = LEXICON.get(m.group());
            add(s, text, taken, out, m.start(), m.end(), e.canonical(), e.kind(), "organization.national", 0.95);
        }
    }

    /** Local bodies: the place before the unit is confirmed by HanLP reading a name there; without a place, a short form. */
    private static void local(Sentence s, String text, List<Chinese.Token> tokens, boolean[] taken, List<OrganizationMention> out) {
        Matcher m = LOCAL.matcher(text);
        while (m.find()) {
            String unit = m.group("unit") == null ? "" : m.group("unit");
            String body = m.group("body"), sub = m.group("sub") == null ? "" : m.group("sub");
            if (body.equals("委") && unit.isEmpty()) continue;
            int unitStart = m.start();
            int from = placeStart(text, tokens, unitStart, !unit.isEmpty());
            // a place's name before its unit has two characters or more (社区党委 is a community's, not a place's)
            if (from >= 0 && unitStart - from < 2 && !unit.equals("县")) continue;
            String place = from < 0 ? "" : text.substring(from, unitStart) + unit;
            if (from < 0 && !unit.isEmpty() && !startsToken(tokens, unitStart)) continue; // 社区党委: a word, not a unit
            if (place.isEmpty() && unit.isEmpty() && !BARE_OK.contains(body) && !(body.equals("政协") && !sub.isEmpty())) continue;
            int start = from < 0 ? unitStart : from;
            String canonical = place.isEmpty() ? null : canonical(place, body, sub);
            add(s, text, taken, out, start, m.end(), canonical, kindOf(body, sub), place.isEmpty() ? "organization.local-short" : "organization.local", 0.8);
        }
    }

    /**
     * Where the proper name of a place ends at {@code end} starts: the first HanLP word in the run of characters
     * before it (cut at verbs and function words) that HanLP reads as a name; -1 when there is none. An organisation
     * tag (达茂旗妇联/nt) counts only when a unit ends the place: otherwise the tag is the body's own (重点民营企业党委).
     */
    private static int placeStart(String text, List<Chinese.Token> tokens, int end, boolean orgTagged) {
        int from = end;
        while (from > 0 && end - from < 12 && RuleSupport.isHan(text.charAt(from - 1))) from--;
        Matcher c = CUT.matcher(text.substring(from, end));
        int start = from;
        while (c.find()) start = from + c.end();
        for (int k = 0; k < tokens.size(); k++) {
            Chinese.Token t = tokens.get(k);
            if (t.offset() < start || t.offset() >= end || !PLACE_TAGS.contains(t.tag()) || (!orgTagged && t.tag().startsWith("nt"))) continue;
            // nouns before the name belong to it: 经济/n 开发区/ns
            while (k > 0 && tokens.get(k - 1).offset() >= start && PLACE_PREFIX_TAGS.contains(tokens.get(k - 1).tag())) k--;
            return tokens.get(k).offset();
        }
        return -1;
    }

    private static boolean startsToken(List<Chinese.Token> tokens, int at) {
        for (Chinese.Token t : tokens) if (t.offset() == at) return true;
        return false;
    }

    /** Words HanLP tags as organisations, widened to the name words before them, that end like an organisation. */
    private static void tagged(Sentence s, String text, List<Chinese.Token> tokens, boolean[] taken, List<OrganizationMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Chinese.Token t = tokens.get(i);
            if (!t.tag().startsWith("nt") && !t.tag().equals("nis")) continue;
            int end = t.offset() + t.word().length();
            int first = i;
            boolean proper = t.tag().startsWith("nt") && t.word().length() >= 5 && !t.word().endsWith("服务中心");
            while (first > 0 && end - tokens.get(first - 1).offset() <= 16 && NAME_PART_TAGS.contains(tokens.get(first - 1).tag())) {
                first--;
                proper |= PROPER_TAGS.contains(tokens.get(first).tag());
            }
            while (first < i && !FIRST_PART_TAGS.contains(tokens.get(first).tag())) first++;
            int start = tokens.get(first).offset();
            if (end > text.length()) continue;
            String name = text.substring(start, end);
            Matcher k = ORG_END.matcher(name);
            if (!proper || !k.find() || GENERIC.matcher(name).find() || name.length() < 3 || opensWithVerb(name.substring(0, k.start())))
                continue;
            String kind = k.group("party") != null ? OrganizationMention.PARTY_COMMITTEE
                    : k.group("gov") != null ? OrganizationMention.GOVERNMENT
                    : k.group("mass") != null ? OrganizationMention.MASS_ORGANISATION
                    : k.group("media") != null ? OrganizationMention.MEDIA
                    : k.group("ent") != null ? OrganizationMention.ENTERPRISE
                    : name.contains("改革") && name.endsWith("领导小组") ? OrganizationMention.REFORM_BODY : OrganizationMention.OTHER;
            add(s, text, taken, out, start, end, name, kind, "organization.hanlp-nt", 0.65);
        }
    }

    /** HanLP sometimes tags a verb phrase and a body as one organisation (处理好政府): the words before the head tell. */
    private static boolean opensWithVerb(String beforeHead) {
        if (beforeHead.length() < 2) return false;
        Chinese.Token first = Chinese.tokens(beforeHead).get(0);
        return first.tag().startsWith("v") && first.word().length() >= 2;
    }

    private static void add(Sentence s, String text, boolean[] taken, List<OrganizationMention> out, int start, int end,
                            String canonical, String kind, String rule, double conf) {
        if (RuleSupport.any(taken, start, end)) return;
        out.add(new OrganizationMention(s, start, end, MatchText.surface(s, start, end), canonical, kind, rule, conf));
        RuleSupport.mark(taken, start, end);
    }

    private static String kindOf(String body, String sub) {
        if (sub.matches("组织部|宣传部|统战部|政法委|党组")) return OrganizationMention.PARTY_COMMITTEE;
        return switch (body) {
            case "党工委", "党委", "委", "纪委" -> OrganizationMention.PARTY_COMMITTEE;
            case "人民政府", "政府", "监委", "管委会" -> OrganizationMention.GOVERNMENT;
            case "人大常委会", "政协" -> OrganizationMention.OTHER;
            default -> OrganizationMention.MASS_ORGANISATION;
        };
    }

    /** The full name of a local body of {@code place} (内蒙古自治区 + 党委 → 中共内蒙古自治区委员会). */
    private static String canonical(String place, String body, String sub) {
        String full = switch (body) {
            case "党委", "委" -> "中共" + place + "委员会";
            case "纪委" -> "中共" + place + "纪律检查委员会";
            case "政协" -> "中国人民政治协商会议" + place + "委员会";
            case "人大常委会" -> place + "人民代表大会常务委员会";
            case "政府", "人民政府" -> place + "人民政府";
            case "妇联" -> place + "妇女联合会";
            case "团委" -> "共青团" + place + "委员会";
            case "科协" -> place + "科学技术协会";
            case "残联" -> place + "残疾人联合会";
            case "工商联" -> place + "工商业联合会";
            case "文联" -> place + "文学艺术界联合会";
            case "侨联" -> place + "归国华侨联合会";
            case "监委" -> place + "监察委员会";
            case "管委会" -> place + "管理委员会";
            default -> place + body;
        };
        if (sub.isEmpty()) return full;
        if (sub.equals("政法委")) return full + "政法委员会";
        // a party committee's departments are named under its full name; other bodies' units go by the short name (巴南区政协党组)
        return body.equals("委") || body.equals("党委") || sub.endsWith("部") ? full + sub : place + body + sub;
    }

    /**
     * The full name of a local body written without its place, once the place is known from the text
     * ({@code 旗委}, {@code 达拉特旗} → {@code 中共达拉特旗委员会}; {@code 政法委} → {@code 中共达拉特旗委员会政法委员会};
     * {@code 市委深改委}, {@code 深圳市} → {@code 中共深圳市委全面深化改革委员会}; {@code 区政协}, {@code 巴南区} →
     * {@code 中国人民政治协商会议巴南区委员会}). Returns null when {@code name} is not such a short form.
     *
     * @param jurisdiction the full name of the place the text is set in, ending in its unit (旗, 市, 区...)
     */
    public static String localCanonical(String name, String jurisdiction) {
        Matcher reform = REFORM_BODY.matcher(name);
        if (reform.matches() && reform.group("unit") != null) {
            // the unit repeats the jurisdiction's own: 深圳市 + 市委 → 深圳 + 市委
            String unitPlace = reform.group("unit").replaceFirst("党?委$", "");
            String place = jurisdiction.endsWith(unitPlace) ? jurisdiction.substring(0, jurisdiction.length() - unitPlace.length()) : jurisdiction;
            return reformCanonical(place, reform);
        }
        Matcher d = DEPARTMENT.matcher(name);
        if (d.matches()) return canonical(jurisdiction, "委", name);
        Matcher m = LOCAL.matcher(name);
        if (!m.matches()) return null;
        return canonical(jurisdiction, m.group("body"), m.group("sub") == null ? "" : m.group("sub"));
    }
}

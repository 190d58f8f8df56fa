package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Finds places: names HanLP tags as places (its dictionary holds the administrative divisions, loaded
 * at start-up), chains written under them (达拉特旗吉格斯太镇张义城窑村西张社: county, township, village,
 * group), villages and towns introduced by a verb or list mark (走进夏溪村), development and pilot zones,
 * and elliptical lists (龙吟、龙居两个村 = 龙吟村, 龙居村). Not places: the country (中国, 我国, 全国),
 * a place inside an organisation's or a periodical's proper name (上海合作组织, 《解放日报》), buildings.
 */
public final class PlaceRules {
    private PlaceRules() {}

    private static final Set<String> NOT_REGIONS = Set.of("中国", "我国", "全国", "中华", "国内", "海内外", "中南海",
            "国家", "祖国", "全省", "全市", "全县", "全区", "全旗", "全镇", "本市", "我市", "我省", "我县", "我区");
    private static final String TOWN = "\\p{IsHan}{2,5}?(?:镇|乡|苏木|街道)";
    private static final String VILLAGE = "\\p{IsHan}{2,5}?(?:村|嘎查|社区)";
    private static final Pattern CHAIN = Pattern.compile("^(?<town>" + TOWN + ")?(?<village>" + VILLAGE + ")?(?<group>\\p{IsHan}{1,3}?社)?");
    /** A village or town after a word that introduces a place: 走进夏溪村, 在老县镇, 、龚吉仁村. */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:^|(?<=[，,、。；;：:“”\\s])|(?<=在|到|走进|来到|位于|选取|和|与|及|的))(?<name>\\p{IsHan}{2,4}?(?:村|镇|乡|嘎查|苏木))(?![民委长级务干部庄落集])");
    private static final Pattern ZONE = Pattern.compile(
            "(?<name>(?:[\\p{IsHan}（）()—-]{2,14}?)??(?<suffix>经济技术开发区|高新技术产业开发区|经济开发区|高新区|自由贸易试验区|自贸试验区|经济特区|经济合作区|科学城|片区|开发区))");
    /** Zone words specific enough to name the text's own zone when they stand alone at a clause start. */
    private static final Set<String> SPECIFIC_ZONE_WORDS = Set.of("经济技术开发区", "高新技术产业开发区", "经济开发区");
    private static final Pattern ELLIPTICAL = Pattern.compile(
            "(?<list>\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})+)(?:两|三|四|五|六|七|八|九|十|[0-9]+)个(?<unit>村|镇|乡|县|区|社区|嘎查)");
    /** A place followed by these is part of an organisation's or brand's proper name. */
    private static final Pattern PROPER_NAME_TAIL = Pattern.compile("^(?:合作组织|大学|日报|晚报|电视台|广播电台|集团|公司|银行|学院|医院)");
    private static final Set<String> COMMON_PLACE_WORDS = Set.of("农村", "乡村", "全村", "本村", "该村", "各村", "行政村", "自然村",
            "山村", "村村", "邻村", "城镇", "乡镇", "小镇", "集镇", "各镇", "全镇", "本镇", "该镇", "特色小镇", "开发区", "城乡",
            "经济社", "嘎查村", "合作社", "旅行社", "通讯社", "出版社", "报社", "公社", "城区", "园区", "景区", "社区", "山区", "辖区", "片区", "新区");

    /**
     * An administrative name HanLP may not know, where its context shows it: at the head of a title
     * (《桐岚市进一步…》) or before the place's government or a year (桐岚市人民政府, 云澜市2015年…); not before
     * 委, since 旗委 and 县委 are words of their own (围绕旗委 is 围绕 + 旗委).
     */
    private static final Pattern ADMIN_IN_CONTEXT = Pattern.compile(
            "(?:^|[《，,。；;：:、“（(\\s])(?<name>\\p{IsHan}{2,3}(?:市|县|旗))(?=人民政府|政府|人大|政协|[0-9]{4}年|进一步|全面)");

    /** Function words and verbs that do not occur inside a village's or town's name (大事不出村, 送医下乡). */
    private static final String NOT_IN_NAME = "不进出为下送制定的了是有把被让给向往要将能会可就都也还又再已从对与及或等个这那们";

    /** A place name does not start with a function word or a quantifier (对全市委 is 对 + 全市委). */
    private static final String NOT_NAME_START = "全本我该各对在为把向从由与和及是将每";

    public static List<PlaceMention> find(Sentence s) {
        String text = MatchText.of(s);
        List<PlaceMention> out = new ArrayList<>();
        Taken taken = new Taken(text.length());

        Matcher m = ELLIPTICAL.matcher(text);
        while (m.find()) {
            String unit = m.group("unit");
            int pos = m.start("list");
            for (String part : m.group("list").split("、")) {
                out.add(new PlaceMention(s, pos, pos + part.length(), part + unit, levelOf(part + unit), null, "place.elliptical-list"));
                pos += part.length() + 1;
            }
            taken.mark(m.start(), m.end());
        }
        m = ZONE.matcher(text);
        while (m.find()) {
            int start = zoneNameStart(text, m.start("name"), m.end("name"), m.group("suffix"));
            if (start < 0) continue;
            String stripped = MatchText.surface(s, start, m.end("name"));
            if (taken.overlaps(start, m.end())) continue;
            if (start > 0 && "0123456789个各等批".indexOf(text.charAt(start - 1)) >= 0) continue; // 22个自由贸易试验区
            // 重庆高新区九龙坡片区: a part of the zone written right after it
            PlaceMention before = null;
            for (PlaceMention o : out) if ("zone".equals(o.levelHint()) && o.end() == start) before = o;
            if (before != null) {
                out.add(new PlaceMention(s, before.start(), m.end(), before.name() + stripped, "zone", before.name(), "place.zone-part"));
            } else {
                out.add(new PlaceMention(s, start, m.end(), stripped, "zone", null, "place.zone"));
                // the division a zone is named after is named too (二连浩特 in 中蒙二连浩特—扎门乌德经济合作区)
                for (int i = start; i < m.end("name") - m.group("suffix").length() - 1; i++) {
                    for (int len = 6; len >= 2; len--) {
                        if (i + len > text.length() || !Chinese.isDomainWord(text.substring(i, i + len), "ns")) continue;
                        if (i > start || len >= 3) out.add(new PlaceMention(s, i, i + len, text.substring(i, i + len), levelOf(text.substring(i, i + len)), null, "place.inside-zone-name"));
                        i += len - 1;
                        break;
                    }
                }
            }
            taken.mark(start, m.end());
        }
        m = INTRODUCED.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); ) {
            int start = m.start("name");
            String name = m.group("name");
            from = m.start("name") + 1; // a rejected match (在龚吉仁村 read from 在) must not hide the right one
            if (taken.overlaps(start, m.end("name")) || !plausibleName(name)) continue;
            from = m.end("name");
            String parent = placeEndingAt(out, start);
            out.add(new PlaceMention(s, start, m.end("name"), name, levelOf(name), parent, "place.introduced-village"));
            taken.mark(start, m.end("name"));
            chainAfter(s, text, m.end("name"), name, out, taken);
        }
        for (Chinese.Token t : Chinese.placeTokens(text)) {
            int start = t.offset(), end = t.offset() + t.word().length();
            // HanLP may split a full name (垫江|县政协): extend to the division name it begins
            for (int more = 3; more >= 1; more--) {
                if (start >= 0 && end + more <= text.length() && Chinese.isDomainWord(text.substring(start, end + more), "ns")
                        && PlaceRules.levelOf(text.substring(start, end + more)) != null) {
                    end += more;
                    t = new Chinese.Token(text.substring(start, end), t.tag(), start);
                    break;
                }
            }
            if (!t.tag().equals("ns") || t.word().length() < 2 || NOT_REGIONS.contains(t.word()) || COMMON_PLACE_WORDS.contains(t.word())) continue;
            if (start < 0 || end > text.length() || taken.overlaps(start, end)) continue;
            if (PROPER_NAME_TAIL.matcher(text.substring(end)).find() || insideMediaTitle(text, start) || insideShortQuote(text, start, end)) continue;
            boolean known = Chinese.isDomainWord(t.word(), "ns");
            if (!known && !plausibleName(t.word())) continue;
            if (levelOf(t.word()) == null && Chinese.insideCommonWord(text, start, end)) continue; // 长治 in 长治久安
            out.add(new PlaceMention(s, start, end, t.word(), levelOf(t.word()), null, known ? "place.division-name" : "place.hanlp-ns"));
            taken.mark(start, end);
            chainAfter(s, text, end, t.word(), out, taken);
        }
        m = ADMIN_IN_CONTEXT.matcher(text);
        while (m.find()) {
            int start = m.start("name"), end = m.end("name");
            if (taken.overlaps(start, end) || NOT_REGIONS.contains(m.group("name")) || Chinese.isCommonWord(m.group("name"))
                    || NOT_NAME_START.indexOf(m.group("name").charAt(0)) >= 0) continue;
            out.add(new PlaceMention(s, start, end, m.group("name"), levelOf(m.group("name")), null, "place.admin-name-in-context"));
            taken.mark(start, end);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * HanLP's role tagger also calls phrases places (当前农村, 他们就是开发区, 吉格斯/太镇): a name it alone
     * proposes must end in an administrative word, have a proper name before it, and not start with a
     * function word.
     */
    private static boolean plausibleName(String w) {
        String level = levelOf(w);
        if (level == null || w.length() < 3 || w.length() > 7 || NOT_NAME_START.indexOf(w.charAt(0)) >= 0) return false;
        for (String common : COMMON_PLACE_WORDS) if (w.endsWith(common)) return false;
        String head = w.replaceFirst("(?:省|自治区|市|盟|州|县|旗|区|镇|乡|街道|苏木|村|嘎查|社区|社)$", "");
        if (head.length() < 2 || Chinese.isCommonWord(head)) return false;
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0) return false;
        return true;
    }

    /** Places written right after a place, each under the one before: 吉格斯太镇张义城窑村西张社. */
    private static void chainAfter(Sentence s, String text, int pos, String parent, List<PlaceMention> out, Taken taken) {
        Matcher c = CHAIN.matcher(text.substring(pos));
        if (!c.find() || c.end() == 0) return;
        for (String g : new String[]{"town", "village", "group"}) {
            if (c.group(g) == null) continue;
            int start = pos + c.start(g), end = pos + c.end(g);
            if (taken.overlaps(start, end) || !plausibleName(c.group(g))) return;
            out.add(new PlaceMention(s, start, end, c.group(g), levelOf(c.group(g)), parent, "place.chain"));
            taken.mark(start, end);
            parent = c.group(g);
        }
    }

    /** Inside a short quoted phrase that is more than the name (“河长治”): a slogan, not a place. */
    private static boolean insideShortQuote(String text, int start, int end) {
        int open = text.lastIndexOf('“', start), close = text.indexOf('”', end);
        if (open < 0 || close < 0 || text.lastIndexOf('”', start) > open) return false;
        int len = close - open - 1;
        return len <= 6 && len > end - start;
    }

    private static String placeEndingAt(List<PlaceMention> found, int pos) {
        for (PlaceMention p : found) if (p.end() == pos) return p.name();
        return null;
    }

    /**
     * Where a zone's name starts: at the first place name inside the words before its zone word
     * (深圳经济特区, 中蒙二连浩特—扎门乌德经济合作区, 西部（重庆）科学城 from the word before the bracket),
     * or at the zone word itself when it is specific and opens a clause (经济开发区作为…); -1 when the
     * words before it are no name (记者走进开发区).
     */
    private static int zoneNameStart(String text, int start, int end, String suffix) {
        int suffixStart = end - suffix.length();
        for (int i = start; i < suffixStart - 1; i++) {
            for (int len = Math.min(6, suffixStart - i); len >= 2; len--) {
                if (!Chinese.isDomainWord(text.substring(i, i + len), "ns")) continue;
                // a bracketed place qualifies the word before it: 西部（重庆）
                if (i > start && (text.charAt(i - 1) == '(' || text.charAt(i - 1) == '（')) {
                    int j = i - 1;
                    while (j > start && Character.isIdeographic(text.charAt(j - 1)) && i - 1 - j < 2) j--;
                    return j;
                }
                // an abbreviation before the place belongs to the name (中蒙二连浩特…合作区)
                if (i - 2 >= start && text.substring(i - 2, i).matches("[中蒙俄哈吉塔乌朝韩越老缅泰粤港澳京津冀沪苏浙皖闽赣鲁豫鄂湘桂琼渝川黔滇藏陕甘青宁新]{2}")
                        && !Chinese.isCommonWord(text.substring(i - 2, i))) return i - 2;
                return i;
            }
        }
        boolean opensClause = suffixStart == 0 || "，,。；;：:、“\"（(《 ".indexOf(text.charAt(suffixStart - 1)) >= 0;
        return opensClause && SPECIFIC_ZONE_WORDS.contains(suffix) ? suffixStart : -1;
    }

    private static boolean insideMediaTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos), close = text.lastIndexOf('》', pos);
        if (open <= close) return false;
        int end = text.indexOf('》', pos);
        return end > 0 && DocumentRules.kindOf(text.substring(open + 1, end)).equals("other")
                && text.substring(open + 1, end).matches(".*(?:报|刊|杂志|网)$");
    }

    /** The level a place name's last word shows, or null. */
    public static String levelOf(String name) {
        if (name.endsWith("省") || name.endsWith("自治区")) return "province";
        if (name.endsWith("市") || name.endsWith("盟") || name.endsWith("州")) return "city";
        if (name.endsWith("县") || name.endsWith("旗") || name.endsWith("区")) return "county";
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道") || name.endsWith("苏木")) return "township";
        if (name.endsWith("村") || name.endsWith("嘎查") || name.endsWith("社区")) return "village";
        if (name.endsWith("社")) return "group";
        return null;
    }


}

package org.reformkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Finds places: names HanLP tags as places (its dictionary holds the administrative divisions, loaded
 * at start-up), chains written under them (达拉特旗吉格斯太镇张义城窑村西张社: county, township, village,
 * group, numbered groups 三、四社 included), villages and towns introduced by a verb or list mark (走进夏溪村),
 * development, new and cooperation zones, and elliptical lists (龙吟、龙居两个村 = 龙吟村, 龙居村; 邵武、顺昌等地
 * = two divisions the resolver finds by short name). Not places: the country (中国, 我国, 全国), a place inside
 * an organisation's or a periodical's proper name (上海合作组织, 宁波知识产权法院, 《解放日报》), buildings,
 * phrases before a unit word (改革示范村).
 */
public final class PlaceRules {
    private PlaceRules() {}

    private static final Set<String> NOT_REGIONS = Set.of("中国", "我国", "全国", "中华", "国内", "海内外", "中南海",
            "国家", "祖国", "全省", "全市", "全县", "全区", "全旗", "全镇", "本市", "我市", "我省", "我县", "我区");
    private static final String TOWN = "\\p{IsHan}{2,5}?(?:镇|乡|苏木|街道)";
    private static final String VILLAGE = "\\p{IsHan}{2,5}?(?:村|嘎查|社区)";
    /** A villagers' group by number (五社, 12组); several share one unit word: 三、四社. */
    private static final String GROUP_NUMBER = "(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})";
    private static final String GROUP = "(?:" + GROUP_NUMBER + "(?:、" + GROUP_NUMBER + ")*|\\p{IsHan}{1,3}?)[社组]";
    private static final Pattern CHAIN = Pattern.compile("^(?<town>" + TOWN + ")?(?<village>" + VILLAGE + ")?(?<group>" + GROUP + ")?");
    private static final Pattern VILLAGE_CHAIN = Pattern.compile("^(?<town>)(?<village>" + VILLAGE + ")(?<group>" + GROUP + ")?");
    /** Numbered groups of the village just named: 该村八组. */
    private static final Pattern GROUP_OF_THAT_VILLAGE = Pattern.compile("(?:该|本|此)村(?<group>" + GROUP_NUMBER + "(?:、" + GROUP_NUMBER + ")*[社组])");
    /**
     * A group numbered in digits standing on its own (3组村民, 在1组、5组试行): a group of the village named before it in
     * the sentence. Not inside a number, an ordinal or a count (第3组, 每5组), nor a group's office or members (3组组长).
     */
    private static final Pattern DIGIT_GROUP = Pattern.compile(
            "(?<![0-9.．第个每全该本此约近共分成])(?<group>[0-9]{1,2}[社组])(?![0-9长员织建合别里内]|成(?!为))");
    /** A village written right before a group numbered in digits (花园村7社的老党员). */
    private static final Pattern VILLAGE_WITH_DIGIT_GROUP = Pattern.compile(
            "村(?<group>[0-9]{1,2}[社组])(?![0-9长员织建合别里内]|成(?!为))");
    /** Groups of a village by ordinal (小南京村第3村民组、第5村民组): named N组 under the village. */
    private static final Pattern VILLAGE_WITH_ORDINAL_GROUPS = Pattern.compile(
            "村(?<groups>第" + GROUP_NUMBER + "(?:村民)?小?组(?:、第" + GROUP_NUMBER + "(?:村民)?小?组)*)");
    private static final Pattern ORDINAL_GROUP = Pattern.compile("第(?<n>" + GROUP_NUMBER + ")(?:村民)?小?组");
    /**
     * A village or town after a word that introduces a place: 走进夏溪村, 在老县镇, 、龚吉仁村. A name never opens
     * with a unit word: in 平和县在坂仔镇 and 民和县川口镇 the 和 is inside the county's name.
     */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:^|(?<=[，,、。；;：:“”\\s])|(?<=在|到|走进|来到|位于|选取|和|与|及|的))(?![县市区旗省州盟])(?<name>\\p{IsHan}{2,4}?(?:村|镇|乡|嘎查|苏木|社区))(?![民委长级务干部庄落集])");
    private static final Pattern ZONE = Pattern.compile(
            "(?<name>(?:[\\p{IsHan}（）()—-]{2,14}?)??(?<suffix>经济技术开发区|高新技术产业开发区|经济开发区|高新区|自由贸易试验区|自贸试验区"
                    + "|经济特区|经济合作区|综合保税区|保税区|合作区|科学城|片区|直管区|新区|开发区|经开区|产业集聚区|工业集中区"
                    + "|现代农业园区|农业科技园区|工业园区|产业园区|工业园|产业园))");
    /** Zone words that name a part of the zone written right before them (重庆高新区九龙坡片区, 翠湖新区直管区). */
    private static final Set<String> ZONE_PART_WORDS = Set.of("片区", "直管区");
    /**
     * One-character abbreviations of regions, written in pairs inside the names of cross-border zones
     * (中蒙二连浩特…合作区, 南湾深港…合作区).
     */
    private static final String REGION_ABBREVIATIONS = "中蒙俄哈吉塔乌朝韩越老缅泰新粤港澳深穗珠台京津冀沪苏浙皖闽赣鲁豫鄂湘桂琼渝川黔滇藏陕甘青宁";
    /** Zone words specific enough to name the text's own zone when they stand alone at a clause start. */
    private static final Set<String> SPECIFIC_ZONE_WORDS = Set.of("经济技术开发区", "高新技术产业开发区", "经济开发区");
    /**
     * Places listed with one unit word after a count or 等: 龙吟、龙居两个村, 柳湾、槐湾两村, 邵武、顺昌等地,
     * 青州、临朐、安丘等县市区, 海城、东港、开原3个县级市, 小布、东韶两个乡镇, 韩山、桑墟等8个镇. Not before a word the unit word begins (两村村民).
     */
    private static final Pattern ELLIPTICAL = Pattern.compile(
            "(?<list>\\p{IsHan}{2,3}(?:、[\\p{IsHan}&&[^等]]{2,4})+)(?:等?(?:两|三|四|五|六|七|八|九|十|[0-9]+)个?|等)"
                    + "(?<unit>县市区|县市|县区|市县|县级市|社区|嘎查|街道|城区|乡镇|地|村|镇|乡|县|区|市)(?![民委级务干部镇村域])");
    /** The areas of a free trade zone listed with one 片区 (自贸试验区南宁、钦州港、崇左三个片区; 支持乌鲁木齐、喀什、霍尔果斯三个片区). */
    private static final Pattern FREE_TRADE_AREA_LIST = Pattern.compile(
            "(?:自贸试验区|自由贸易试验区|(?<![\\p{IsHan}&&[^持在和与及的了对把将]]))(?<list>\\p{IsHan}{2,4}(?:、\\p{IsHan}{2,4})+)(?:两|三|四|五|六|七|[0-9]+)个片区");
    /** Unit words of a list that say only "places": each part is a division's name or short name (邵武、顺昌等地). */
    private static final Set<String> PLACES_UNIT = Set.of("县市区", "县市", "县区", "市县", "地");
    /** A preposition or particle glued to the first name of a list (在柳湾、槐湾两个村, 观摩了瑞金、兴国两地). */
    private static final String LIST_LEAD = "在到从对把向与和及将于了的是为由经";
    /** A place followed by these is part of an organisation's or brand's proper name. */
    private static final Pattern PROPER_NAME_TAIL = Pattern.compile(
            "^(?:合作组织|大学|日报|晚报|电视台|广播电台|集团|公司|银行|学院|医院|(?:互联网|金融|知识产权|海事|铁路运输)法院"
                    // 上海交通大学医学院, 杭州电子科技大学, 黄冈师范学院: a university's name runs on after its city
                    + "|\\p{IsHan}{0,6}?(?:大学|学院)(?!生)"
                    // 大兴安岭南麓, 武夷山国家公园: a mountain's slopes and a protected area are terrain, not divisions
                    + "|[东南西北]{0,2}麓|山脉|岭|国家公园|(?:国家级)?自然保护区|国家森林公园|湿地公园)");
    private static final Set<String> COMMON_PLACE_WORDS = Set.of("农村", "乡村", "全村", "本村", "该村", "各村", "行政村", "自然村",
            "山村", "村村", "邻村", "城镇", "小城镇", "乡镇", "小镇", "集镇", "各镇", "全镇", "本镇", "该镇", "特色小镇", "开发区", "城乡",
            "经济社", "嘎查村", "合作社", "老城区", "主城区", "中心城区", "旅行社", "通讯社", "出版社", "报社", "公社", "小组", "村民组", "居民组", "工作组", "城区", "园区", "景区", "社区", "山区", "辖区", "片区", "新区");

    /**
     * An administrative name HanLP may not know, where its context shows it: at the head of a title
     * (《桐岚市进一步…》) or before the place's government or a year (桐岚市人民政府, 云澜市2015年…); not before
     * 委, since 旗委 and 县委 are words of their own (围绕旗委 is 围绕 + 旗委).
     */
    private static final Pattern ADMIN_IN_CONTEXT = Pattern.compile(
            "(?:^|[《，,。；;：:、“（(\\s])(?<name>\\p{IsHan}{2,3}(?:市|县|旗))(?=人民政府|政府|人大|政协|[0-9]{4}年|进一步|全面)");

    /** Function words and verbs that do not occur inside a village's or town's name (大事不出村, 送医下乡). */
    private static final String NOT_IN_NAME = "不进出为下送制定的了是有把被让给向往要将能会可就都也还又再已从对与及或等个这那们以按由各";

    /** 浙江丽水, 江西抚州: a province's short name, then a place of it, then a boundary. */
    private static final Pattern PROVINCE_THEN_PLACE = Pattern.compile(
            "(?<![\\p{IsHan}&&[^在于和与及、的从到是如将]])(?<prov>北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东"
                    + "|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)"
                    + "(?<place>\\p{IsHan}{2,3}?)(?=[、，,。；;和与及等两三四五六七八九]|$)");

    /**
     * 龙岩武平, 南平顺昌: a prefecture's short name, then one of its counties' short name, after a boundary or a
     * preposition; both must be divisions the dictionary knows with their unit (龙岩市, 武平县).
     */
    private static final Pattern CITY_THEN_COUNTY = Pattern.compile(
            "(?<![\\p{IsHan}&&[^在于和与及、的从到是如将]])(?<city>\\p{IsHan}{2})(?<county>\\p{IsHan}{2})");

    /** Whether the gazetteer has a county of this name under this city (武平县 under 龙岩市, not 黑山县 under 麻城市). */
    private static boolean countyOf(String county, String city) {
        var gazetteer = org.reformkg.resolve.Gazetteer.get();
        for (var d : gazetteer.lookup(county))
            for (var up : gazetteer.ancestors(d)) if (up.name().equals(city)) return true;
        return false;
    }

    private static final Pattern COUNT_IN_HEAD = Pattern.compile("几[趟次个回遍年天月]");

    /** A place name does not start with a function word or a quantifier (对全市委 is 对 + 全市委). */
    private static final String NOT_NAME_START = "全本我该各对在为把向从由与和及是将每以按";

    public static List<PlaceMention> find(Sentence s) {
        return find(s, null);
    }

    /**
     * Places named in one sentence; {@code villageBefore}, the village the text named last in the sentences just
     * before (or null), is the village of a numbered group that has none in its own sentence (…槐树坪村。…3组、5组的村民).
     */
    public static List<PlaceMention> find(Sentence s, String villageBefore) {
        String text = MatchText.of(s);
        List<PlaceMention> out = new ArrayList<>();
        Taken taken = new Taken(text.length());

        Matcher m = PROVINCE_THEN_PLACE.matcher(text);
        while (m.find()) {
            String place = m.group("place");
            boolean known = Chinese.isDomainWord(place, "ns") || Chinese.isDomainWord(place + "市", "ns")
                    || Chinese.isDomainWord(place + "县", "ns");
            // 吉林高新区: a zone of the city, written with its short name, not a province and a place
            if (!known || taken.overlaps(m.start(), m.end()) || place.matches(".*(?:高新|经开|开发|新)区")) continue;
            // 浙江丽水、江西抚州: a province's short name written before one of its places names both
            out.add(new PlaceMention(s, m.start("prov"), m.end("prov"), m.group("prov"), "province", null, "place.province-then-place"));
            out.add(new PlaceMention(s, m.start("place"), m.end("place"), place, levelOf(place), m.group("prov"), "place.province-then-place"));
            taken.mark(m.start(), m.end());
        }
        m = CITY_THEN_COUNTY.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            String city = m.group("city"), county = m.group("county");
            if (!Chinese.isDomainWord(city + "市", "ns") || taken.overlaps(m.start(), m.end())) continue;
            String full = Chinese.isDomainWord(county + "县", "ns") ? county + "县" : Chinese.isDomainWord(county + "旗", "ns") ? county + "旗" : null;
            // 龙岩市区, 南平市委: the city's own unit or a word of its own follows, not a county
            if (full == null || Chinese.isDomainWord(county, "ns") || Chinese.isCommonWord(county)
                    || Chinese.isCommonWord(city + county) || !countyOf(full, city + "市")) continue;
            out.add(new PlaceMention(s, m.start("city"), m.end("city"), city + "市", "city", null, "place.city-then-county"));
            out.add(new PlaceMention(s, m.start("county"), m.end("county"), full, "county", city + "市", "place.city-then-county"));
            taken.mark(m.start(), m.end());
        }
        m = FREE_TRADE_AREA_LIST.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start("list"), m.end())) continue;
            int pos = m.start("list");
            for (String part : m.group("list").split("、")) {
                out.add(new PlaceMention(s, pos, pos + part.length(), part + "片区", "zone", null, "place.free-trade-area-list"));
                pos += part.length() + 1;
            }
            taken.mark(m.start("list"), m.end());
        }
        m = ELLIPTICAL.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start("list"), m.end())) continue;
            String unit = m.group("unit");
            int pos = m.start("list");
            String[] parts = m.group("list").split("、");
            int longer = ownUnitExtension(text, pos, parts, unit);
            if (longer > 0) {
                pos -= longer;
                parts[0] = text.substring(pos, pos + longer) + parts[0];
            } else if (longer < 0 && (leadsList(parts[0]) || gluedToList(text, pos, parts) || knownAfterLead(parts[0], unit))) {
                parts[0] = parts[0].substring(1);
                pos++;
            }
            int listStart = pos;
            // 通江、灵山、厢白三个乡镇: a list of towns and townships counts only when the data knows every one
            // (a list whose names carry their own units, 红果子镇、礼和乡两个乡镇, is left to the rules for full names)
            if (unit.equals("乡镇") && java.util.Arrays.stream(parts).anyMatch(part -> part.matches(".*[镇乡]$") || listedName(part, unit) == null))
                continue;
            for (String part : parts) {
                String name = listedName(part, unit);
                if (name == null) {
                    pos += part.length() + 1;
                    continue;
                }
                out.add(new PlaceMention(s, pos, pos + part.length(), name, levelOf(name), null, "place.elliptical-list"));
                pos += part.length() + 1;
            }
            taken.mark(listStart, m.end());
        }
        m = GROUP_OF_THAT_VILLAGE.matcher(text);
        while (m.find()) {
            if (taken.overlaps(m.start("group"), m.end("group"))) continue;
            addGroups(s, m.start("group"), m.group("group"), null, out);
            taken.mark(m.start(), m.end());
        }
        m = ZONE.matcher(text);
        while (m.find()) {
            String suffix = m.group("suffix");
            PlaceMention after = zoneEndingAt(out, m.start("name"));
            // 翠湖新区直管区: a part word right after a zone names the part even without a name of its own
            int start = after != null && ZONE_PART_WORDS.contains(suffix) && m.start("name") == m.end("name") - suffix.length()
                    ? m.start("name") : zoneNameStart(text, m.start("name"), m.end("name"), suffix);
            if (start < 0) continue;
            String stripped = MatchText.surface(s, start, m.end("name"));
            if (taken.overlaps(start, m.end())) continue;
            if (start > 0 && "0123456789个各等批".indexOf(text.charAt(start - 1)) >= 0) continue; // 22个自由贸易试验区
            // 重庆高新区九龙坡片区: a part of the zone written right after it
            PlaceMention before = zoneEndingAt(out, start);
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
            int glued = gluedWordLength(name);
            start += glued;
            name = name.substring(glued);
            if (taken.overlaps(start, m.end("name"))) continue;
            // 在官堰社区试点, 紫水街道：西关社区: a residents' community where the text goes to it or lists it under its 街道
            boolean community = communityName(name) && start > 0 && "在到进：:".indexOf(text.charAt(start - 1)) >= 0;
            if (!plausibleName(name) && !(nounVillage(name) && villageListedBefore(out, start)) && !community) continue;
            from = m.end("name");
            String parent = placeEndingAt(out, start);
            out.add(new PlaceMention(s, start, m.end("name"), name, levelOf(name), parent, "place.introduced-village"));
            taken.mark(start, m.end("name"));
            chainAfter(s, text, m.end("name"), name, out, taken);
        }
        // HanLP cuts long names of autonomous and banner divisions across their words (民|和|回族|土族|自治|县官):
        // a full division name of six or more characters is taken from the dictionary directly
        for (int i = 0; i + 6 <= text.length(); i++) {
            String w = longDivisionNameAt(text, i);
            if (w == null || taken.overlaps(i, i + w.length())) continue;
            int end = i + w.length();
            if (PROPER_NAME_TAIL.matcher(text.substring(end)).find() || insideMediaTitle(text, i)) continue;
            out.add(new PlaceMention(s, i, end, w, levelOf(w), null, "place.division-name"));
            taken.mark(i, end);
            chainAfter(s, text, end, w, out, taken);
            i = end - 1;
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
            // 安福县城市管理: HanLP reads a division on into the next word; the division's own name ends there
            for (int cut = t.word().length() - 1; !known && cut >= 3; cut--) {
                String head = t.word().substring(0, cut);
                if (Chinese.isDomainWord(head, "ns") && levelOf(head) != null) {
                    end = start + cut;
                    t = new Chinese.Token(head, t.tag(), start);
                    known = true;
                }
            }
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
        // a village named by a noun next in a list of villages (青杠村、石板村) or after its township's colon
        // (逍遥镇：石羊村), whichever rule found the place before
        for (int i = 0; i < out.size(); i++) {
            PlaceMention p = out.get(i);
            int after = p.end();
            // a village's groups in brackets come between it and the next village: 石羊村（含3组、5组）、古城村
            if (after < text.length() && (text.charAt(after) == '（' || text.charAt(after) == '(')) {
                int close = text.indexOf(text.charAt(after) == '（' ? '）' : ')', after);
                if (close < 0 || close - after > 12) continue;
                after = close + 1;
            }
            int start = after + 1, end = start + 3;
            if (end > text.length()) continue;
            boolean listed = "village".equals(levelOf(p.name())) && text.charAt(after) == '、'
                    || "township".equals(levelOf(p.name())) && after == p.end() && "：:".indexOf(text.charAt(after)) >= 0;
            if (!listed) continue;
            String name = text.substring(start, end);
            if (taken.overlaps(start, end) || !nounVillage(name) || (end < text.length() && "民委长级务干部庄落集".indexOf(text.charAt(end)) >= 0)) continue;
            String parent = "township".equals(levelOf(p.name())) ? p.name() : p.parentName();
            out.add(new PlaceMention(s, start, end, name, "village", parent, "place.listed-village"));
            taken.mark(start, end);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        m = VILLAGE_WITH_DIGIT_GROUP.matcher(text);
        while (m.find()) {
            int end = m.start("group");
            String name = villageEndingAt(text, end);
            if (name == null) continue;
            int start = end - name.length();
            if (taken.overlaps(start, end)) continue;
            out.add(new PlaceMention(s, start, end, name, "village", placeEndingAt(out, start), "place.village-of-group"));
            taken.mark(start, end);
            addGroups(s, end, m.group("group"), name, out);
            taken.mark(end, m.end("group"));
        }
        m = VILLAGE_WITH_ORDINAL_GROUPS.matcher(text);
        while (m.find()) {
            int end = m.start("groups");
            String village = null;
            for (PlaceMention p : out) if (p.end() == end && "village".equals(levelOf(p.name()))) village = p.name();
            if (village == null || taken.overlaps(end, m.end())) continue;
            Matcher g = ORDINAL_GROUP.matcher(text).region(end, m.end());
            while (g.find())
                out.add(new PlaceMention(s, g.start("n"), g.end("n"), g.group("n") + "组", "group", village, "place.numbered-group"));
            taken.mark(end, m.end());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        m = DIGIT_GROUP.matcher(text);
        boolean added = false;
        while (m.find()) {
            int start = m.start("group"), end = m.end("group");
            if (taken.overlaps(start, end)) continue;
            String village = null;
            for (PlaceMention p : out) if (p.end() <= start && "village".equals(levelOf(p.name()))) village = p.name();
            if (village == null) village = villageBefore;
            if (village == null) continue;
            addGroups(s, start, m.group("group"), village, out);
            taken.mark(start, end);
            added = true;
        }
        if (added) out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out = townshipsNamedAfterVillages(s, text, out);
        // “驻镇帮镇扶村”工作队: a short quoted phrase that is more than the name is a slogan, not a place
        out.removeIf(p -> notAPlace(text, p) || (insideShortQuote(text, p.start(), p.end()) && !Chinese.isDomainWord(p.name(), "ns")));
        return withoutGluedPrefix(s, cityProper(s, text, out));
    }

    /** 从龙岩市区驱车: a city's 市区 (its urban area) names the city. */
    private static List<PlaceMention> cityProper(Sentence s, String text, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>(found.size());
        for (PlaceMention p : found) {
            String city = p.name().substring(0, p.name().length() - 1);
            if (p.name().endsWith("市区") && Chinese.isDomainWord(city, "ns"))
                out.add(new PlaceMention(s, p.start(), p.end() - 1, city, "city", p.parentName(), p.rule()));
            else out.add(p);
        }
        return out;
    }

    /**
     * 在六户镇永安村推行…，连永安村3组的老党员: a village read with the word before it (连 "even") is the village
     * the sentence named already; its groups follow it.
     */
    private static List<PlaceMention> withoutGluedPrefix(Sentence s, List<PlaceMention> found) {
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        List<PlaceMention> out = new ArrayList<>(found.size());
        for (PlaceMention p : found) {
            String shorter = p.name().length() > 3 ? p.name().substring(1) : null;
            boolean named = shorter != null && "village".equals(levelOf(p.name()))
                    && found.stream().anyMatch(q -> q != p && q.end() <= p.start() && q.name().equals(shorter));
            if (named) {
                renamed.put(p.name(), shorter);
                out.add(new PlaceMention(s, p.start() + 1, p.end(), shorter, p.levelHint(), null, p.rule()));
            } else if (p.parentName() != null && renamed.containsKey(p.parentName())) {
                String parent = renamed.get(p.parentName());
                String name = p.name().startsWith(p.parentName()) ? parent + p.name().substring(p.parentName().length()) : p.name();
                out.add(new PlaceMention(s, p.start(), p.end(), name, p.levelHint(), parent, p.rule()));
            } else out.add(p);
        }
        return out;
    }

    /**
     * 南徐村乡东张村: a township named after a village (南徐村乡) read as the village 南徐村 and a village
     * 乡东张村 becomes the township and 东张村 under it (and the groups under 东张村).
     */
    /** Second characters of words that start with 乡 (乡村, 乡亲, 乡贤, 乡风…): 村 before them is no township's. */
    private static final String NOT_AFTER_XIANG = "村亲贤风土里情愁音邻间野味韵镇";

    private static List<PlaceMention> townshipsNamedAfterVillages(Sentence s, String text, List<PlaceMention> found) {
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : found) {
            int e = p.end();
            boolean township = p.name().endsWith("村") && e + 1 < text.length() && "乡镇".indexOf(text.charAt(e)) >= 0
                    && Character.isIdeographic(text.charAt(e + 1)) && NOT_AFTER_XIANG.indexOf(text.charAt(e + 1)) < 0;
            if (township) {
                String name = p.name() + text.charAt(e);
                out.add(new PlaceMention(s, p.start(), e + 1, name, "township", p.parentName(), "place.township-named-after-village"));
                renamed.put(p.name(), name);
                continue;
            }
            out.add(p);
        }
        if (renamed.isEmpty()) return found;
        List<PlaceMention> fixed = new ArrayList<>();
        for (PlaceMention p : out) {
            String township = p.parentName() == null ? null : renamed.get(p.parentName());
            if (township != null && p.name().startsWith(township.substring(township.length() - 1)) && p.name().length() > 2) {
                String village = p.name().substring(1);
                renamed.put(p.name(), village);
                fixed.add(new PlaceMention(s, p.start() + 1, p.end(), village, p.levelHint(), township, p.rule()));
            } else if (p.parentName() != null && renamed.containsKey(p.parentName()) && !"township".equals(p.levelHint())
                    && renamed.get(p.parentName()).endsWith("村")) {
                fixed.add(new PlaceMention(s, p.start(), p.end(), p.name(), p.levelHint(), renamed.get(p.parentName()), p.rule()));
            } else {
                fixed.add(p);
            }
        }
        return fixed;
    }

    /** Words that never stand inside a place's name: a clause's time, verb or preposition (近日由县, 游客在古村). */
    private static final Pattern CLAUSE_INSIDE = Pattern.compile(
            "近日|日前|(?<!自)由|在|开展|推进|落实|获评|之后|部署|深改委|党委|用于|去年|今年|明年|全[乡镇村]$");

    /**
     * Readings no place has: a 乡 that is the first half of 乡村 (开展乡村治理, 第二批乡村…), a 村 that is its
     * second half, a body's group (县委深改组, 领导小组), a program's name, a clause run into a name.
     */
    private static boolean notAPlace(String text, PlaceMention p) {
        String n = p.name();
        if (n.endsWith("乡") && p.end() < text.length() && text.charAt(p.end()) == '村') return true;
        if (n.startsWith("村") && p.start() > 0 && text.charAt(p.start() - 1) == '乡') return true;
        if (n.matches(".*(?:深改组|领导小组|工作组)$")) return true;
        char next = p.end() < text.length() ? text.charAt(p.end()) : ' ';
        // 旗、苏木乡镇、嘎查村三级: 乡镇 is the word for townships, not a township's unit
        if (n.endsWith("乡") && next == '镇') return true;
        // 一名盟级领导: a unit before 级 is a rank (盟级, 县级), unless a known division stands before it
        if (next == '级' && levelOf(n) != null && !Chinese.isDomainWord(n, "ns")
                && !Chinese.isDomainWord(n.substring(0, n.length() - 1), "ns")) return true;
        // 从…至礼让镇: 至 is "to", not the first character of a known division's name
        if (n.startsWith("至") && Chinese.isDomainWord(n.substring(1), "ns")) return true;
        // 与所辖镇的…: the towns under a body, not a town named 所辖
        if (n.startsWith("所辖") || n.startsWith("下辖")) return true;
        // 强村富民集成改革: a slogan of strong villages and rich farmers, not a village
        if (n.endsWith("村") && (text.startsWith("富民", p.end()) || text.startsWith("共富", p.end()))) return true;
        // 党员联户、干部联村: people who pair with villages are no village's name
        if (n.matches("^(?:干部|党员|领导|群众|企业|机关|部门).{0,2}村$")) return true;
        // 县委改革办会同县行政审批局: 会同 after a body or a modal is the verb "together with", not 会同县
        if (n.startsWith("会同") && p.start() > 0 && "办局委部厅室处会院组站司队所要将应并须".indexOf(text.charAt(p.start() - 1)) >= 0)
            return true;
        // 积分超市乡镇全覆盖: a program's name before a unit word is not a place's
        if (Chinese.isDomainWord(n.replaceFirst("(?:市|县|区|镇|乡|村|街道)$", ""), "nz")) return true;
        return n.length() > 3 && CLAUSE_INSIDE.matcher(n).find();
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
        String head = w.replaceFirst("(?:省|自治区|市|盟|州|县|旗|区|镇|乡|街道|苏木|村|嘎查|社区|社|组)$", "");
        if (head.length() < 2 || Chinese.isCommonWord(head) || isProse(head)) return false;
        // 跑好几趟镇里: a count of trips or times is prose; 擦亮周村烧饼: a verb opens a clause, not a name
        if (COUNT_IN_HEAD.matcher(head).find()) return false;
        if (head.length() >= 3) {
            List<String> tags = Chinese.coreTags(head.substring(0, 2));
            if (!tags.isEmpty() && tags.stream().allMatch("v"::equals)) return false;
        }
        // 山区26县: a count of counties, not one
        if (!head.codePoints().allMatch(Character::isIdeographic)) return false;
        // 驻镇帮镇扶村, 百县千镇, 延伸到村: a unit word inside a slogan's words, or a verb of going or staying
        if (head.substring(1).matches(".*[县镇乡村].*") || head.matches(".*[到驻].*")) return false;
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0) return false;
        return true;
    }

    /**
     * A village named by an ordinary noun of two characters (花园村, 石板村, 狮子村), which is a name only where the
     * place it is written under or beside shows it: right after its township (古楼镇花园村), next in a list of
     * villages (青杠村、石板村) or right before a numbered group (花园村7社). Not a verb, an adjective or a word such
     * as 示范 or 试点 (改革示范村).
     */
    private static boolean nounVillage(String name) {
        if (!"village".equals(levelOf(name)) || !name.endsWith("村") || name.length() != 3) return false;
        String head = name.substring(0, 2);
        if (NOT_NAME_START.indexOf(head.charAt(0)) >= 0 || NOT_IN_NAME.indexOf(head.charAt(0)) >= 0
                || NOT_IN_NAME.indexOf(head.charAt(1)) >= 0 || COMMON_PLACE_WORDS.contains(name)) return false;
        List<String> tags = Chinese.coreTags(head);
        return !tags.isEmpty() && tags.stream().allMatch("n"::equals);
    }

    /** 米公街道春园社区: under its 街道 or town, a residents' community named by a word of its own. */
    private static boolean communityName(String name) {
        if (!name.endsWith("社区") || COMMON_PLACE_WORDS.contains(name)) return false;
        String head = name.substring(0, name.length() - 2);
        if (head.length() < 2 || head.length() > 4 || !head.codePoints().allMatch(Character::isIdeographic)
                || Chinese.isCommonWord(head) || NOT_NAME_START.indexOf(head.charAt(0)) >= 0) return false;
        for (int i = 0; i < head.length(); i++) if (NOT_IN_NAME.indexOf(head.charAt(i)) >= 0) return false;
        return true;
    }

    /** 六户镇永安村: under its township, a village may bear a word that names places elsewhere (永安, 和平). */
    private static boolean placeWordVillage(String name) {
        if (!name.endsWith("村") || name.length() != 3) return false;
        return Chinese.coreTags(name.substring(0, 2)).contains("ns");
    }

    /**
     * The village name ending at {@code end}: a noun of two characters with 村 (花园村), else the longest plausible
     * name of two to four characters with 村 (索卜滩村); null without one.
     */
    private static String villageEndingAt(String text, int end) {
        if (end >= 3 && nounVillage(text.substring(end - 3, end))) return text.substring(end - 3, end);
        for (int len = 5; len >= 3; len--) {
            if (end - len < 0) continue;
            String name = text.substring(end - len, end);
            // 其中柳泉峪村2组: a longer reading whose first character ends a word before it (其中) is not the name
            if (len > 3 && end - len > 0 && Chinese.isCommonWord(text.substring(end - len - 1, end - len + 1))) continue;
            if (name.codePoints().allMatch(Character::isIdeographic) && plausibleName(name)) return name;
        }
        // 塘边村5组, 马鞍山村2组: before its numbered group, a village may bear a word of place or position (塘边,
        // 马鞍山), the longest such word
        for (int len = 4; len >= 3; len--) {
            if (end < len || NOT_NAME_START.indexOf(text.charAt(end - len)) >= 0) continue;
            List<String> tags = Chinese.coreTags(text.substring(end - len, end - 1));
            if (!tags.isEmpty() && tags.stream().allMatch(t -> t.equals("s") || t.equals("ns") || t.equals("n") || t.equals("f")))
                return text.substring(end - len, end);
        }
        return null;
    }

    /**
     * True when a village ends right before the list mark before {@code start} (青杠村、石板村), or a township right
     * before the colon of a list of its villages (逍遥镇：石羊村).
     */
    private static boolean villageListedBefore(List<PlaceMention> found, int start) {
        for (PlaceMention p : found) {
            if (p.end() != start - 1) continue;
            if ("village".equals(levelOf(p.name())) || "township".equals(levelOf(p.name()))) return true;
        }
        return false;
    }

    /**
     * Ordinary words only, each of two characters or more: a phrase before a unit word, not a name
     * (全面推行村级…, 改革示范村). A proper name has a word HanLP does not know as ordinary (柳湾, 槐树坪).
     */
    private static boolean isProse(String head) {
        List<Chinese.Token> words = Chinese.placeTokens(head);
        if (words.size() < 2) return false;
        for (Chinese.Token t : words) if (t.word().length() < 2 || !Chinese.isCommonWord(t.word())) return false;
        return true;
    }

    /**
     * The length of an ordinary two-character word glued to the front of a place (在总结红岭镇、青江镇经验),
     * when what follows it is a name of its own; else 0.
     */
    private static int gluedWordLength(String name) {
        String level = levelOf(name);
        if (level == null || name.length() < 5) return 0;
        String lead = name.substring(0, 2);
        return Chinese.isCommonWord(lead) && plausibleName(name.substring(2)) ? 2 : 0;
    }

    /** The first name of a list read with the word before it (在柳湾): that word is dropped. */
    /** 在望都、蠡县两县: a preposition before a name the data knows with the list's unit (望都县), though 在望 is a word. */
    private static boolean knownAfterLead(String first, String unit) {
        return first.length() == 3 && LIST_LEAD.indexOf(first.charAt(0)) >= 0 && Chinese.isDomainWord(first.substring(1) + unit, "ns");
    }

    private static boolean leadsList(String first) {
        return first.length() == 3 && LIST_LEAD.indexOf(first.charAt(0)) >= 0 && !Chinese.isCommonWord(first.substring(0, 2));
    }

    /**
     * How many characters before a list belong to its first name, when every name is written with the list's
     * unit word (在青山沟镇、虎山镇两个镇, 以日月藏族乡、和平乡两个乡): such a name runs back to the word that introduces
     * it, at most six characters in all, and not back over a verb (在总结景村镇、古城镇两镇); -1 when the names lack
     * the unit word.
     */
    private static int ownUnitExtension(String text, int pos, String[] parts, String unit) {
        if (unit.length() != 1) return -1;
        for (String part : parts) if (!part.endsWith(unit)) return -1;
        int from = pos;
        while (from > 0 && pos + parts[0].length() - from < 6 && RuleSupport.isHan(text.charAt(from - 1))
                && LIST_LEAD.indexOf(text.charAt(from - 1)) < 0 && NOT_IN_NAME.indexOf(text.charAt(from - 1)) < 0) from--;
        // stop at a place written before the list (宽甸满族自治县青山沟镇): its unit word ends it
        for (int i = from; i < pos; i++) if (UNIT_BEFORE_LIST.indexOf(text.charAt(i)) >= 0) from = i + 1;
        // and after a verb (在总结景村镇、古城镇两镇): what it governs starts after it
        if (from < pos) {
            // segmented with the word before, which keeps HanLP from reading across the verb (总|结石)
            int at = Math.max(0, from - 1), end = pos + parts[0].length();
            for (Chinese.Token t : Chinese.tokens(text.substring(at, end))) {
                int verbEnd = at + t.offset() + t.word().length();
                if (t.tag().startsWith("v") && t.word().length() >= 2 && verbEnd > from && verbEnd <= pos) from = verbEnd;
            }
        }
        return from < pos && (from == 0 || !RuleSupport.isHan(text.charAt(from - 1)) || LIST_LEAD.indexOf(text.charAt(from - 1)) >= 0
                || NOT_IN_NAME.indexOf(text.charAt(from - 1)) >= 0 || UNIT_BEFORE_LIST.indexOf(text.charAt(from - 1)) >= 0) ? pos - from : 0;
    }

    /** Unit words that end the place written before a list (儋州市木棠、峨蔓两镇, 该乡前楼、后楼两个村). */
    private static final String UNIT_BEFORE_LIST = "市县乡镇区村州旗";

    /**
     * The first name of a list read with the last character before it, where every other name is two characters
     * long: the unit word of the place the list is under (儋州市木棠、峨蔓两镇) or the end of a word (带动英安、板石两镇,
     * 听取利通、红寺堡两区).
     */
    private static boolean gluedToList(String text, int pos, String[] parts) {
        if (parts[0].length() != 3) return false;
        if (UNIT_BEFORE_LIST.indexOf(parts[0].charAt(0)) >= 0) {
            for (int i = 1; i < parts.length; i++) if (parts[i].length() != 2) return false;
            return true;
        }
        return pos > 0 && Chinese.isCommonWord(text.substring(pos - 1, pos + 1))
                && !Chinese.isCommonWord(parts[0].substring(1));
    }

    /**
     * A listed part's name: with the list's unit word (柳湾 + 村, 顺昌 + 县); as written where the unit says only
     * "places" (邵武、顺昌等地).
     */
    private static String listedName(String part, String unit) {
        // 火田、马铺两个乡镇: each is a town or a township, whichever the division data knows (else neither)
        if (unit.equals("乡镇")) {
            if (Chinese.isDomainWord(part + "镇", "ns")) return part + "镇";
            return Chinese.isDomainWord(part + "乡", "ns") ? part + "乡" : null;
        }
        if (unit.equals("城区")) return part + "区"; // 柳南、鱼峰两个城区: districts of a city
        if (unit.equals("县级市")) return part.endsWith("市") ? part : part + "市"; // 海城、东港两个县级市
        // 西江镇、丹江镇两镇: a part written with its unit keeps it once
        // 湖镇、詹家两镇: a town whose name ends with its unit word (湖镇镇) is written without the unit
        if (part.endsWith(unit) && !PLACES_UNIT.contains(unit) && Chinese.isDomainWord(part + unit, "ns")) return part + unit;
        return PLACES_UNIT.contains(unit) || part.endsWith(unit) ? part : part + unit;
    }

    /** Numbered groups (三、四社) from {@code pos}, each under {@code parent} when that is known. */
    private static void addGroups(Sentence s, int pos, String groups, String parent, List<PlaceMention> out) {
        String unit = groups.substring(groups.length() - 1);
        for (String number : groups.substring(0, groups.length() - 1).split("、")) {
            out.add(new PlaceMention(s, pos, pos + number.length(), number + unit, "group", parent, "place.numbered-group"));
            pos += number.length() + 1;
        }
    }

    private static PlaceMention zoneEndingAt(List<PlaceMention> found, int pos) {
        PlaceMention before = null;
        for (PlaceMention o : found) if ("zone".equals(o.levelHint()) && o.end() == pos) before = o;
        return before;
    }

    /** Places written right after a place, each under the one before: 吉格斯太镇张义城窑村西张社. */
    private static void chainAfter(Sentence s, String text, int pos, String parent, List<PlaceMention> out, Taken taken) {
        // a division written under one (宜宾市长宁县), where HanLP may read across them (宜宾|市长|宁县)
        String division = divisionNameAt(text, pos);
        if (division != null && !taken.overlaps(pos, pos + division.length())) {
            out.add(new PlaceMention(s, pos, pos + division.length(), division, levelOf(division), parent, "place.chain"));
            taken.mark(pos, pos + division.length());
            chainAfter(s, text, pos + division.length(), division, out, taken);
            return;
        }
        Matcher c = CHAIN.matcher(text.substring(pos));
        if (!c.find() || c.end() == 0) return;
        // 六户镇永安村推行乡村治理: a "town" read across the village and a verb (永安村推行乡) leaves the village to read
        if (c.group("town") != null && c.group("town").indexOf('村') >= 0) {
            c = VILLAGE_CHAIN.matcher(text.substring(pos));
            if (!c.find() || c.end() == 0) return;
        }
        for (String g : new String[]{"town", "village", "group"}) {
            if (c.group(g) == null || c.group(g).isEmpty()) continue;
            int start = pos + c.start(g), end = pos + c.end(g);
            if (g.equals("group") && c.group(g).matches(GROUP_NUMBER + "(?:、" + GROUP_NUMBER + ")*[社组]")) {
                // numbered groups are named only by the village they are written under
                if (taken.overlaps(start, end) || parent == null || !"village".equals(levelOf(parent))) return;
                addGroups(s, start, c.group(g), parent, out);
                taken.mark(start, end);
                return;
            }
            // under its township, 下 opens a village's name (滨湖镇下三工村) as it does not in prose (送医下乡)
            boolean underTownship = g.equals("village") && parent != null && "township".equals(levelOf(parent));
            boolean named = plausibleName(c.group(g)) || (underTownship && (nounVillage(c.group(g)) || placeWordVillage(c.group(g))
                    || communityName(c.group(g))
                    || (c.group(g).startsWith("下") && c.group(g).length() >= 4 && plausibleName(c.group(g).substring(1)))));
            if (taken.overlaps(start, end) || !named) return;
            out.add(new PlaceMention(s, start, end, c.group(g), levelOf(c.group(g)), parent, "place.chain"));
            taken.mark(start, end);
            parent = c.group(g);
        }
    }

    /** The longest full division name of six to twelve characters starting at pos (民和回族土族自治县), or null. */
    private static String longDivisionNameAt(String text, int pos) {
        for (int len = Math.min(12, text.length() - pos); len >= 6; len--) {
            String w = text.substring(pos, pos + len);
            if (Chinese.isDomainWord(w, "ns") && levelOf(w) != null) return w;
        }
        return null;
    }

    /** The longest full division name of the domain dictionary starting at pos (长宁县), or null. */
    private static String divisionNameAt(String text, int pos) {
        for (int len = Math.min(7, text.length() - pos); len >= 3; len--) {
            String w = text.substring(pos, pos + len);
            if (Chinese.isDomainWord(w, "ns") && levelOf(w) != null) return w;
        }
        return null;
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
     * Where a zone's name starts: at the first place name inside the words before its zone word and after the
     * last verb or function word there (深圳经济特区, 中蒙二连浩特—扎门乌德经济合作区, 西部（重庆）科学城 from
     * the word before the bracket); else at the name before a pair of region abbreviations (南湾深港现代物流合作区);
     * else at a two-character name right before a common zone word (推广翠湖新区, 芦台开发区); or at the zone word
     * itself when it is specific and opens a clause (经济开发区作为…); -1 when the words before it are no name
     * (记者走进开发区).
     */
    private static int zoneNameStart(String text, int start, int end, String suffix) {
        int suffixStart = end - suffix.length();
        int clause = Math.max(start, clauseBreakBefore(text, start, suffixStart));
        int named = placeNameStart(text, clause, suffixStart);
        // 工业园区, 产业集聚区 and 园区 are generic words: only a division's name right before them, with at most a
        // few words saying what the park is for, makes a zone's name (海东工业园区, 安福工业园区, 西充县现代农业园区)
        if (PARK_WORDS.contains(suffix)) return divisionHeadStart(text, start, suffixStart, true);
        if (named >= 0) return named;
        // 把射洪经济技术开发区: a county's short name HanLP cuts apart (射|洪) still heads the zone
        int head = divisionHeadStart(text, clause, suffixStart, false);
        if (head >= 0) return head;
        int pair = regionPairNameStart(text, start, suffixStart);
        if (pair >= 0) return pair;
        if (BARE_HEAD_ZONE_WORDS.contains(suffix) && suffixStart - 2 >= start && nameLikeWords(text, suffixStart - 2, suffixStart)
                && !Chinese.isCommonWord(text.substring(suffixStart - 2, suffixStart))) return suffixStart - 2;
        boolean opensClause = suffixStart == 0 || "，,。；;：:、“\"（(《 ".indexOf(text.charAt(suffixStart - 1)) >= 0;
        return opensClause && SPECIFIC_ZONE_WORDS.contains(suffix) ? suffixStart : -1;
    }

    private static final Set<String> PARK_WORDS = Set.of("工业园区", "产业园区", "工业园", "产业园", "产业集聚区", "工业集中区",
            "现代农业园区", "农业科技园区");

    /**
     * Where a division's name starts that heads a zone word at suffixStart, directly or across the national
     * designation (安福|工业园区, 射洪|经济技术开发区, 昌吉|国家|农业科技园区), or -1. The name is a place of the
     * domain dictionary, or the short name of a county, city or province that is no ordinary word (安福 for
     * 安福县); it starts a word of the text, so 阳山 inside 太阳山 is none. Township short names are too ambiguous
     * to head a zone alone, and words between a place and a park word (临港, 数字经济) make a description, not a name.
     */
    private static int divisionHeadStart(String text, int from, int suffixStart, boolean park) {
        int end = text.startsWith("国家", suffixStart - 2) ? suffixStart - 2 : suffixStart;
        Map<Integer, Chinese.Token> wordAt = new HashMap<>();
        for (Chinese.Token t : Chinese.placeTokens(text)) wordAt.put(t.offset(), t);
        int head = divisionEndingAt(text, from, end, wordAt);
        if (head < 0) return -1;
        // 重庆梁平工业园区, 吴忠金积工业园区: the province or city written before the county is part of the name
        for (int before; head > from && (before = divisionEndingAt(text, from, head, wordAt)) >= 0; ) head = before;
        // 柴达木循环经济试验区格尔木工业园: a park right after a zone is that zone's part, no zone of its own
        return park && head > 0 && text.charAt(head - 1) == '区' ? -1 : head;
    }

    /** Where a division's name (or a county's or city's short name) starts that ends at end and starts a word, or -1. */
    private static int divisionEndingAt(String text, int from, int end, Map<Integer, Chinese.Token> wordAt) {
        for (int len = Math.min(6, end - from); len >= 2; len--) {
            int i = end - len;
            String w = text.substring(i, end);
            Chinese.Token word = wordAt.get(i);
            if (word == null) continue;
            // 昌吉 is also an ordinary word to HanLP, but not where its tagger reads this very word as a place
            boolean taggedPlace = word.word().equals(w) && word.tag().startsWith("ns");
            if (Chinese.isDomainWord(w, "ns") || countyOrAboveShortName(w, taggedPlace)) return i;
        }
        return -1;
    }

    private static boolean countyOrAboveShortName(String w, boolean taggedPlace) {
        if (w.length() > 3 || (!taggedPlace && Chinese.isCommonWord(w)) || w.matches(".*(?:县|市|区|省|旗|州)$")) return false;
        for (var d : org.reformkg.resolve.Gazetteer.get().lookup(w))
            if (!d.level().equals("township") && !d.level().equals("zone") && !d.level().equals("other")) return true;
        return false;
    }

    /** Zone words common enough that a two-character name before them is the whole name: 翠湖新区, 芦台开发区. */
    private static final Set<String> BARE_HEAD_ZONE_WORDS = Set.of("新区", "开发区", "高新区", "综合保税区", "保税区",
            "经济开发区", "经济技术开发区", "高新技术产业开发区");

    /** Words that are no part of a name: verbs, adverbs, pronouns, numerals, prepositions, conjunctions, particles, punctuation. */
    private static boolean breaksName(Chinese.Token t) {
        return t.tag().matches("^(?:v|p|c|u|w|d|r|m|q|f|t|y|e|o).*");
    }

    /**
     * The end of the last verb, preposition, conjunction, particle or punctuation in [start, to - 2), or start
     * (唐山市推动曹妃甸新区: after 推动). Brackets and dashes join the parts of a name (西部（重庆）, 二连浩特—扎门乌德).
     */
    private static int clauseBreakBefore(String text, int start, int to) {
        int cut = start;
        for (Chinese.Token t : Chinese.placeTokens(text)) {
            int tEnd = t.offset() + t.word().length();
            if (t.offset() < start || tEnd > to - 2 || "（）()—-".contains(t.word())) continue;
            // 有 and 是 are verbs of one character that still end a clause's subject (我们盘锦有辽东湾新区)
            boolean verb = t.tag().startsWith("v") && (t.word().length() >= 2 || t.tag().equals("vyou") || t.tag().equals("vshi"));
            if (verb || t.tag().matches("^(?:p|c|u|w).*")) cut = tEnd;
        }
        return cut;
    }

    /** True when [from, to) is made of whole words of the text, none of them a verb or function word. */
    private static boolean nameLikeWords(String text, int from, int to) {
        boolean startsWord = false, endsWord = false;
        for (Chinese.Token t : Chinese.placeTokens(text)) {
            int tEnd = t.offset() + t.word().length();
            if (t.offset() == from) startsWord = true;
            if (tEnd == to) endsWord = true;
            if (t.offset() < to && tEnd > from && (breaksName(t) || t.offset() < from || tEnd > to)) return false;
        }
        if (!startsWord || !endsWord || NOT_NAME_START.indexOf(text.charAt(from)) >= 0) return false;
        for (int i = from; i < to; i++) if (NOT_IN_NAME.indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /**
     * Where a zone's name that holds a pair of region abbreviations starts: at the pair when it opens the clause
     * (，中蒙二连浩特—扎门乌德经济合作区), else at the two-character name before it (南湾深港现代物流合作区); -1 without one.
     */
    private static int regionPairNameStart(String text, int start, int suffixStart) {
        int clause = clauseBreakBefore(text, start, suffixStart);
        for (int i = start; i + 2 <= suffixStart; i++) {
            if (REGION_ABBREVIATIONS.indexOf(text.charAt(i)) < 0 || REGION_ABBREVIATIONS.indexOf(text.charAt(i + 1)) < 0) continue;
            if (i == clause && (i == 0 || !Character.isIdeographic(text.charAt(i - 1)))) return i;
            if (i - 2 >= start && nameLikeWords(text, i - 2, i)) return i - 2;
        }
        return -1;
    }

    /** The first place name of the data in [start, suffixStart), the name's start as {@link #zoneNameStart} reads it, or -1. */
    private static int placeNameStart(String text, int start, int suffixStart) {
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
        return -1;
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
        if (name.endsWith("社区")) return "village"; // before 区: a residents' community, not a district
        if (name.endsWith("省") || name.endsWith("自治区")) return "province";
        if (name.endsWith("市") || name.endsWith("盟") || name.endsWith("州")) return "city";
        if (name.endsWith("县") || name.endsWith("旗") || name.endsWith("区")) return "county";
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道") || name.endsWith("苏木")) return "township";
        if (name.endsWith("村") || name.endsWith("嘎查") || name.endsWith("社区")) return "village";
        if (name.endsWith("社") || name.endsWith("组")) return "group";
        return null;
    }


}

package org.reformkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformkg.extract.PlaceMention;
import org.reformkg.resolve.Gazetteer.Division;

/**
 * Resolves place mentions to regions. A name the division data knows resolves to its division
 * (short and full names to one node; ambiguous names by the other divisions the text names), with
 * its code, level and parent, and every ancestor up to the province comes along from the data. A
 * name it does not know (villages, groups, zones) keeps its written form, takes its level from its
 * last word and its parent from the place it is written under, else from the nearest place of a
 * higher level named before it.
 */
public final class RegionResolver {
    private RegionResolver() {}

    private static final List<String> ORDER = List.of("province", "city", "county", "township", "village", "group");

    /** Regions of one source, and the region key of each mention. */
    public record Result(List<Resolution.Region> regions, Map<PlaceMention, String> keyOf) {}

    public static Result resolve(List<PlaceMention> mentions, Gazetteer gazetteer) {
        List<Division> context = new ArrayList<>();
        for (PlaceMention p : mentions) {
            List<Division> c = gazetteer.lookup(p.name());
            if (c.size() == 1) context.add(c.get(0));
        }
        Map<String, Builder> regions = new LinkedHashMap<>();
        Map<PlaceMention, String> keyOf = new LinkedHashMap<>();
        Map<String, String> keyByName = new LinkedHashMap<>();
        List<PlaceMention> earlier = new ArrayList<>();
        for (PlaceMention p : mentions) {
            Division d = divisionOrWrittenOut(p, gazetteer, context, mentions);
            Evidence ev = new Evidence(p.sentence(), p.rule(), d != null ? 0.9 : 0.7);
            String key;
            if (d != null) {
                key = divisionKey(d);
                String name = d.level().equals("zone") ? zoneName(p.name(), d) : d.name();
                Builder b = regions.computeIfAbsent(key, k -> new Builder(k, name, d.level(), d.code(), ev));
                b.surfaces.add(p.name());
                b.mentioned = true;
                addAncestors(d, gazetteer, regions, ev);
                if (d.parentCode() != null) b.parentKey = "division|" + d.parentCode();
            } else {
                String level = p.levelHint() != null ? p.levelHint() : "other";
                if (p.levelHint() == null) {
                    earlier.add(p);
                    continue; // neither the data nor its own form says it is an administrative place
                }
                String parentKey = parentOf(p, level, keyByName, earlier, mentions, gazetteer, context, regions);
                String canonical = level.equals("zone") ? writtenOutZone(p.name().replace('(', '（').replace(')', '）'), mentions)
                        : level.equals("group") ? canonicalGroupName(p.name(), parentKey, regions) : p.name();
                key = "place|" + canonical + "|" + (parentKey == null ? "" : parentKey);
                Builder b = regions.computeIfAbsent(key, k -> new Builder(k, canonical, level, null, ev));
                b.surfaces.add(p.name());
                b.mentioned = true;
                b.parentKey = parentKey;
            }
            keyOf.put(p, key);
            keyByName.put(p.name(), key);
            earlier.add(p);
        }
        List<Resolution.Region> out = new ArrayList<>();
        for (Builder b : regions.values()) out.add(b.build());
        return new Result(out, keyOf);
    }

    /**
     * The division a mention names. A zone written short (芦台开发区) is the zone of the data it shortens, under a
     * place the text names. A county or city under a unit word the data does not give it (邵武县 in 邵武、顺昌两县,
     * one unit word for a list) is the division of its short name at the same level (邵武市).
     */
    private static Division divisionOrWrittenOut(PlaceMention p, Gazetteer gazetteer, List<Division> context, List<PlaceMention> mentions) {
        Division d = divisionOf(p, gazetteer, context);
        if (d != null || !"zone".equals(p.levelHint())) return d;
        // 在安宁、嵩明两个片区 in a text that names no free trade zone: areas of the places listed (安宁市, 嵩明县)
        if (p.rule().equals("place.free-trade-area-list") && freeTradeZoneName(p.name(), mentions) == null)
            return gazetteer.resolve(p.name().substring(0, p.name().length() - 2), context);
        // a zone the text also writes out in full (中卫工业园 and 中卫工业园区) is the division the full name is
        String full = writtenOutZone(p.name(), mentions);
        return full.equals(p.name()) ? null : gazetteer.resolve(full, context);
    }

    private static Division divisionOf(PlaceMention p, Gazetteer gazetteer, List<Division> context) {
        Division d = gazetteer.resolve(p.name(), context);
        if (d != null || p.levelHint() == null) return d;
        if (p.levelHint().equals("zone")) return gazetteer.zoneByShortName(p.name(), context);
        if (!p.levelHint().equals("county") || p.name().length() < 3) return null;
        Division bare = gazetteer.resolve(p.name().substring(0, p.name().length() - 1), context);
        return bare != null && bare.level().equals(p.levelHint()) ? bare : null;
    }

    /**
     * A zone's official form: full-width brackets (西部（重庆）科学城) and the common abbreviations of the zone
     * word written out (重庆高新区 → 重庆高新技术产业开发区, …经开区 → …经济技术开发区).
     */
    static String canonicalZoneName(String name) {
        String n = name.replace('(', '（').replace(')', '）');
        String official = NationalZones.get().officialName(n);
        return official != null ? official : n;
    }

    /**
     * The name of a zone the division data knows: the official name of the national zone the text or the data
     * writes short (葛店开发区 → 葛店经济技术开发区; the data's 吉林经济开发区 for 吉林经开区 → 吉林经济技术开发区),
     * else the data's name.
     */
    static String zoneName(String written, Division d) {
        NationalZones national = NationalZones.get();
        for (String form : List.of(written, d.name())) {
            String official = national.officialName(form);
            if (official != null && national.isNational(official)) return official;
        }
        return d.name();
    }

    /**
     * 准东开发区 in a text that also writes 准东经济技术开发区: the zone written short is the one the text writes out;
     * else its official form ({@link #canonicalZoneName}).
     */
    static String writtenOutZone(String name, List<PlaceMention> mentions) {
        String freeTrade = freeTradeZoneName(name, mentions);
        if (freeTrade != null) return freeTrade;
        // 梁平工业园区 in a text that also writes 重庆梁平工业园区: the same zone, without the short name of its
        // province or city in front; a full name in front (海东市河湟新区) only says where the zone lies
        for (PlaceMention o : mentions) {
            String n = o.name();
            // 中卫工业园 in a text that also writes 中卫工业园区
            if (name.endsWith("园") && n.equals(name + "区")) return n;
            if (!"zone".equals(o.levelHint()) || n.length() <= name.length() || !n.endsWith(name) || name.length() < 4) continue;
            String before = n.substring(0, n.length() - name.length());
            if (Gazetteer.get().lookup(before).stream()
                    .anyMatch(d -> !d.name().equals(before) && !d.level().equals("zone") && !d.level().equals("other"))) return n;
        }
        String word = name.endsWith("经开区") ? "经开区" : name.endsWith("高新区") ? "高新区" : name.endsWith("开发区") ? "开发区" : null;
        if (word == null) return canonicalZoneName(name);
        String head = name.substring(0, name.length() - word.length());
        String spelled = switch (word) {
            case "经开区" -> "(?:经济技术|经济)开发区";
            case "高新区" -> "高新技术产业开发区";
            default -> "(?:经济技术|高新技术产业|经济)开发区";
        };
        for (PlaceMention o : mentions) {
            String n = o.name();
            if ("zone".equals(o.levelHint()) && n.length() > name.length() && n.startsWith(head)
                    && n.substring(head.length()).matches(spelled)) return n;
        }
        return canonicalZoneName(name);
    }

    private static final java.util.regex.Pattern FREE_TRADE_ZONE = java.util.regex.Pattern.compile("中国（(\\p{IsHan}{2,3})）自由贸易试验区");
    private static final java.util.regex.Pattern SHORT_FREE_TRADE_ZONE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,3})自贸试验区");

    /**
     * A free trade zone or one of its areas by its official name: 广西自贸试验区 is 中国（广西）自由贸易试验区, and an
     * area written without its zone (霍尔果斯片区, 营口自贸片区, 自贸试验区崇左片区) is the area of the one free trade
     * zone the text names (中国（新疆）自由贸易试验区霍尔果斯片区); null when the name is neither, or the text names
     * no zone or several.
     */
    static String freeTradeZoneName(String name, List<PlaceMention> mentions) {
        java.util.regex.Matcher shortForm = SHORT_FREE_TRADE_ZONE.matcher(name);
        if (shortForm.matches()) return provinceShortName(shortForm.group(1)) ? "中国（" + shortForm.group(1) + "）自由贸易试验区" : null;
        if (!name.endsWith("片区") || name.startsWith("中国")) return null;
        // 爱辉区和自贸试验区黑河片区: the area's own name follows the last zone word
        String area = name.replaceFirst("^.*(?:自贸试验区|自由贸易试验区)", "").replaceFirst("(?:自贸)?片区$", "");
        if (area.length() < 2) return null;
        Set<String> zones = new LinkedHashSet<>();
        for (PlaceMention o : mentions) {
            String n = o.name().replace('(', '（').replace(')', '）');
            java.util.regex.Matcher full = FREE_TRADE_ZONE.matcher(n);
            java.util.regex.Matcher written = SHORT_FREE_TRADE_ZONE.matcher(n);
            if (full.lookingAt()) zones.add(full.group());
            else if (written.matches() && provinceShortName(written.group(1))) zones.add("中国（" + written.group(1) + "）自由贸易试验区");
        }
        return zones.size() == 1 ? zones.iterator().next() + area + "片区" : null;
    }

    private static boolean provinceShortName(String s) {
        return Gazetteer.get().lookup(s).stream().anyMatch(d -> d.level().equals("province"));
    }

    /**
     * A group numbered in digits (3组, 7社) is named with its village (凤凰村3组), since the number alone names a group
     * in every village; a group with a name of its own (李家组) or numbered in words (五社) keeps its written form.
     */
    static String canonicalGroupName(String name, String parentKey, Map<String, Builder> regions) {
        if (!name.matches("[0-9]{1,2}[社组]") || parentKey == null) return name;
        Builder village = regions.get(parentKey);
        return village != null && village.level.equals("village") ? village.name + name : name;
    }

    public static String divisionKey(Division d) {
        return "division|" + d.code();
    }

    private static void addAncestors(Division d, Gazetteer gazetteer, Map<String, Builder> regions, Evidence ev) {
        for (Division a : gazetteer.ancestors(d)) {
            Evidence data = new Evidence(ev.sentence(), "region.ancestor-from-division-data", 1.0);
            Builder b = regions.computeIfAbsent(divisionKey(a), k -> new Builder(k, a.name(), a.level(), a.code(), data));
            if (a.parentCode() != null) b.parentKey = "division|" + a.parentCode();
        }
    }

    /** The place a non-division is under: the one it is written under, else the nearest higher place before it. */
    private static String parentOf(PlaceMention p, String level, Map<String, String> keyByName, List<PlaceMention> earlier,
                                   List<PlaceMention> all, Gazetteer gazetteer, List<Division> context,
                                   Map<String, Builder> regions) {
        if (p.parentName() != null) {
            String k = keyByName.get(p.parentName());
            if (k != null) return k;
            // 开发区兰街村: a bare 开发区 is the zone the text is about
            for (Map.Entry<String, String> e : keyByName.entrySet())
                if (e.getKey().endsWith(p.parentName())) return e.getValue();
        }
        if (level.equals("zone")) {
            // 深圳经济特区 lies in 深圳市: the longest division name at the head of the zone's name
            for (int len = Math.min(p.name().length() - 2, 8); len >= 2; len--) {
                Division d = gazetteer.resolve(p.name().substring(0, len), context);
                if (d != null) {
                    addAncestorsAndSelf(d, gazetteer, regions, new Evidence(p.sentence(), "region.zone-named-after", 0.8));
                    return divisionKey(d);
                }
            }
            return null;
        }
        int rank = ORDER.indexOf(level);
        if (rank <= 0) return null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            PlaceMention e = earlier.get(i);
            if (p.sentence().index() - e.sentence().index() > 30) break;
            String k = keyByName.get(e.name());
            Builder b = k == null ? null : regions.get(k);
            if (b == null) continue;
            int r = ORDER.indexOf(b.level);
            // a zone holds villages and towns (开发区兰街村), not counties
            if ((b.level.equals("zone") && rank >= ORDER.indexOf("township")) || (r >= 0 && r < rank)) return k;
        }
        return null;
    }

    private static void addAncestorsAndSelf(Division d, Gazetteer gazetteer, Map<String, Builder> regions, Evidence ev) {
        Builder self = regions.computeIfAbsent(divisionKey(d), k -> new Builder(k, d.name(), d.level(), d.code(), ev));
        if (d.parentCode() != null) self.parentKey = "division|" + d.parentCode();
        addAncestors(d, gazetteer, regions, ev);
    }

    private static final class Builder {
        final String key, name, level, code;
        final Evidence evidence;
        final Set<String> surfaces = new LinkedHashSet<>();
        String parentKey;
        boolean mentioned;

        Builder(String key, String name, String level, String code, Evidence evidence) {
            this.key = key;
            this.name = name;
            this.level = level;
            this.code = code;
            this.evidence = evidence;
        }

        Resolution.Region build() {
            List<String> aliases = new ArrayList<>(surfaces);
            aliases.remove(name);
            return new Resolution.Region(key, name, level, code, parentKey, aliases, mentioned, evidence);
        }
    }
}

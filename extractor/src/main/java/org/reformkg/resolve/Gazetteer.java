package org.reformkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative divisions of China, province to township, from the bundled
 * {@code reformkg/divisions/divisions.tsv} (national statistics codes; provenance in that folder's README.md)
 * and the curated {@code aliases.tsv}.
 *
 * <p>Every division is one {@link Division}; its names resolve to it: the full name (达拉特旗), the short names
 * derived by rule (达拉特; 内蒙古 for 内蒙古自治区, 延边 and 延边州 for 延边朝鲜族自治州) and the curated aliases
 * (达茂旗). One-character province abbreviations (京, 蒙) are opt-in, through {@link #abbreviation}.
 *
 * <p>Loads once, on the first {@link #get()}; an instance is immutable, so every method is safe to call from
 * any number of threads.
 */
public final class Gazetteer {

    /** The levels of a region, broadest first: the values of {@link Division#level()} and of rk:level. */
    public static final List<String> LEVELS =
            List.of("province", "city", "county", "township", "village", "group", "zone", "other");

    /**
     * One administrative division.
     *
     * @param code       GB/T 2260 code (six digits) down to county level, nine-digit statistics code below
     * @param name       the full official name (达尔罕茂明安联合旗)
     * @param level      one of {@link #LEVELS}; municipalities are {@code province}, districts and county-level
     *                   cities {@code county}
     * @param parentCode the code of the division it belongs to, or null for a province
     */
    public record Division(String code, String name, String level, String parentCode) {
        public Division {
            if (code == null || code.isEmpty() || name == null || name.isEmpty())
                throw new IllegalArgumentException("a division needs a code and a name");
            if (!LEVELS.contains(level)) throw new IllegalArgumentException("unknown level " + level + " of " + name);
            if (parentCode != null && (parentCode.isEmpty() || parentCode.equals(code)))
                throw new IllegalArgumentException("bad parent " + parentCode + " of " + code);
        }
    }

    static final String DIVISIONS = "/reformkg/divisions/divisions.tsv";
    static final String ALIASES = "/reformkg/divisions/aliases.tsv";

    private static final String OFFICIAL = "official";
    private static final String PROVINCE_ABBR = "province-abbr";

    /** Broadest level first, then code: the order of every list this class returns. */
    private static final Comparator<Division> ORDER =
            Comparator.comparingInt((Division d) -> LEVELS.indexOf(d.level())).thenComparing(Division::code);

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byFullName;
    private final Map<String, List<Division>> byShortName;
    private final Map<String, Division> abbreviations;
    private final Set<String> allNames;

    private Gazetteer(Map<String, Division> byCode, List<String[]> aliases) {
        this.byCode = Map.copyOf(byCode);
        Map<String, List<Division>> full = new HashMap<>();
        Map<String, List<Division>> shorter = new HashMap<>();
        for (Division d : byCode.values()) {
            full.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            for (String s : shortNames(d)) shorter.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
        }
        Map<String, Division> abbr = new HashMap<>();
        for (String[] a : aliases) {
            Division d = byCode.get(a[1]);
            if (a[3].equals(PROVINCE_ABBR)) abbr.put(a[0], d);
            else shorter.computeIfAbsent(a[0], k -> new ArrayList<>()).add(d);
        }
        this.byFullName = frozen(full);
        this.byShortName = frozen(shorter);
        this.abbreviations = Map.copyOf(abbr);
        Set<String> names = new TreeSet<>(full.keySet());
        names.addAll(shorter.keySet());
        this.allNames = Collections.unmodifiableSet(names);
    }

    /** The gazetteer of the bundled data, loaded on first use. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** Initialization-on-demand: the JVM loads the data once, on first access, and publishes it safely. */
    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private static Gazetteer load() {
        try (BufferedReader divisions = resource(DIVISIONS); BufferedReader aliases = resource(ALIASES)) {
            return read(divisions, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled division data", e);
        }
    }

    private static BufferedReader resource(String path) {
        InputStream in = Gazetteer.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing classpath resource " + path);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads division rows ({@code code, name, level, parent_code}) and alias rows ({@code alias, code, name, kind});
     * each starts with its header line, may have {@code #} comment lines, and is tab-separated.
     *
     * @throws IllegalStateException naming the line when a row is malformed, a parent or an alias's code is
     *                               unknown, an alias's name is not its code's name, or parents form a cycle
     */
    static Gazetteer read(BufferedReader divisions, BufferedReader aliases) throws IOException {
        Map<String, Division> byCode = new HashMap<>();
        for (Row r : rows(divisions, "divisions", "code", "name", "level", "parent_code")) {
            try {
                Division d = new Division(r.f[0], r.f[1], r.f[2], r.f[3].isEmpty() ? null : r.f[3]);
                if (byCode.put(d.code(), d) != null) throw r.error("duplicate code " + d.code());
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        for (Division d : byCode.values()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Division p = d; p.parentCode() != null; ) {
                if (!seen.add(p.code())) throw new IllegalStateException("divisions: parent cycle through " + seen);
                Division up = byCode.get(p.parentCode());
                if (up == null) throw new IllegalStateException("divisions: unknown parent " + p.parentCode() + " of " + p.code());
                p = up;
            }
        }
        List<String[]> aliasRows = new ArrayList<>();
        for (Row r : rows(aliases, "aliases", "alias", "code", "name", "kind")) {
            Division d = byCode.get(r.f[1]);
            if (d == null) throw r.error("unknown code " + r.f[1]);
            if (!d.name().equals(r.f[2])) throw r.error("code " + r.f[1] + " is " + d.name() + ", not " + r.f[2]);
            if (r.f[3].equals(PROVINCE_ABBR)) {
                if (r.f[0].length() != 1 || !d.level().equals("province")) throw r.error("not a one-character province abbreviation");
            } else if (!r.f[3].equals(OFFICIAL)) {
                throw r.error("unknown kind " + r.f[3]);
            }
            aliasRows.add(r.f);
        }
        return new Gazetteer(byCode, aliasRows);
    }

    private record Row(String file, int line, String[] f) {
        IllegalStateException error(String why) {
            return new IllegalStateException(file + " line " + line + ": " + why);
        }
    }

    private static List<Row> rows(BufferedReader in, String file, String... header) throws IOException {
        List<Row> out = new ArrayList<>();
        boolean headerSeen = false;
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            Row r = new Row(file, n, f);
            if (f.length != header.length) throw r.error("expected " + header.length + " tab-separated fields");
            if (!headerSeen) {
                if (!List.of(f).equals(List.of(header))) throw r.error("expected header " + String.join(",", header));
                headerSeen = true;
                continue;
            }
            out.add(r);
        }
        if (!headerSeen) throw new IllegalStateException(file + ": empty");
        return out;
    }

    private static Map<String, List<Division>> frozen(Map<String, List<Division>> m) {
        Map<String, List<Division>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().distinct().sorted(ORDER).toList()));
        return Map.copyOf(out);
    }

    // ---- derived short names ----

    /** Ethnic groups as autonomous areas' names spell them: with 族, or for these, also without (蒙古自治州). */
    private static final String ETHNIC = "(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲"
            + "|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯"
            + "|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族|蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯|鄂伦春)";
    private static final Pattern ETHNIC_TAIL = Pattern.compile(ETHNIC + "+$");
    private static final Pattern AUTONOMOUS = Pattern.compile("^(.+)自治(区|州|县|旗)$");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(?:特别行政区|省|市)$");
    /** Two-character unit words first, so that 浦东新区 gives 浦东, not 浦东新. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(?:新区|林区|特区|矿区|地区|市|县|区|旗|盟|州)$");
    private static final Set<String> NAMED_LEVELS = Set.of("province", "city", "county");

    /**
     * The short names of a division by rule: 深圳市 → 深圳, 达拉特旗 → 达拉特, 广西壮族自治区 → 广西,
     * 延边朝鲜族自治州 → 延边 and 延边州. Only provinces, cities and counties get them: a township's or zone's
     * name without its unit word (城关, 经济开发) is no name. Never shorter than two characters.
     */
    static List<String> shortNames(Division d) {
        if (!NAMED_LEVELS.contains(d.level())) return List.of();
        String name = d.name();
        List<String> out = new ArrayList<>();
        Matcher auto = AUTONOMOUS.matcher(name);
        if (auto.matches()) {
            String core = auto.group(1);
            Matcher ethnic = ETHNIC_TAIL.matcher(core);
            String place = ethnic.find() ? core.substring(0, ethnic.start()) : core;
            // the ethnic group is the whole name (鄂伦春自治旗, 东乡族自治县): the group's name is the short name
            if (place.length() < 2) place = core.endsWith("族") ? core.substring(0, core.length() - 1) : core;
            out.add(place);
            if (!auto.group(2).equals("区")) out.add(place + auto.group(2)); // 延边州, 大厂县, 鄂伦春旗
        } else if (d.level().equals("province")) {
            out.add(PROVINCE_SUFFIX.matcher(name).replaceFirst(""));
        } else if (name.length() >= 3) {
            out.add(UNIT_SUFFIX.matcher(name).replaceFirst(""));
        }
        out.removeIf(s -> s.length() < 2 || s.equals(name));
        return out;
    }

    // ---- queries ----

    /** The division with this code (150000, 150621, 150621101), if any. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The divisions a name denotes: those whose full name it is; when none, those it is a derived short name or
     * an official alias of. Several when the name is ambiguous (朝阳区 in Beijing and in Changchun; 吉林 the
     * province and the city), broadest level first, then by code; empty for anything else (中国, 改革, 京).
     */
    public List<Division> lookup(String surface) {
        if (surface == null) return List.of();
        String s = surface.strip();
        List<Division> full = byFullName.get(s);
        return full != null ? full : byShortName.getOrDefault(s, List.of());
    }

    /** The province a one-character abbreviation stands for (京 → 北京市, 蒙 → 内蒙古自治区): opt-in, not in {@link #lookup}. */
    public Optional<Division> abbreviation(String surface) {
        return Optional.ofNullable(surface == null ? null : abbreviations.get(surface.strip()));
    }

    /** The divisions above this one, nearest first, ending with its province; empty for a province. */
    public List<Division> ancestors(Division d) {
        List<Division> out = new ArrayList<>();
        for (Division p = parent(d); p != null; p = parent(p)) out.add(p);
        return out;
    }

    private Division parent(Division d) {
        return d.parentCode() == null ? null : byCode.get(d.parentCode());
    }

    /**
     * The division a name denotes in a text about {@code context} (the places the text names, nearest first).
     * An unambiguous name gives its division. Among several, the first context division related to any candidate
     * picks the nearest of them in the tree (fewest steps to the common ancestor: 朝阳区 under 北京市 for context
     * 北京市; the city 吉林市 for context 船营区); later context divisions break a tie. With no deciding context the
     * one candidate of the broadest level wins (吉林 → 吉林省), else the name stays unresolved.
     *
     * @param context divisions in order of preference; may be null or empty, null elements are ignored
     * @return the division, or null when the name denotes none or cannot be decided
     */
    public Division resolve(String surface, Collection<Division> context) {
        List<Division> candidates = lookup(surface);
        if (candidates.size() <= 1) return candidates.isEmpty() ? null : candidates.get(0);
        for (Division c : context == null ? List.<Division>of() : context) {
            if (c == null) continue;
            List<String> cUp = upward(c);
            int best = Integer.MAX_VALUE;
            List<Division> nearest = new ArrayList<>();
            for (Division d : candidates) {
                int dist = distance(upward(d), cUp);
                if (dist < 0 || dist > best) continue;
                if (dist < best) nearest.clear();
                best = dist;
                nearest.add(d);
            }
            if (nearest.size() == 1) return nearest.get(0);
            if (!nearest.isEmpty()) candidates = nearest;
        }
        // candidates are sorted broadest first: a unique broadest one wins
        boolean broadestUnique = !candidates.get(0).level().equals(candidates.get(1).level());
        return broadestUnique ? candidates.get(0) : null;
    }

    /** Zone words as texts shorten them, each with the official words it may stand for. */
    private static final Map<String, List<String>> ZONE_WORD_EXPANSIONS = Map.of(
            "开发区", List.of("开发区", "经济开发区", "经济技术开发区", "高新技术产业开发区"),
            "高新区", List.of("高新区", "高新技术产业开发区"),
            "经开区", List.of("经济技术开发区"),
            "保税区", List.of("保税区", "综合保税区"),
            "综合保税区", List.of("综合保税区"),
            "新区", List.of("新区"));

    /**
     * The zone of the data a short zone name denotes in a text about {@code context}: 芦台开发区 in a text about
     * 唐山市 is 河北唐山芦台经济开发区. A zone matches when it lies under a context division and its name, without
     * the names of the divisions above it written at its head (河北, 唐山), is the short name's head followed by a
     * zone word the short name's zone word stands for (开发区 for 经济技术开发区).
     *
     * @return the one matching zone, or null when none or several match
     */
    public Division zoneByShortName(String written, Collection<Division> context) {
        if (written == null || context == null) return null;
        String word = ZONE_WORD_EXPANSIONS.keySet().stream().filter(written::endsWith).max(Comparator.comparingInt(String::length)).orElse(null);
        if (word == null || written.length() - word.length() < 2) return null;
        String head = written.substring(0, written.length() - word.length());
        Set<String> within = new LinkedHashSet<>();
        for (Division c : context) if (c != null) within.add(c.code());
        Division found = null;
        for (Division z : byCode.values()) {
            if (!z.level().equals("zone") || !z.name().contains(head)) continue;
            List<Division> up = ancestors(z);
            if (up.stream().noneMatch(a -> within.contains(a.code()))) continue;
            // 武清经济技术开发区 under 武清区: the zone's own head may be its district's short name
            String rest = z.name().startsWith(head) ? z.name() : withoutAncestorNames(z.name(), up);
            if (!rest.startsWith(head) || !ZONE_WORD_EXPANSIONS.get(word).contains(rest.substring(head.length()))) continue;
            if (found != null) return null;
            found = z;
        }
        return found;
    }

    /** A name without the full or short names of the given divisions written at its head: 河北唐山芦台… → 芦台…. */
    private static String withoutAncestorNames(String name, List<Division> ancestors) {
        for (boolean cut = true; cut; ) {
            cut = false;
            for (Division a : ancestors) {
                List<String> names = new ArrayList<>(shortNames(a));
                names.add(a.name());
                for (String n : names) {
                    if (name.startsWith(n) && name.length() > n.length()) {
                        name = name.substring(n.length());
                        cut = true;
                    }
                }
            }
        }
        return name;
    }

    /** Codes from the division itself up to its province. */
    private List<String> upward(Division d) {
        List<String> out = new ArrayList<>();
        out.add(d.code());
        for (Division a : ancestors(d)) out.add(a.code());
        return out;
    }

    /** Steps from each side to their nearest common ancestor-or-self, added; -1 when they share none. */
    private static int distance(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int j = b.indexOf(a.get(i));
            if (j >= 0) return i + j;
        }
        return -1;
    }

    /**
     * Every name {@link #lookup} answers: full names, derived short names and official aliases, not the opt-in
     * one-character abbreviations. Sorted; for a segmenter's custom dictionary. Some derived short names are
     * ordinary words as well (解放 for 解放区, 合作 for 合作市): a dictionary should leave out those its segmenter
     * already knows as common words.
     */
    public Set<String> allNames() {
        return allNames;
    }

    /** Number of divisions. */
    public int size() {
        return byCode.size();
    }
}

package org.reformkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reformkg.resolve.Gazetteer.Division;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.get();

    // ---- the manifest: resolve/gazetteer-cases.tsv ----

    @TestFactory
    Stream<DynamicTest> manifestCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] f : tsv("/resolve/gazetteer-cases.tsv", "surface")) {
            String title = f[0] + (f[1].equals("-") ? "" : " in " + f[1]) + " -> " + f[3];
            tests.add(DynamicTest.dynamicTest(title, () -> checkCase(f)));
        }
        assertTrue(tests.size() >= 40, "manifest read: " + tests.size());
        return tests.stream();
    }

    private static void checkCase(String[] f) {
        List<Division> context = new ArrayList<>();
        if (!f[1].equals("-")) for (String c : f[1].split(",")) context.add(only(c));
        assertEquals(Integer.parseInt(f[6]), G.lookup(f[0]).size(), "candidates of " + f[0] + ": " + G.lookup(f[0]));
        Division d = G.resolve(f[0], context);
        if (f[2].equals("-")) {
            assertNull(d, f[0] + " resolves to nothing");
            return;
        }
        assertEquals(new Division(f[2], f[3], f[4], d == null ? null : d.parentCode()), d, f[0]);
        String ancestors = G.ancestors(d).stream().map(Division::name).collect(Collectors.joining(","));
        assertEquals(f[5].equals("-") ? "" : f[5], ancestors, "ancestors of " + f[3]);
    }

    /** The one division with this full name (manifest contexts are unambiguous by construction). */
    private static Division only(String name) {
        List<Division> l = G.lookup(name);
        assertEquals(1, l.size(), "context " + name + " is ambiguous: " + l);
        return l.get(0);
    }

    // ---- aliases ----

    @Test
    void everyAliasAnswersItsDivision() throws IOException {
        List<String[]> rows = tsv("/reformkg/divisions/aliases.tsv", "alias");
        assertTrue(rows.size() > 50, "aliases read: " + rows.size());
        for (String[] a : rows) {
            Division d = G.byCode(a[1]).orElseThrow();
            if (a[3].equals("province-abbr")) {
                assertEquals(Optional.of(d), G.abbreviation(a[0]), a[0]);
                assertEquals(List.of(), G.lookup(a[0]), "opt-in abbreviation " + a[0] + " stays out of lookup");
                assertFalse(G.allNames().contains(a[0]), a[0] + " stays out of allNames");
            } else {
                assertTrue(G.lookup(a[0]).contains(d), a[0] + " -> " + G.lookup(a[0]));
                assertTrue(G.allNames().contains(a[0]), a[0]);
            }
        }
        assertEquals("北京市", G.abbreviation("京").orElseThrow().name());
        assertEquals("重庆市", G.abbreviation("渝").orElseThrow().name());
        assertEquals("内蒙古自治区", G.abbreviation("蒙").orElseThrow().name());
        assertEquals(Optional.empty(), G.abbreviation("达"));
    }

    // ---- derived short names ----

    @Test
    void shortNamesFollowTheRules() {
        assertEquals(List.of("深圳"), Gazetteer.shortNames(only("深圳市")));
        assertEquals(List.of("达拉特"), Gazetteer.shortNames(only("达拉特旗")));
        assertEquals(List.of("内蒙古"), Gazetteer.shortNames(only("内蒙古自治区")));
        assertEquals(List.of("广西"), Gazetteer.shortNames(only("广西壮族自治区")));
        assertEquals(List.of("北京"), Gazetteer.shortNames(only("北京市")));
        assertEquals(List.of("黑龙江"), Gazetteer.shortNames(only("黑龙江省")));
        assertEquals(List.of("澳门"), Gazetteer.shortNames(only("澳门特别行政区")));
        assertEquals(List.of("浦东"), Gazetteer.shortNames(only("浦东新区")));
        assertEquals(List.of("神农架"), Gazetteer.shortNames(only("神农架林区")));
        assertEquals(List.of("大兴安岭"), Gazetteer.shortNames(only("大兴安岭地区")));
        assertEquals(List.of("锡林郭勒"), Gazetteer.shortNames(only("锡林郭勒盟")));
        assertEquals(List.of("积石山", "积石山县"), Gazetteer.shortNames(only("积石山保安族东乡族撒拉族自治县")));
        assertEquals(List.of("巴音郭楞", "巴音郭楞州"), Gazetteer.shortNames(only("巴音郭楞蒙古自治州")));
        assertEquals(List.of("龙胜", "龙胜县"), Gazetteer.shortNames(only("龙胜各族自治县")));
        assertEquals(List.of("鄂温克", "鄂温克旗"), Gazetteer.shortNames(only("鄂温克族自治旗")));
        // two-character names keep their unit; townships and zones get no short name
        assertEquals(List.of("沙县"), Gazetteer.shortNames(only("沙县区")));
        assertEquals(List.of(), Gazetteer.shortNames(new Division("1", "东区", "county", null)));
        assertEquals(List.of(), Gazetteer.shortNames(only("吉格斯太镇")));
        assertEquals(List.of(), Gazetteer.shortNames(new Division("2", "苏州工业园区", "zone", null)));
    }

    @Test
    void everyNameLeadsBackToItsDivision() throws IOException {
        int divisions = 0;
        for (String[] f : tsv(Gazetteer.DIVISIONS, "code")) {
            Division d = G.byCode(f[0]).orElseThrow();
            divisions++;
            assertTrue(G.lookup(d.name()).contains(d), d.name());
            assertTrue(G.allNames().contains(d.name()), d.name());
            for (String s : Gazetteer.shortNames(d)) {
                // a short name that is another division's full name answers that one (沙县 would, were it a county)
                if (G.lookup(s).stream().noneMatch(o -> o.name().equals(s)))
                    assertTrue(G.lookup(s).contains(d), s + " -> " + d.name());
                assertTrue(G.allNames().contains(s), s);
            }
        }
        assertEquals(G.size(), divisions);
    }

    // ---- the data file ----

    @Test
    void dataIsAWellFormedTreeWithGbCodes() throws IOException {
        List<String[]> rows = tsv(Gazetteer.DIVISIONS, "code");
        Map<String, Long> perLevel = rows.stream().collect(Collectors.groupingBy(f -> f[2], Collectors.counting()));
        assertEquals(34, perLevel.get("province"), perLevel.toString());
        assertTrue(perLevel.get("city") > 300 && perLevel.get("county") > 2800 && perLevel.get("township") > 35000, perLevel.toString());
        for (int i = 1; i < rows.size(); i++)
            assertTrue(rows.get(i - 1)[0].compareTo(rows.get(i)[0]) < 0, "sorted by code at " + rows.get(i)[0]);
        for (String[] f : rows) {
            Division d = G.byCode(f[0]).orElseThrow();
            List<Division> up = G.ancestors(d);
            assertFalse(d.name().equals("市辖区") || d.name().equals("县") || d.name().endsWith("直辖县级行政区划"),
                    "pseudo-level row " + d);
            if (d.level().equals("province")) {
                assertTrue(d.code().matches("\\d{2}0000") && d.parentCode() == null, d.toString());
                continue;
            }
            Division province = up.get(up.size() - 1);
            assertEquals("province", province.level(), "every chain ends at a province: " + d);
            assertTrue(d.code().startsWith(province.code().substring(0, 2)), d + " in " + province);
            switch (d.level()) {
                case "city" -> assertTrue(d.code().matches("\\d{4}00") && up.size() == 1, d.toString());
                case "county" -> assertTrue(d.code().matches("\\d{6}") && !d.code().endsWith("00") && up.size() <= 2, d.toString());
                default -> assertTrue(d.code().startsWith(d.parentCode().replaceAll("(00)+$", "")), d + " under " + d.parentCode());
            }
        }
    }

    @Test
    void municipalitiesAreProvincesWithTheirDistrictsDirectlyUnder() {
        for (String m : List.of("北京市", "上海市", "天津市", "重庆市")) {
            Division d = only(m);
            assertEquals("province", d.level(), m);
            assertEquals(m, G.ancestors(only(switch (m) {
                case "北京市" -> "海淀区";
                case "上海市" -> "徐汇区";
                case "天津市" -> "南开区";
                default -> "垫江县";
            })).get(0).name());
        }
    }

    // ---- the gold regions of the seeds ----

    @Test
    void goldRegionsResolveToTheirCanonicalDivision() throws IOException {
        List<String> misses = new ArrayList<>();
        int checked = 0, agreed = 0, absentChecked = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(Path.of("seeds/gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(golds.isEmpty(), "no seeds/gold/*.json");
        for (Path p : golds) {
            JsonObject o;
            try (InputStream in = Files.newInputStream(p)) {
                o = JSON.parse(in);
            }
            JsonValue regions = o.get("regions");
            if (regions == null || !regions.isArray()) continue;
            for (JsonValue v : regions.getAsArray()) {
                JsonObject r = v.getAsObject();
                String name = str(r, "name"), canonical = str(r, "canonical"), parent = str(r, "parent"), level = str(r, "level");
                if (canonical == null) {
                    // a place the gold says is no real division must not resolve to one
                    if (List.of("province", "city", "county", "township").contains(level)) {
                        absentChecked++;
                        assertEquals(List.of(), G.lookup(name), p.getFileName() + ": " + name + " is no division");
                    }
                    continue;
                }
                if (G.lookup(canonical).stream().noneMatch(d -> d.name().equals(canonical))) continue; // village, zone, abroad
                checked++;
                List<Division> found = name.length() == 1 ? G.abbreviation(name).stream().toList() : G.lookup(name);
                boolean parentIsDivision = parent != null && G.lookup(parent).stream()
                        .anyMatch(d -> d.name().equals(parent) && List.of("province", "city", "county").contains(d.level()));
                boolean ok = found.stream().anyMatch(d -> d.name().equals(canonical)
                        && d.level().equals(level)
                        && (parent == null ? d.parentCode() == null
                        : !parentIsDivision || G.ancestors(d).get(0).name().equals(parent)));
                if (ok) agreed++;
                else misses.add(p.getFileName() + ": " + name + " -> " + found + ", gold " + canonical + " under " + parent);
            }
        }
        double rate = checked == 0 ? 0 : (double) agreed / checked;
        System.out.printf("gazetteer vs gold regions: %d/%d agree (%.1f%%), %d non-divisions checked%n",
                agreed, checked, 100 * rate, absentChecked);
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(checked >= 20, "gold regions in the data: " + checked);
        assertTrue(rate >= 0.95, "agreement " + rate + ", misses " + misses);
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    // ---- API contract ----

    @Test
    void blankAndUnknownInputsGiveNothing() {
        assertEquals(List.of(), G.lookup(null));
        assertEquals(List.of(), G.lookup(""));
        assertEquals(List.of(), G.lookup("   "));
        assertEquals("深圳市", G.lookup(" 深圳 ").get(0).name(), "surrounding space is ignored");
        assertEquals(Optional.empty(), G.byCode(null));
        assertEquals(Optional.empty(), G.byCode("999999"));
        assertNull(G.resolve("中国", List.of(only("北京市"))));
        assertEquals("吉林省", G.resolve("吉林", null).name(), "a null context is no context");
        assertEquals(List.of(), G.ancestors(only("广东省")));
        Division beijingChaoyang = G.resolve("朝阳区", Arrays.asList(null, only("北京市")));
        assertEquals("110105", beijingChaoyang.code(), "null context elements are skipped");
    }

    @Test
    void allNamesIsTheDictionaryOfLookup() {
        var names = G.allNames();
        for (String n : List.of("内蒙古自治区", "内蒙古", "达茂旗", "深圳", "深圳市", "吉格斯太镇", "延边州"))
            assertTrue(names.contains(n), n);
        for (String n : List.of("中国", "京", "渝", "吉格斯太", "经济开发"))
            assertFalse(names.contains(n), n);
        assertThrows(UnsupportedOperationException.class, () -> names.add("x"));
        for (String n : names) assertFalse(G.lookup(n).isEmpty(), n);
    }

    @Test
    void oneInstanceServesConcurrentReaders() throws Exception {
        List<String> surfaces = List.of("朝阳区", "吉林", "达茂旗", "深圳", "城关镇", "内蒙古", "中国");
        Map<String, List<Division>> expected = surfaces.stream().collect(Collectors.toMap(s -> s, G::lookup));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    Gazetteer g = Gazetteer.get();
                    for (int i = 0; i < 500; i++)
                        for (String s : surfaces) if (!g.lookup(s).equals(expected.get(s))) return false;
                    return g == G;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
        assertSame(G, Gazetteer.get());
    }

    // ---- loading rejects bad data, naming the line ----

    private static final String HEAD = "code\tname\tlevel\tparent_code\n";
    private static final String ALIAS_HEAD = "alias\tcode\tname\tkind\n";

    private static Gazetteer read(String divisions, String aliases) throws IOException {
        return Gazetteer.read(new BufferedReader(new StringReader(divisions)), new BufferedReader(new StringReader(aliases)));
    }

    @Test
    void readsSmallData() throws IOException {
        Gazetteer g = read(HEAD + "# a comment\n150000\t内蒙古自治区\tprovince\t\n150200\t包头市\tcity\t150000\n"
                + "150223\t达尔罕茂明安联合旗\tcounty\t150200\n", ALIAS_HEAD + "达茂旗\t150223\t达尔罕茂明安联合旗\tofficial\n"
                + "蒙\t150000\t内蒙古自治区\tprovince-abbr\n");
        assertEquals(3, g.size());
        assertEquals(List.of("包头市", "内蒙古自治区"), g.ancestors(g.lookup("达茂旗").get(0)).stream().map(Division::name).toList());
        assertEquals("内蒙古自治区", g.abbreviation("蒙").orElseThrow().name());
        assertEquals(java.util.Set.of("包头", "包头市", "内蒙古", "内蒙古自治区", "达尔罕茂明安联合", "达尔罕茂明安联合旗", "达茂旗"),
                g.allNames());
    }

    @Test
    void rejectsBadData() {
        String ok = HEAD + "150000\t内蒙古自治区\tprovince\t\n150200\t包头市\tcity\t150000\n";
        assertRejected("line 2: unknown level", HEAD + "150000\t内蒙古自治区\tregion\t\n", ALIAS_HEAD);
        assertRejected("unknown parent 990000", HEAD + "150200\t包头市\tcity\t990000\n", ALIAS_HEAD);
        assertRejected("line 3: duplicate code", HEAD + "150000\t内蒙古自治区\tprovince\t\n150000\t内蒙古\tprovince\t\n", ALIAS_HEAD);
        assertRejected("parent cycle", HEAD + "1\ta\tcity\t2\n2\tb\tcity\t1\n", ALIAS_HEAD);
        assertRejected("line 1: expected header", "code\tname\tlevel\tparent\n", ALIAS_HEAD);
        assertRejected("line 2: expected 4", HEAD + "150000\t内蒙古自治区\tprovince\n", ALIAS_HEAD);
        assertRejected("aliases line 2: code 150200 is 包头市, not 呼和浩特市", ok, ALIAS_HEAD + "呼市\t150200\t呼和浩特市\tofficial\n");
        assertRejected("unknown code 150100", ok, ALIAS_HEAD + "呼市\t150100\t呼和浩特市\tofficial\n");
        assertRejected("unknown kind", ok, ALIAS_HEAD + "包\t150200\t包头市\tnickname\n");
        assertRejected("not a one-character province abbreviation", ok, ALIAS_HEAD + "包\t150200\t包头市\tprovince-abbr\n");
    }

    private static void assertRejected(String why, String divisions, String aliases) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(divisions, aliases));
        assertTrue(e.getMessage().contains(why), "expected '" + why + "' in: " + e.getMessage());
    }

    // ---- helpers ----

    /** Data rows of a bundled TSV: comments and the header (first field {@code headerFirst}) skipped. */
    private static List<String[]> tsv(String resource, String headerFirst) throws IOException {
        try (InputStream in = GazetteerTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(headerFirst + "\t"))
                    .map(l -> l.split("\t", -1)).toList();
        }
    }
}

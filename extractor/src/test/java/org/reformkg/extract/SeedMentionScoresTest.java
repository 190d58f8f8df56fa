package org.reformkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reformkg.rdf.Pipeline;
import org.reformkg.text.Decoder;
import org.reformkg.text.Normalizer;
import org.reformkg.text.Sentence;

/**
 * The program, person and organisation rules on the seed texts against their gold (seeds/gold): P/R/F1 per file,
 * on names. A found program is right when one of its names is the gold program's name or one of the other names
 * the gold notes give it ({@code extract/seed-equivalents.txt}); the notes' acceptable extras do not count;
 * two found programs that both name one gold program count once. Organisations are printed, not asserted.
 */
class SeedMentionScoresTest {
    /** What the rules must reach on the seeds' programs; persons must not fall below their floor. */
    private static final double PROGRAM_TARGET = 0.80, PERSON_FLOOR = 0.90;

    /** True and false positives and the gold count, with what was missed and what was spurious. */
    record Tally(int tp, int fp, int gold, List<String> misses, List<String> spurious) {
        double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        double recall() { return gold == 0 ? 1 : (double) tp / gold; }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Tally plus(Tally o) { return new Tally(tp + o.tp, fp + o.fp, gold + o.gold, List.of(), List.of()); }
        String line() { return String.format("P %.3f R %.3f F1 %.3f (tp %d, fp %d, gold %d)", precision(), recall(), f1(), tp, fp, gold); }
    }

    static final Map<String, Map<String, Tally>> SCORES = new TreeMap<>();

    @BeforeAll
    static void score() throws Exception {
        Map<String, List<Set<String>>> aliases = new HashMap<>();
        Map<String, Set<String>> extras = new HashMap<>();
        for (String l : RuleCases.text("/extract/seed-equivalents.txt").lines().toList()) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\\s+", 3);
            if (f[1].equals("program")) {
                Set<String> names = new LinkedHashSet<>();
                for (String n : f[2].split("=|\\|")) names.add(norm(n));
                aliases.computeIfAbsent(f[0], k -> new ArrayList<>()).add(names);
            } else {
                for (String n : f[2].split("\\|")) extras.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(norm(n));
            }
        }
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String file = seed.getFileName().toString(), id = file.substring(0, 3);
            JsonObject gold = JSON.read(Path.of("seeds/gold", file + ".json").toString());
            List<Sentence> sentences = Pipeline.analyse(Decoder.read(seed)).sentences();
            Map<String, Tally> t = new TreeMap<>();
            t.put("programs", programs(sentences, gold, aliases.getOrDefault(id, List.of()), extras.getOrDefault(id, Set.of())));
            t.put("persons", persons(sentences, gold));
            t.put("organizations", organizations(sentences, gold));
            SCORES.put(file, t);
        }
        for (var e : SCORES.entrySet())
            for (var c : e.getValue().entrySet())
                System.out.printf("%s %-13s %s%n    misses %s%n    spurious %s%n", e.getKey(), c.getKey(), c.getValue().line(),
                        c.getValue().misses(), c.getValue().spurious());
        for (String c : List.of("programs", "persons", "organizations")) System.out.printf("all %-13s %s%n", c, total(c).line());
    }

    @Test
    void programsReachTheTarget() {
        Tally all = total("programs");
        assertTrue(all.f1() >= PROGRAM_TARGET, "programs " + all.line());
    }

    @Test
    void personsStayAboveTheirFloor() {
        Tally all = total("persons");
        assertTrue(all.f1() >= PERSON_FLOOR, "persons " + all.line());
    }

    private static Tally total(String category) {
        return SCORES.values().stream().map(m -> m.get(category)).reduce(new Tally(0, 0, 0, List.of(), List.of()), Tally::plus);
    }

    private static Tally programs(List<Sentence> sentences, JsonObject gold, List<Set<String>> aliases, Set<String> extras) {
        List<Set<String>> golds = new ArrayList<>();
        for (JsonValue v : gold.get("programs").getAsArray()) {
            Set<String> names = new LinkedHashSet<>(Set.of(norm(v.getAsObject().get("name").getAsString().value())));
            for (Set<String> a : aliases) if (a.stream().anyMatch(names::contains)) names.addAll(a);
            golds.add(names);
        }
        List<ProgramMention> mentions = new ArrayList<>();
        for (Sentence s : sentences) mentions.addAll(ProgramRules.find(s));
        List<Set<String>> found = new ArrayList<>();
        for (ProgramRules.Program p : ProgramRules.programs(mentions)) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : p.names()) names.add(norm(n));
            found.add(names);
        }
        return match(golds, found, extras);
    }

    private static Tally persons(List<Sentence> sentences, JsonObject gold) {
        List<Set<String>> golds = new ArrayList<>(), found = new ArrayList<>();
        for (JsonValue v : gold.get("persons").getAsArray()) golds.add(Set.of(norm(v.getAsObject().get("name").getAsString().value())));
        Set<String> seen = new LinkedHashSet<>();
        for (PersonMention p : PersonRules.find(sentences)) if (seen.add(norm(p.name()))) found.add(Set.of(norm(p.name())));
        return match(golds, found, Set.of());
    }

    private static Tally organizations(List<Sentence> sentences, JsonObject gold) {
        List<Set<String>> golds = new ArrayList<>();
        for (JsonValue v : gold.get("organizations").getAsArray()) {
            Set<String> names = new LinkedHashSet<>(Set.of(norm(v.getAsObject().get("name").getAsString().value())));
            for (JsonValue a : v.getAsObject().get("aliases").getAsArray()) names.add(norm(a.getAsString().value()));
            golds.add(names);
        }
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (Sentence s : sentences)
            for (OrganizationMention o : OrganizationRules.find(s)) {
                String key = norm(o.canonical() == null ? o.name() : o.canonical());
                Set<String> names = byKey.computeIfAbsent(key, k -> new LinkedHashSet<>(Set.of(k)));
                names.add(norm(o.name()));
            }
        return match(golds, new ArrayList<>(byKey.values()), Set.of());
    }

    /** Each found item is right when it shares a name with a gold item; a second one for the same gold item, or an extra, counts neither way. */
    private static Tally match(List<Set<String>> golds, List<Set<String>> found, Set<String> extras) {
        boolean[] hit = new boolean[golds.size()];
        int tp = 0, fp = 0;
        List<String> spurious = new ArrayList<>(), misses = new ArrayList<>();
        for (Set<String> f : found) {
            int g = -1;
            for (int i = 0; i < golds.size() && g < 0; i++) if (golds.get(i).stream().anyMatch(f::contains)) g = i;
            if (g >= 0) {
                if (!hit[g]) tp++;
                hit[g] = true;
            } else if (f.stream().noneMatch(extras::contains)) {
                fp++;
                spurious.add(f.iterator().next());
            }
        }
        for (int i = 0; i < golds.size(); i++) if (!hit[i]) misses.add(golds.get(i).iterator().next());
        return new Tally(tp, fp, golds.size(), misses, spurious);
    }

    /** A name for comparison: full-width forms folded, quotation marks and spaces dropped. */
    private static String norm(String name) {
        return RuleSupport.plain(Normalizer.fold(name.strip()));
    }
}

package org.reformkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the canned queries return for one source with the gold annotations of that source.
 * Rows are maps from the queries' contract columns to plain values (empty or missing = unbound).
 *
 * <p>Matching: a meeting matches a gold meeting with the same name (compared in {@link #norm}'s form), or with the
 * same body and ordinal and, where both give one, the same term. Gold meetings without a name are
 * not scored (SCHEMA.md). Documents match by title. An approval matches when its meeting matches
 * the gold approval's meeting and the titles are equal; an approval of an unnamed gold meeting
 * matches an approval of the same title by a predicted meeting of the same body that matches no
 * named gold meeting. Dates are compared, as exact strings, on matched meetings that have a date
 * in the gold or in the prediction; a dated gold meeting not found at all counts as a missed date.
 */
public final class Scorer {
    private Scorer() {}

    /**
     * Regions are compared on canonical names (the surface name where the gold has no canonical one);
     * programs on names or aliases with quotation marks removed (the {@code programs} query's {@code aliases}
     * column, " | "-separated).
     */
    public static Map<String, Score> scorePlaces(Gold gold, List<Map<String, String>> regions, List<Map<String, String>> programs) {
        Map<String, Score> out = new LinkedHashMap<>();
        String doc = gold.doc() + ": ";
        Set<String> goldRegions = new HashSet<>(), predRegions = new HashSet<>();
        for (Gold.Region r : gold.regions()) goldRegions.add(norm(r.canonical() != null ? r.canonical() : r.name()));
        for (Map<String, String> row : regions) {
            String c = blankToNull(row.get("canonical"));
            predRegions.add(norm(c != null ? c : row.get("name")));
        }
        out.put("regions", setScore("regions", doc, goldRegions, predRegions));
        Set<String> goldPrograms = new HashSet<>();
        for (Gold.Program p : gold.programs()) goldPrograms.add(programName(p.name()));
        Map<String, Set<String>> predPrograms = new LinkedHashMap<>();
        for (Map<String, String> row : programs) {
            Set<String> names = predPrograms.computeIfAbsent(programName(row.get("name")), k -> new HashSet<>());
            String aliases = blankToNull(row.get("aliases"));
            if (aliases != null)
                for (String a : aliases.split(" \\| ")) if (!a.isBlank()) names.add(programName(a));
        }
        out.put("programs", aliasScore("programs", doc, goldPrograms, predPrograms));
        return out;
    }

    /**
     * Programs carry aliases (群团汇 / 达茂群团汇; “三变”改革 → 三变改革 / 三变): a gold name matches a predicted
     * program by its name first, then by one of its aliases; each side matches at most once, so a program
     * found under two gold names still counts once.
     */
    private static Score aliasScore(String category, String doc, Set<String> gold, Map<String, Set<String>> pred) {
        Map<String, String> matchOf = new HashMap<>();
        for (String g : gold) if (pred.containsKey(g)) matchOf.put(g, g);
        for (String g : gold.stream().sorted().toList()) {
            if (matchOf.containsKey(g)) continue;
            for (Map.Entry<String, Set<String>> p : pred.entrySet())
                if (!matchOf.containsValue(p.getKey()) && !gold.contains(p.getKey()) && p.getValue().contains(g)) {
                    matchOf.put(g, p.getKey());
                    break;
                }
        }
        List<String> miss = new ArrayList<>(), spur = new ArrayList<>();
        for (String g : gold) if (!matchOf.containsKey(g)) miss.add(doc + g);
        for (String p : pred.keySet()) if (!matchOf.containsValue(p)) spur.add(doc + p);
        miss.sort(null);
        spur.sort(null);
        return new Score(category, matchOf.size(), pred.size(), gold.size(), miss, spur);
    }

    private static String programName(String s) {
        return norm(s).replaceAll("[“”\"'‘’「」]", "");
    }

    /** Meeting names, like program names, drop quotation marks (SCHEMA.md; heldout3/README.md). */
    private static String meetingName(String s) {
        return programName(s);
    }

    public static Map<String, Score> score(Gold gold, List<Map<String, String>> meetings,
                                           List<Map<String, String>> approvals, List<Map<String, String>> documents) {
        Map<String, Score> out = new LinkedHashMap<>();
        String doc = gold.doc() + ": ";

        // meetings
        Map<Integer, Gold.Meeting> matchOf = new HashMap<>();
        Set<String> goldMatched = new HashSet<>();
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Map<String, String> row = meetings.get(i);
            if (blankToNull(row.get("name")) == null && blankToNull(row.get("ordinal")) == null) continue; // unnamed: not scored
            Gold.Meeting g = matchUnused(gold.meetings(), row, goldMatched);
            if (g != null && g.name() != null && !goldMatched.contains(g.id())) {
                matchOf.put(i, g);
                goldMatched.add(g.id());
            } else if (g == null || g.name() != null) {
                spurious.add(doc + describe(row));
            }
        }
        List<String> misses = new ArrayList<>();
        int scoredGold = 0;
        for (Gold.Meeting g : gold.meetings()) {
            if (g.name() == null) continue;
            scoredGold++;
            if (!goldMatched.contains(g.id())) misses.add(doc + g.name() + " " + nz(g.date()));
        }
        out.put("meetings", new Score("meetings", goldMatched.size(), goldMatched.size() + spurious.size(), scoredGold, misses, spurious));

        // dates on matched meetings
        int dTp = 0, dPred = 0, dGold = 0;
        List<String> dMiss = new ArrayList<>(), dSpur = new ArrayList<>();
        for (Map.Entry<Integer, Gold.Meeting> e : matchOf.entrySet()) {
            String p = blankToNull(meetings.get(e.getKey()).get("date"));
            String g = e.getValue().date();
            if (p != null) dPred++;
            if (g != null) dGold++;
            if (p != null && p.equals(g)) dTp++;
            else {
                if (g != null) dMiss.add(doc + e.getValue().name() + " " + g + (p == null ? " (none)" : " (got " + p + ")"));
                if (p != null) dSpur.add(doc + e.getValue().name() + " " + p + (g == null ? " (gold has none)" : ""));
            }
        }
        // a dated gold meeting the extractor missed altogether is a missed date too
        for (Gold.Meeting g : gold.meetings()) {
            if (g.name() != null && g.date() != null && !goldMatched.contains(g.id())) {
                dGold++;
                dMiss.add(doc + g.name() + " " + g.date() + " (meeting not found)");
            }
        }
        out.put("meeting dates", new Score("meeting dates", dTp, dPred, dGold, dMiss, dSpur));

        // documents
        Set<String> goldTitles = new HashSet<>();
        for (Gold.Document d : gold.documents()) goldTitles.add(norm(d.title()));
        Set<String> predTitles = new HashSet<>();
        for (Map<String, String> row : documents) predTitles.add(norm(row.get("title")));
        out.put("documents", setScore("documents", doc, goldTitles, predTitles));

        // approvals
        Map<String, Gold.Meeting> goldMeetingById = new HashMap<>();
        for (Gold.Meeting m : gold.meetings()) goldMeetingById.put(m.id(), m);
        Map<String, Gold.Document> goldDocById = new HashMap<>();
        for (Gold.Document d : gold.documents()) goldDocById.put(d.id(), d);
        Set<String> goldPairs = new HashSet<>();
        for (Gold.Approval a : gold.approvals()) {
            Gold.Meeting m = goldMeetingById.get(a.meeting());
            Gold.Document d = goldDocById.get(a.document());
            if (m == null || d == null) continue;
            goldPairs.add((m.name() == null ? "[unnamed " + nz(m.body()) + "]" : m.name()) + " → " + norm(d.title()));
        }
        Set<String> predPairs = new HashSet<>();
        for (Map<String, String> row : approvals) {
            Gold.Meeting g = match(gold.meetings(), row.get("meeting_name"), row.get("meeting_body"),
                    row.get("meeting_term"), row.get("meeting_ordinal"));
            String meeting = g != null && g.name() != null ? g.name()
                    : g == null && blankToNull(row.get("meeting_ordinal")) == null && blankToNull(row.get("meeting_name")) == null
                        ? "[unnamed " + nz(row.get("meeting_body")) + "]" : nz(row.get("meeting_name"));
            predPairs.add(meeting + " → " + norm(row.get("title")));
        }
        out.put("approvals", setScore("approvals", doc, goldPairs, predPairs));
        return out;
    }

    private static Score setScore(String category, String doc, Set<String> gold, Set<String> pred) {
        int tp = 0;
        List<String> miss = new ArrayList<>(), spur = new ArrayList<>();
        for (String g : gold) if (pred.contains(g)) tp++; else miss.add(doc + g);
        for (String p : pred) if (!gold.contains(p)) spur.add(doc + p);
        miss.sort(null);
        spur.sort(null);
        return new Score(category, tp, pred.size(), gold.size(), miss, spur);
    }

    /**
     * Several gold meetings may share a name (区政府常务会议 on two dates): a row takes the one not yet
     * matched with its own date, else any one not yet matched, else the first.
     */
    private static Gold.Meeting matchUnused(List<Gold.Meeting> gold, Map<String, String> row, Set<String> taken) {
        Gold.Meeting first = match(gold, row.get("name"), row.get("body"), row.get("term"), row.get("ordinal"));
        if (first == null || first.name() == null) return first;
        String date = blankToNull(row.get("date"));
        Gold.Meeting unused = null;
        for (Gold.Meeting g : gold) {
            if (g.name() == null || !meetingName(g.name()).equals(meetingName(first.name())) || taken.contains(g.id())) continue;
            if (date != null && date.equals(g.date())) return g;
            if (unused == null) unused = g;
        }
        return unused != null ? unused : first;
    }

    private static Gold.Meeting match(List<Gold.Meeting> gold, String name, String body, String term, String ordinal) {
        String n = meetingName(name);
        for (Gold.Meeting g : gold) if (g.name() != null && meetingName(g.name()).equals(n)) return g;
        Integer ord = parse(ordinal), t = parse(term);
        if (ord == null) return null;
        for (Gold.Meeting g : gold) {
            if (g.ordinal() == null || !g.ordinal().equals(ord) || !bodyKey(g.body()).equals(bodyKey(body))) continue;
            if (g.term() != null && t != null && !g.term().equals(t)) continue;
            if (g.term() != null && t == null) continue;
            return g;
        }
        return null;
    }

    private static String describe(Map<String, String> row) {
        return nz(row.get("name")) + " [" + nz(row.get("body")) + " " + nz(row.get("term")) + "/" + nz(row.get("ordinal")) + "] " + nz(row.get("date"));
    }

    private static Integer parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The form names are compared in: whitespace removed, full-width forms folded, traditional characters
     * simplified and corner quotes written as curly ones, so that a gold written in the text's own script
     * (上杭縣深化「最多跑一趟」改革實施方案) matches the graph, whose names are simplified.
     */
    static String norm(String s) {
        if (s == null) return "";
        String folded = org.reformkg.nlp.Chinese.simplified(org.reformkg.text.Normalizer.fold(s))
                .replace('「', '“').replace('」', '”').replace('『', '‘').replace('』', '’');
        return folded.replaceAll("[\\s\u3000]+", "");
    }

    /**
     * Bodies compared with the party committee's name in one form: 中共兴安盟委员会全面深化改革委员会 and
     * 中共兴安盟委全面深化改革委员会 are one body (the golds write both).
     */
    private static String bodyKey(String s) {
        return norm(s).replaceFirst("委员会(?=全面深化改革|深化改革)", "委");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.reformkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reformkg.extract.MeetingMention;
import org.reformkg.extract.Mentions;
import org.reformkg.extract.OrganizationMention;
import org.reformkg.extract.OrganizationRules;
import org.reformkg.extract.PersonMention;
import org.reformkg.extract.PlaceMention;
import org.reformkg.extract.ProgramMention;
import org.reformkg.extract.ProgramRules;

/** Resolves programs, persons and organisations of one source to canonical entities. */
final class ActorResolver {
    private ActorResolver() {}

    /** Programs with their aliases, placed in the regions of their sentences or of the article. */
    static List<Resolution.Program> programs(Mentions mentions, RegionResolver.Result regions) {
        Map<String, String> regionKeyAt = regionKeysByPosition(regions);
        List<Resolution.Program> out = new ArrayList<>();
        for (ProgramRules.Program p : ProgramRules.programs(mentions.programs())) {
            ProgramMention first = p.mentions().get(0);
            Map<String, Claim<String>> where = new LinkedHashMap<>();
            for (ProgramMention m : p.mentions()) {
                for (PlaceMention place : ProgramRules.regionCandidates(m, mentions.places())) {
                    String key = regionKeyAt.get(position(place));
                    if (key != null) where.putIfAbsent(key, new Claim<>(key, new Evidence(m.sentence(), "program.placed-in", 0.7)));
                }
            }
            out.add(new Resolution.Program(p.name(), p.name(), p.aliases(), new ArrayList<>(where.values()),
                    new Evidence(first.sentence(), first.rule(), first.confidence())));
        }
        return out;
    }

    /**
     * Persons with their roles as written; a person cued as attending (出席, 参加) attended the meeting of
     * that sentence, or the meeting just reported; a role naming a region of the text is a post there.
     */
    static List<Resolution.Person> persons(Mentions mentions, Map<MeetingMention, String> meetingKeyOf,
                                          RegionResolver.Result regions) {
        Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
        for (PersonMention p : mentions.persons()) byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        List<Resolution.Region> named = regions.regions().stream().filter(Resolution.Region::mentioned).toList();
        List<Resolution.Person> out = new ArrayList<>();
        for (Map.Entry<String, List<PersonMention>> e : byName.entrySet()) {
            Set<String> roles = new LinkedHashSet<>();
            Map<String, Claim<String>> attended = new LinkedHashMap<>(), posts = new LinkedHashMap<>();
            for (PersonMention p : e.getValue()) {
                roles.addAll(p.roles());
                if (PersonMention.ATTEND.equals(p.meetingCue())) {
                    MeetingMention m = meetingOf(p, mentions);
                    String key = m == null ? null : meetingKeyOf.get(m);
                    if (key != null) attended.putIfAbsent(key, new Claim<>(key, new Evidence(p.sentence(), "person.attends", 0.8)));
                }
                for (String role : p.roles()) {
                    for (Resolution.Region r : named) {
                        boolean inRole = role.contains(r.name()) || r.aliases().stream().anyMatch(a -> a.length() >= 2 && role.startsWith(a));
                        if (inRole) posts.putIfAbsent(r.key(), new Claim<>(r.key(), new Evidence(p.sentence(), "person.post-in-region", 0.7)));
                    }
                }
            }
            PersonMention first = e.getValue().get(0);
            out.add(new Resolution.Person(e.getKey(), e.getKey(), new ArrayList<>(roles), new ArrayList<>(attended.values()),
                    new ArrayList<>(posts.values()), new Evidence(first.sentence(), first.rule(), first.confidence())));
        }
        return out;
    }

    /** The meeting a person attended: one in the same sentence, else the one reported in the last three sentences. */
    private static MeetingMention meetingOf(PersonMention p, Mentions mentions) {
        MeetingMention best = null;
        for (MeetingMention m : mentions.meetings()) {
            int gap = p.sentence().index() - m.sentence().index();
            if (gap < 0 || gap > 3 || !m.eventive()) continue;
            if (best == null || m.sentence().index() >= best.sentence().index()) best = m;
        }
        return best;
    }

    /** Organisations by full name; a local short form (旗委, 区政协) takes the place the text is set in. */
    static List<Resolution.Organization> organizations(Mentions mentions) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, OrganizationMention> firstOf = new LinkedHashMap<>();
        for (OrganizationMention o : mentions.organizations()) {
            String canonical = o.canonical();
            if (canonical == null) {
                String unit = localUnit(o.name());
                String place = unit == null ? null : Resolver.jurisdiction(o.sentence(), o.start(), unit, mentions);
                if (place != null) canonical = OrganizationRules.localCanonical(o.name(), place.endsWith(unit) ? place : place + unit);
            }
            if (canonical == null) continue;
            aliases.computeIfAbsent(canonical, k -> new LinkedHashSet<>()).add(o.name());
            firstOf.putIfAbsent(canonical, o);
        }
        List<Resolution.Organization> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
            List<String> names = new ArrayList<>(e.getValue());
            names.remove(e.getKey());
            OrganizationMention first = firstOf.get(e.getKey());
            out.add(new Resolution.Organization(e.getKey(), e.getKey(), names, first.kind(),
                    new Evidence(first.sentence(), first.rule(), first.confidence())));
        }
        return out;
    }

    /** The unit of the place a local short form belongs to: 旗 for 旗委, 区 for 区政协, 市 for 市委深改委. */
    private static String localUnit(String name) {
        if (name.startsWith("自治区")) return "自治区";
        char c = name.charAt(0);
        return "省市县区旗州盟镇乡".indexOf(c) >= 0 ? String.valueOf(c) : null;
    }

    private static Map<String, String> regionKeysByPosition(RegionResolver.Result regions) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<PlaceMention, String> e : regions.keyOf().entrySet()) out.put(position(e.getKey()), e.getValue());
        return out;
    }

    private static String position(PlaceMention p) {
        return p.sentence().index() + ":" + p.start() + ":" + p.name();
    }
}

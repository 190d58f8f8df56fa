package org.reformkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.extract.Body;
import org.reformkg.extract.DateRules;
import org.reformkg.extract.DocumentMention;
import org.reformkg.extract.MeetingMention;
import org.reformkg.extract.MeetingMention.Kind;
import org.reformkg.extract.MeetingRules;
import org.reformkg.extract.Mentions;
import org.reformkg.extract.PartialDate;
import org.reformkg.extract.Relations;

/**
 * Stage: mentions and relations to canonical entities. Merges mentions of one meeting (by body,
 * term and ordinal, or by name), infers a missing term from the meeting's date and the Central
 * Committee's terms, keeps each meeting's most precise date, and links documents by title.
 */
public final class Resolver {
    private Resolver() {}

    /** Central Committee terms: first day of each term (the day its first plenum closed). */
    private static final int[][] TERMS = {
            {18, 2012, 11, 15}, {19, 2017, 10, 25}, {20, 2022, 10, 23}};

    public static Resolution resolve(Mentions mentions, Relations relations) {
        Map<MeetingMention, PartialDateClaim> dateOf = new LinkedHashMap<>();
        for (Relations.MeetingDate md : relations.meetingDates()) {
            PartialDateClaim c = new PartialDateClaim(md.date().date(), new Evidence(md.date().sentence(), md.rule(), md.confidence()));
            dateOf.merge(md.meeting(), c, Resolver::better);
        }

        // first pass: each mention's key; a session without a term takes it from its date or from a sibling mention
        Map<MeetingMention, Integer> inferredTerm = new LinkedHashMap<>();
        Map<MeetingMention, Evidence> inferredTermEvidence = new LinkedHashMap<>();
        for (MeetingMention m : mentions.meetings()) {
            if (m.kind() != Kind.REFORM_SESSION || m.term() != null || m.body() == null) continue;
            Integer t = termAfterCongress(mentions, m);
            if (t != null) {
                inferredTerm.put(m, t);
                inferredTermEvidence.put(m, new Evidence(m.sentence(), "term.after-congress", 0.85));
                continue;
            }
            PartialDateClaim d = dateOf.get(m);
            if (d != null && (t = termOf(d.date)) != null) {
                inferredTerm.put(m, t);
                inferredTermEvidence.put(m, new Evidence(d.evidence.sentence(), "term.from-date", 0.85));
            }
        }
        // a termless session whose body and ordinal match one with a known term in this source is that meeting
        for (MeetingMention m : mentions.meetings()) {
            if (m.kind() != Kind.REFORM_SESSION || m.term() != null || inferredTerm.containsKey(m) || m.body() == null) continue;
            Set<Integer> terms = new LinkedHashSet<>();
            for (MeetingMention o : mentions.meetings()) {
                Integer ot = o.term() != null ? o.term() : inferredTerm.get(o);
                if (ot != null && o.body() == m.body() && o.ordinal() != null && o.ordinal().equals(m.ordinal())) terms.add(ot);
            }
            if (terms.size() == 1) {
                inferredTerm.put(m, terms.iterator().next());
                inferredTermEvidence.put(m, new Evidence(m.sentence(), "term.same-session-in-source", 0.8));
            }
        }

        // still none: the series itself may allow one term only (领导小组第七次 is 18th-term: the 19th had two),
        // given that the meeting took place no later than the page's issue date, else the latest date the
        // text gives (a page looks ahead: 今年年底前 is no bound)
        PartialDate issued = DateRules.issueDate(mentions.sentences());
        PartialDate latest = issued != null ? issued : latestDate(mentions);
        for (MeetingMention m : mentions.meetings()) {
            if (m.kind() != Kind.REFORM_SESSION || m.term() != null || inferredTerm.containsKey(m) || m.body() == null) continue;
            Integer t = termOfSeries(m.body(), m.ordinal(), latest);
            if (t != null) {
                inferredTerm.put(m, t);
                inferredTermEvidence.put(m, new Evidence(m.sentence(), "term.from-series", 0.7));
            } else if (latest != null && conveyed(m) && (t = latestTermOfSeries(m.body(), m.ordinal(), latest)) != null) {
                // 传达学习中央深改委第一次会议精神 on a 2023 page: the spirit conveyed is the latest session's
                inferredTerm.put(m, t);
                inferredTermEvidence.put(m, new Evidence(m.sentence(), "term.conveyed-latest", 0.6));
            }
        }

        // a named conference is one meeting per source under its core name (the part before 暨, which
        // headline and lead may word differently); its date, when known, tells it from same-named ones elsewhere
        Map<String, PartialDate> conferenceDate = new LinkedHashMap<>();
        for (MeetingMention m : mentions.meetings()) {
            if (m.kind() != Kind.CONFERENCE || m.rule().equals("meeting.standing-body-sitting")) continue;
            PartialDateClaim d = dateOf.get(m);
            if (d != null) conferenceDate.merge(coreName(m.name()), d.date, (a, b) -> b.moreSpecificThan(a) ? b : a);
        }

        RegionResolver.Result regions = RegionResolver.resolve(mentions.places(), Gazetteer.get());
        Map<String, String> setting = setting(regions.regions());
        Map<String, MeetingBuilder> meetings = new LinkedHashMap<>();
        Map<MeetingMention, String> keyOf = new LinkedHashMap<>();
        for (MeetingMention m : mentions.meetings()) {
            // a standing body's unnumbered sitting (国务院常务会议) is one meeting only with its date
            if (m.rule().equals("meeting.standing-body-sitting") && !dateOf.containsKey(m)) continue;
            Integer term = m.term() != null ? m.term() : inferredTerm.get(m);
            String local = m.body() == null && m.kind() != Kind.CONFERENCE ? localBody(m, mentions, setting) : null;
            String key = local != null
                    ? (m.kind() == Kind.PLENUM ? "plenum|" + local + "|" + term : "session|" + local + "|?") + "|" + m.ordinal()
                    : m.kind() == Kind.UNNAMED ? unnamedKey(m, mentions, relations)
                    // a standing body's sittings share a name: each is its own meeting, by its own date
                    : m.rule().equals("meeting.standing-body-sitting")
                    ? "conference|" + m.name() + "|" + dateOf.get(m).date.iso()
                    : m.kind() == Kind.CONFERENCE
                    ? "conference|" + coreName(m.name()) + "|" + (conferenceDate.containsKey(coreName(m.name())) ? conferenceDate.get(coreName(m.name())).iso() : "")
                    : key(m, term);
            keyOf.put(m, key);
            String government = local == null && m.body() == null && m.kind() == Kind.CONFERENCE ? governmentBody(m, mentions, setting) : null;
            MeetingBuilder b = meetings.computeIfAbsent(key, k -> new MeetingBuilder(k, m,
                    local != null ? new Claim<>(local, new Evidence(m.sentence(), "body.local-jurisdiction", 0.7))
                            : government != null ? new Claim<>(government, new Evidence(m.sentence(), "body.government-jurisdiction", 0.65)) : null));
            b.surfaces.add(m.name());
            if (term != null && b.term == null)
                b.term = new Claim<>(term, m.term() != null ? evidence(m) : inferredTermEvidence.get(m));
            PartialDateClaim d = dateOf.get(m);
            if (d != null && (b.date == null || better(new PartialDateClaim(b.date.value(), b.date.evidence()), d) == d))
                b.date = new Claim<>(d.date, d.evidence);
        }
        for (Relations.Chair c : relations.chairs()) {
            MeetingBuilder b = meetings.get(keyOf.get(c.meeting()));
            if (b != null && (b.chair == null || b.chair.evidence().confidence() < c.confidence()))
                b.chair = new Claim<>(c.person(), new Evidence(c.evidence(), c.rule(), c.confidence()));
        }

        Map<String, Resolution.Document> documents = new LinkedHashMap<>();
        Map<String, List<Claim<String>>> issuers = new LinkedHashMap<>();
        for (Relations.Issuance is : relations.issuances()) {
            for (String org : is.issuers()) {
                List<Claim<String>> l = issuers.computeIfAbsent(is.document().title(), k -> new ArrayList<>());
                if (l.stream().noneMatch(c -> c.value().equals(org)))
                    l.add(new Claim<>(org, new Evidence(is.evidence(), is.rule(), is.confidence())));
            }
        }
        for (DocumentMention d : mentions.documents()) {
            documents.computeIfAbsent(d.title(), t -> new Resolution.Document(t, t, d.kind(),
                    issuers.getOrDefault(t, List.of()), new Evidence(d.sentence(), d.rule(), d.confidence())));
        }

        List<Resolution.Link> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Relations.Approval a : relations.approvals()) {
            String mk = keyOf.get(a.meeting());
            if (mk == null) continue;
            String id = mk + "|" + a.document().title() + "|" + a.approved();
            if (seen.add(id))
                links.add(new Resolution.Link(mk, a.document().title(), a.approved(), new Evidence(a.evidence(), a.rule(), a.confidence())));
        }
        // a document both approved and reviewed by one meeting is approved
        links.removeIf(l -> !l.approved() && seen.contains(l.meetingKey() + "|" + l.documentKey() + "|true"));

        for (Relations.MeetingPlace mp : relations.places()) {
            MeetingBuilder b = meetings.get(keyOf.get(mp.meeting()));
            String region = regions.keyOf().get(mp.place());
            if (b != null && region != null && b.place == null)
                b.place = new Claim<>(region, new Evidence(mp.evidence(), mp.rule(), mp.confidence()));
        }
        List<Resolution.Meeting> out = new ArrayList<>();
        for (MeetingBuilder b : meetings.values()) out.add(b.build());
        List<Resolution.Program> programs = ActorResolver.programs(mentions, regions);
        List<Resolution.Person> persons = ActorResolver.persons(mentions, keyOf, regions);
        List<Resolution.Organization> organizations = ActorResolver.organizations(mentions);
        out.sort(Comparator.comparing(Resolution.Meeting::key));
        return new Resolution(out, new ArrayList<>(documents.values()), links, regions.regions(), programs, persons, organizations);
    }

    /**
     * Each term's numbered sessions of the central reform bodies, from the public record: the 18th-term
     * leading group held 38, the 19th-term group 2 before it became the commission, the 19th-term
     * commission 27; the 20th-term commission's series is open.
     */
    private static final Map<Body, int[][]> SERIES = Map.of(
            Body.REFORM_GROUP, new int[][]{{18, 38}, {19, 2}},
            Body.REFORM_COMMISSION, new int[][]{{19, 27}, {20, Integer.MAX_VALUE}});

    /**
     * The only term whose series has this ordinal and began no later than {@code latest} (null: any time),
     * or null when none or several fit.
     */
    static Integer termOfSeries(Body body, Integer ordinal, PartialDate latest) {
        int[][] series = SERIES.get(body);
        if (series == null || ordinal == null) return null;
        Integer found = null;
        for (int[] s : series) {
            if (ordinal > s[1] || (latest != null && !startedBy(s[0], ordinal, latest))) continue;
            if (found != null) return null;
            found = s[0];
        }
        return found;
    }

    /** The latest term whose series has this ordinal and can have held it by {@code latest}, or null. */
    static Integer latestTermOfSeries(Body body, Integer ordinal, PartialDate latest) {
        int[][] series = SERIES.get(body);
        if (series == null || ordinal == null) return null;
        Integer found = null;
        for (int[] s : series) if (ordinal <= s[1] && startedBy(s[0], ordinal, latest)) found = s[0];
        return found;
    }

    /** A session whose spirit the sentence conveys (传达学习…会议精神): a reference back, not a report of it. */
    private static final Pattern CONVEYS = Pattern.compile("传达|学习贯彻|学习领会");

    private static boolean conveyed(MeetingMention m) {
        String before = org.reformkg.extract.MatchText.of(m.sentence()).substring(0, m.start());
        int clause = Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('，')));
        return !m.eventive() && CONVEYS.matcher(before.substring(clause + 1)).find();
    }

    /**
     * Whether the term's session {@code ordinal} can have been held by {@code latest}: these bodies meet at most
     * about once a month, so the Nth session comes no sooner than N−1 months into the term.
     */
    private static boolean startedBy(int term, int ordinal, PartialDate latest) {
        for (int[] t : TERMS) {
            if (t[0] != term) continue;
            String start = PartialDate.ofDay(t[1], t[2], t[3]).plusMonths(Math.max(0, ordinal - 1)).iso();
            return latest.iso().compareTo(start.substring(0, latest.iso().length())) >= 0;
        }
        return true;
    }

    /** The latest date the text gives (its own date, or any date it mentions): no meeting it reports is later. */
    private static PartialDate latestDate(Mentions mentions) {
        PartialDate latest = null;
        for (org.reformkg.extract.DateMention d : mentions.dates())
            if (latest == null || d.date().iso().compareTo(latest.iso()) > 0) latest = d.date();
        return latest;
    }

    /** The term of the Central Committee in office on this date, or null when the date's precision straddles two terms. */
    public static Integer termOf(PartialDate d) {
        Integer found = null;
        for (int i = TERMS.length - 1; i >= 0; i--) {
            PartialDate start = PartialDate.ofDay(TERMS[i][1], TERMS[i][2], TERMS[i][3]);
            String iso = d.iso();
            String startIso = start.iso().substring(0, iso.length());
            if (iso.compareTo(startIso) > 0) return TERMS[i][0];
            if (iso.compareTo(startIso) == 0) return d.precision() == PartialDate.Precision.DAY ? TERMS[i][0] : null;
        }
        return found;
    }

    /**
     * An unnamed meeting is identified by the documents it adopted; its body is the reform body a later
     * sentence credits with one of those documents (…中央深改委会议…《C》).
     */
    private static String unnamedKey(MeetingMention m, Mentions mentions, Relations relations) {
        java.util.TreeSet<String> titles = new java.util.TreeSet<>();
        for (Relations.Approval a : relations.approvals()) if (a.meeting() == m) titles.add(a.document().title());
        Body body = unnamedBody(m, titles, mentions);
        return "unnamed|" + (body == null ? "" : body.name()) + "|" + String.join("|", titles);
    }

    static Body unnamedBody(MeetingMention m, java.util.Set<String> titles, Mentions mentions) {
        for (DocumentMention d : mentions.documents()) {
            if (d.sentence().index() == m.sentence().index() || !titles.contains(d.title())) continue;
            // the crediting sentence, or the lead-in just before a list that starts with its verb (审议通过《…》)
            for (int i = d.sentence().index(); i >= Math.max(0, d.sentence().index() - 2); i--) {
                Body b = MeetingRules.namedCentralBody(
                        org.reformkg.extract.MatchText.of(mentions.sentences().get(i)));
                if (b != null) return b;
            }
        }
        return null;
    }

    /** 市委深改委, 旗委十六届八次全会: a local party committee's body, named after the committee's jurisdiction. */
    private static final Pattern LOCAL_COMMITTEE = Pattern.compile(
            "^(?<scope>\\p{IsHan}*?)(?<committee>自治区党委|自治州党委|州党委|省委|市委|区委|县委|旗委|州委|盟委|地委)");
    private static final Pattern ADMIN_SUFFIX = Pattern.compile("(?:省|自治区|市|区|县|旗|州|盟|镇|乡|村|街道)$");

    /**
     * The full name of the local body whose meeting this is: 中共深圳市委全面深化改革委员会 for 市委深改委 in a text
     * about 深圳, 中共达拉特旗委员会 for a 旗委 plenum. The jurisdiction is the place the name gives (深圳市委…), else
     * the place of the committee's level the text names most (the nearest before it among equals).
     */
    private static final java.util.Set<String> COUNTY_UNITS = java.util.Set.of("县", "区", "旗", "市");

    static String localBody(MeetingMention m, Mentions mentions, Map<String, String> setting) {
        if (m.name() == null) return null;
        Matcher x = LOCAL_COMMITTEE.matcher(m.name());
        if (!x.find()) return null;
        String committee = x.group("committee");
        // 昌吉回族自治州党委, 地委 (a prefecture's committee, 阿克苏地委): the unit is the division's own word
        String unit = switch (committee) {
            case "自治区党委" -> "自治区";
            case "自治州党委" -> "自治州";
            case "地委" -> "地区";
            default -> committee.substring(0, 1);
        };
        String place = jurisdictionName(m, x.group("scope"), committee, unit, mentions, setting);
        if (place == null) return null;
        // 中共宁夏回族自治区委员会, as the seeds name an autonomous region's committee; 中共江西省委, 中共深圳市委;
        // a one-character name keeps its unit before 委: 中共泾县县委
        // a new area's committee is its 委员会 (中共天津市滨海新区委员会), not 新区委
        String party = "中共" + place + (committee.endsWith("党委") || committee.equals("地委") || place.endsWith("新区") ? "委员会"
                : place.length() == 2 && place.endsWith(unit) ? unit + "委" : "委");
        if (m.kind() == Kind.PLENUM) return "中共" + place + "委员会";
        String body = m.name().substring(x.end()).replaceFirst("(?:召开了?|举行了?|先后召开)?第.*$", "");
        if (!REFORM_BODY.matcher(body).matches()) return party + body; // 市委财经领导小组 keeps its own name
        return party + (body.contains("领导小组") || body.contains("深改组") || body.contains("深改小组")
                ? "全面深化改革领导小组" : "全面深化改革委员会");
    }

    /** 县政府第18次常务会议, 银川市政府第37次常务会议: a local government's executive sitting. */
    private static final Pattern GOVERNMENT_SITTING = Pattern.compile(
            "^(?<scope>\\p{IsHan}*?)(?<unit>自治区|省|市|县|区|旗)(?:人民)?政府(?=第|常务会议|召开)");

    /**
     * The government whose executive sitting this is (县政府第18次常务会议 in a text about 歙县 → 歙县人民政府),
     * its place found as a party committee's is; null for any other meeting or when no place fits.
     */
    static String governmentBody(MeetingMention m, Mentions mentions, Map<String, String> setting) {
        if (m.name() == null || !m.name().endsWith("常务会议")) return null;
        Matcher x = GOVERNMENT_SITTING.matcher(m.name());
        if (!x.find()) return null;
        String unit = x.group("unit");
        String place = jurisdictionName(m, x.group("scope"), unit.equals("自治区") ? "自治区党委" : unit + "委", unit, mentions, setting);
        // the place must be a division of the sitting's own unit: 山东省 + 自治区 is none
        return place == null || place.substring(0, place.length() - unit.length()).matches(".*(?:省|自治区|市|县|旗|州|盟)")
                ? null : place + "人民政府";
    }

    /**
     * The division a local body's meeting belongs to, by its official name (柳州市柳北区 for a district): the place
     * the name gives, else the one its sentence, clause, report or text names at the unit's level; null if none.
     */
    private static String jurisdictionName(MeetingMention m, String scope, String committee, String unit, Mentions mentions,
                                           Map<String, String> setting) {
        String place = placeNamed(scope, unit);
        if (place == null) place = placeWrittenBefore(m, unit);
        if (place == null) place = placeInClause(m, unit);
        if (place == null) place = placeOpeningSentence(m, unit);
        // the committee its report's headline or lead writes out (柳北区委全面深化改革委员会召开会议 … 区委深改委
        // 召开的第九次会议), else the place the text names most
        if (place == null) place = committeeNamedBefore(m, committee, unit, mentions);
        // a page interleaves articles, so the lead may lie far back: the same committee last written out with its place
        if (place == null) place = committeeWrittenEarlier(m, committee, unit, mentions);
        // 市委 in a text about one of its counties or districts (a 荣昌区 speech): the city that county lies in
        if (place == null && unit.equals("市")) place = cityOfOwnCounty(mentions);
        if (place == null) place = jurisdiction(m.sentence(), m.start(), unit, mentions);
        // 省委 in a provincial paper that never names its province: the province its places lie in
        if (place == null) place = setting.get(LEVEL_OF_UNIT.getOrDefault(unit, ""));
        if (place == null) return null;
        // a county the data knows by its later name (余江县 became 余江区 in 2018): the committee's own unit wins
        if (!place.endsWith(unit) && COUNTY_UNITS.contains(unit) && place.length() > 2
                && COUNTY_UNITS.contains(place.substring(place.length() - 1)))
            place = place.substring(0, place.length() - 1);
        // 地委 in a text about an autonomous prefecture: only a 地区 has one (阿克苏 + 地区, not 博尔塔拉蒙古自治州 + 地区)
        if (unit.length() == 2 && !place.endsWith(unit) && Gazetteer.get().lookup(place + unit).isEmpty()) return null;
        if (!place.endsWith(unit)) place = place + unit;
        String official = officialName(place);
        if (official.endsWith(unit)) place = official;
        // a district's committee is named with its city (中共柳州市柳北区委): district names repeat across cities
        if (unit.equals("区")) place = withCity(place);
        return place;
    }

    /** The names a party committee's reform body goes by (深改委, 全面深化改革领导小组…). */
    private static final Pattern REFORM_BODY = Pattern.compile(
            "全面深化改革委员会|全面深化改革领导小组|深改委|深改组|深改小组|改革委|");

    /**
     * 苏州市委深改委 in a 昆山 text: the place written right before the committee (苏州 + 市), when the
     * division data knows it; null otherwise.
     */
    static String placeWrittenBefore(MeetingMention m, String unit) {
        String text = m.sentence().text();
        // 城步苗族自治县委深改委: an autonomous county's name runs back past its people's name
        String before = text.substring(Math.max(0, m.start() - 10), m.start());
        if (before.endsWith("自治"))
            for (int k = before.length(); k >= 5; k--) {
                String candidate = before.substring(before.length() - k) + unit;
                if (candidate.codePoints().allMatch(Character::isIdeographic) && !Gazetteer.get().lookup(candidate).isEmpty())
                    return candidate;
            }
        return placeNamed(text.substring(Math.max(0, m.start() - 4), m.start()), unit);
    }

    /**
     * 湖州市南浔区召开区委深改委第八次会议 / 景宁畲族自治县县委深改委召开…: the place of the committee's unit that
     * the clause names before the committee (its subject), longest name first, when the division data knows it.
     */
    static String placeInClause(MeetingMention m, String unit) {
        String text = m.sentence().text();
        int from = m.start();
        while (from > 0 && "，,。；;：:".indexOf(text.charAt(from - 1)) < 0) from--;
        String clause = text.substring(from, m.start());
        for (int i = clause.lastIndexOf(unit); i >= 1; i = clause.lastIndexOf(unit, i - 1)) {
            for (int k = Math.min(8, i + 1); k >= 2; k--) {
                String candidate = clause.substring(i + 1 - k, i + 1);
                if (!candidate.codePoints().allMatch(Character::isIdeographic)) continue;
                if (Gazetteer.get().lookup(candidate).stream().anyMatch(d -> !d.level().equals("zone"))) return candidate;
            }
        }
        return null;
    }

    /** 在河南，今年1月召开的省委深改委第二十七次会议…: a sentence that opens by naming its setting (在X，). */
    private static final Pattern OPENING_SETTING = Pattern.compile("^在(?<place>\\p{IsHan}{2,8})[，,]");

    /** The place of the committee's unit that the sentence opens with as its setting, when the data knows it. */
    static String placeOpeningSentence(MeetingMention m, String unit) {
        Matcher o = OPENING_SETTING.matcher(m.sentence().text().strip());
        return o.find() && o.end() <= m.start() ? placeNamed(o.group("place"), unit) : null;
    }

    /**
     * 柳北区委全面深化改革委员会召开会议 … 这是本届区委深改委召开的第九次会议: the place of the same committee
     * written out in full in the headline or lead of the report the mention belongs to.
     */
    static String committeeNamedBefore(MeetingMention m, String committee, String unit, Mentions mentions) {
        // only where the report names it: its headline and lead, which say whose meeting the report is about
        int lead = org.reformkg.extract.ReportSpan.reportStart(mentions.sentences(), m.sentence().index());
        for (int i = Math.min(lead, m.sentence().index()); i >= Math.max(0, lead - 2); i--) {
            String text = mentions.sentences().get(i).text();
            int end = i == m.sentence().index() ? m.start() : text.length();
            for (int at = text.lastIndexOf(committee, end - 1); at >= 0; at = text.lastIndexOf(committee, at - 1)) {
                // only the same body written out (柳北区委全面深化改革委员会, 柳北区委深改委), not any 区委
                String after = text.substring(at + committee.length());
                String place = after.startsWith("全面深化改革") || after.startsWith("深改")
                        ? placeNamed(text.substring(Math.max(0, at - 4), at), unit) : null;
                if (place != null) return place;
                if (at == 0) break;
            }
        }
        return null;
    }

    /**
     * 本报讯 …呼和浩特市委全面深化改革委员会第十次会议召开 … (another article) … 市委深改委先后召开第七次至第九次会议:
     * the place of the last reform session of the same committee that a report's headline or lead named with
     * its place (not one only studied, nor a neighbour's in a chronicle entry); null when there is none.
     */
    static String committeeWrittenEarlier(MeetingMention m, String committee, String unit, Mentions mentions) {
        if (m.kind() != Kind.REFORM_SESSION || !REFORM_BODY.matcher(m.name().substring(m.name().indexOf(committee) + committee.length())
                .replaceFirst("(?:召开了?|举行了?|先后召开)?第.*$", "")).matches()) return null;
        String found = null;
        for (MeetingMention o : mentions.meetings()) {
            if (o.sentence().index() > m.sentence().index() || (o.sentence() == m.sentence() && o.start() >= m.start())) break;
            if (!o.eventive() || o.kind() != Kind.REFORM_SESSION || o.name() == null
                    || !org.reformkg.extract.ReportSpan.opensReport(o.sentence())) continue;
            Matcher x = LOCAL_COMMITTEE.matcher(o.name());
            if (!x.find() || !x.group("committee").equals(committee)) continue;
            String place = placeNamed(x.group("scope"), unit);
            if (place == null) place = placeWrittenBefore(o, unit);
            if (place != null) found = place;
        }
        return found;
    }

    /**
     * The city (or municipality) of the county or district the text names most, when that county is named at
     * least twice and the data knows exactly one such county; null otherwise.
     */
    static String cityOfOwnCounty(Mentions mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (org.reformkg.extract.PlaceMention p : mentions.places()) {
            String n = p.name();
            if (n.matches("\\p{IsHan}{2,}(?:县|区|旗)") && !ZONE.matcher(n).find() && !n.startsWith("全") && !n.startsWith("我")
                    && !p.sentence().text().startsWith("委", p.end()))
                counts.merge(n, 1, Integer::sum);
        }
        String top = null;
        int best = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > best) { best = e.getValue(); top = e.getKey(); }
        if (top == null) return null;
        List<Gazetteer.Division> found = Gazetteer.get().lookup(top).stream().filter(d -> d.level().equals("county")).toList();
        if (found.size() != 1 || found.get(0).parentCode() == null) return null;
        Gazetteer.Division parent = namedParent(found.get(0));
        return parent != null && parent.name().endsWith("市") ? parent.name() : null;
    }

    /** 互助县 → 互助土族自治县: the division's own name when the data knows exactly one; otherwise as given. */
    static String officialName(String place) {
        List<Gazetteer.Division> found = Gazetteer.get().lookup(place).stream().filter(d -> !d.level().equals("zone")).toList();
        return found.size() == 1 ? found.get(0).name() : place;
    }

    /**
     * The division a county lies in, by name: a municipality's districts sit under a placeholder (市辖区), so
     * the municipality names them (上海市长宁区).
     */
    private static Gazetteer.Division namedParent(Gazetteer.Division county) {
        Gazetteer.Division parent = Gazetteer.get().byCode(county.parentCode()).orElse(null);
        while (parent != null && parent.name().matches("市辖区|县|省直辖县级行政区划") && parent.parentCode() != null)
            parent = Gazetteer.get().byCode(parent.parentCode()).orElse(null);
        return parent;
    }

    /** 柳北区 → 柳州市柳北区, when the division data knows the district's city; otherwise as given. */
    static String withCity(String district) {
        // the district itself, not a development zone of the same name elsewhere
        List<Gazetteer.Division> found = Gazetteer.get().lookup(district).stream()
                .filter(d -> d.level().equals("county")).toList();
        if (found.size() != 1 || found.get(0).parentCode() == null) return district;
        Gazetteer.Division parent = namedParent(found.get(0));
        return parent == null || district.startsWith(parent.name()) ? district : parent.name() + district;
    }

    /** The place the end of {@code written} names with {@code unit} (柳北 + 区), when the division data knows it. */
    static String placeNamed(String written, String unit) {
        for (int k = Math.min(4, written.length()); k >= 2; k--) {
            String before = written.substring(written.length() - k);
            if (!before.codePoints().allMatch(Character::isIdeographic)) continue;
            String candidate = before.endsWith(unit) ? before : before + unit;
            if (!Gazetteer.get().lookup(candidate).isEmpty()) return candidate;
        }
        return null;
    }

    private static final Map<String, String> LEVEL_OF_UNIT = Map.ofEntries(
            Map.entry("省", "province"), Map.entry("自治区", "province"), Map.entry("市", "city"), Map.entry("州", "city"),
            Map.entry("自治州", "city"), Map.entry("地区", "city"), Map.entry("盟", "city"),
            Map.entry("县", "county"), Map.entry("区", "county"), Map.entry("旗", "county"));

    /**
     * The text's setting at each level: the province (city, county) that holds most of the regions the
     * text names, counting each region once under each of its ancestors.
     */
    static Map<String, String> setting(List<Resolution.Region> regions) {
        Map<String, Resolution.Region> byKey = new LinkedHashMap<>();
        for (Resolution.Region r : regions) byKey.put(r.key(), r);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Resolution.Region r : regions) {
            Set<String> seen = new LinkedHashSet<>();
            for (Resolution.Region a = r; a != null && seen.add(a.key()); a = a.parentKey() == null ? null : byKey.get(a.parentKey()))
                counts.computeIfAbsent(a.level(), k -> new LinkedHashMap<>()).merge(a.name(), 1, Integer::sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        counts.forEach((level, byName) -> byName.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> out.put(level, e.getKey())));
        return out;
    }

    /** The place of this level ({@code unit}: 旗, 市, 县…) the text is set in, as seen from a position in it. */
    static String jurisdiction(org.reformkg.text.Sentence at, int start, String unit, Mentions mentions) {
        String nearest = null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (org.reformkg.extract.PlaceMention p : mentions.places()) {
            String n = p.name();
            if (!ownPlaceOfLevel(p, unit)) continue;
            counts.merge(n, 1, Integer::sum);
            boolean before = p.sentence().index() < at.index()
                    || (p.sentence().index() == at.index() && p.start() < start);
            if (before) nearest = n;
        }
        // the place the text names most is its own (a single mention may be another city's, inside a title)
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        if (nearest != null && counts.get(nearest) == top) return nearest;
        return counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).findFirst().orElse(nearest);
    }

    private static final Pattern ZONE = Pattern.compile("(?:新区|开发区|园区|试验区|示范区|合作区|保税区|高新区)$");

    /** A place of the committee's level that can be the text's own: not 全市/我市, not a zone, not 苏州市 in 苏州市委. */
    private static boolean ownPlaceOfLevel(org.reformkg.extract.PlaceMention p, String unit) {
        String n = p.name();
        // a name without its unit (深圳) counts for 市 only when the division data knows it as a city (not 安徽)
        boolean fits = n.endsWith(unit) || (!ADMIN_SUFFIX.matcher(n).find() && unit.equals("市")
                && Gazetteer.get().lookup(n + unit).stream().anyMatch(d -> d.level().equals("city")));
        if (!fits || n.startsWith("全") || n.startsWith("本") || n.startsWith("我") || ZONE.matcher(n).find()) return false;
        // 山区26县 is a count, not a county
        if (!n.codePoints().allMatch(Character::isIdeographic)) return false;
        // 苏州市委… names another committee outright; the text's own is the one it leaves unnamed
        return !p.sentence().text().startsWith("委", p.end()) && !p.sentence().text().startsWith("党委", p.end());
    }

    private static String coreName(String conferenceName) {
        int i = conferenceName.indexOf('暨');
        return i > 0 ? conferenceName.substring(0, i) : conferenceName;
    }

    /** 党的二十大闭幕后召开的第一次…会议: a session right after a congress belongs to that congress's term. */
    private static Integer termAfterCongress(Mentions mentions, MeetingMention m) {
        for (MeetingMention c : mentions.meetings()) {
            if (c.kind() != Kind.CONGRESS || c.sentence().index() != m.sentence().index() || c.end() > m.start()) continue;
            String between = m.sentence().text().substring(c.end(), m.start());
            if (between.matches("(?:闭幕|胜利闭幕|召开)?(?:之)?后(?:召开的|举行的)?")) return c.ordinal();
        }
        return null;
    }

    private static String key(MeetingMention m, Integer term) {
        Body body = m.body();
        return switch (m.kind()) {
            case REFORM_SESSION -> body != null
                    ? "session|" + body.name() + "|" + (term == null ? "?" : term) + "|" + m.ordinal()
                    : "name|" + m.name();
            case SESSION -> "session|" + body.name() + "|" + (term == null ? "?" : term) + "|" + m.ordinal();
            case PLENUM -> body != null ? "plenum|" + body.name() + "|" + term + "|" + m.ordinal() : "name|" + m.name();
            case CONGRESS -> body != null ? "congress|" + body.name() + "|" + m.ordinal() : "name|" + m.name();
            case CONFERENCE, UNNAMED -> "name|" + m.name();
        };
    }

    private static Evidence evidence(MeetingMention m) {
        return new Evidence(m.sentence(), m.rule(), m.confidence());
    }

    private record PartialDateClaim(PartialDate date, Evidence evidence) {}

    /** The more precise date; at equal precision the better-supported one (a page header's date loses to the report's). */
    private static PartialDateClaim better(PartialDateClaim a, PartialDateClaim b) {
        if (b.date.moreSpecificThan(a.date)) return b;
        if (a.date.moreSpecificThan(b.date)) return a;
        return b.evidence.confidence() > a.evidence.confidence() ? b : a;
    }

    private static final class MeetingBuilder {
        final String key;
        final MeetingMention first;
        final Set<String> surfaces = new LinkedHashSet<>();
        Claim<Integer> term;
        Claim<PartialDate> date;
        Claim<String> chair;
        Claim<String> place;
        final Claim<String> resolvedBody;

        MeetingBuilder(String key, MeetingMention first, Claim<String> localBody) {
            this.key = key;
            this.first = first;
            String b = key.startsWith("unnamed|") ? key.split("\\|", -1)[1] : "";
            this.resolvedBody = localBody != null ? localBody
                    : b.isEmpty() ? null : new Claim<>(b, new Evidence(first.sentence(), "body.credited-documents", 0.6));
        }

        Resolution.Meeting build() {
            Integer t = term == null ? null : term.value();
            String name;
            if (first.kind() == Kind.REFORM_SESSION && first.body() != null) {
                name = MeetingRules.sessionName(t, first.body(), first.ordinal());
            } else if (first.kind() == Kind.REFORM_SESSION && resolvedBody != null && first.ordinal() != null) {
                // a local body's session is named like a central one: 中共云澜市委全面深化改革领导小组第七次会议
                name = resolvedBody.value() + "第" + org.reformkg.extract.ChineseNumber.toChinese(first.ordinal()) + "次会议";
            } else if (first.kind() == Kind.UNNAMED) {
                name = null;
            } else {
                // a plenum is named as the text names it; prefer the form that says whose plenum (党的…)
                name = surfaces.stream().filter(x -> x.startsWith("党的")).findFirst().orElse(surfaces.iterator().next());
            }
            List<String> aliases = new ArrayList<>(surfaces);
            aliases.remove(null);
            aliases.remove(name);
            Claim<String> body = first.body() != null ? new Claim<>(first.body().name(), evidence(first)) : resolvedBody;
            return new Resolution.Meeting(key, name, aliases, body, term, first.ordinal(), date, chair, place, evidence(first));
        }
    }
}

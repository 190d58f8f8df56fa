package org.reformkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.extract.Relations.Approval;
import org.reformkg.extract.Relations.Chair;
import org.reformkg.extract.Relations.Issuance;
import org.reformkg.extract.Relations.MeetingDate;
import org.reformkg.text.Sentence;

/** Stage: mentions to relations (meeting dates, approvals, chairs, issuers). Pure. */
public final class RelationStage {
    private RelationStage() {}

    /** 审议通过 / 审议并通过 / 通过 / 原则同意 (approved) and 审议 alone (reviewed). */
    private static final Pattern TRIGGER = Pattern.compile("审议(?:并)?通过(?:了)?|(?<![审])通过(?:了)?|原则同意(?:了)?|审议(?:了)?(?!通过|并通过)");
    /** What a meeting said, after 会议: the meetings named in it are recalled, not reported on. */
    private static final Pattern REPORTED_SPEECH = Pattern.compile("(?:还|并|同时)?(?:指出|强调|认为|表示|提出)");

    /** A meeting referred back to: 会议, 这次会议, 此次会议, 本次会议, 该会议, standing alone as subject. */
    private static final Pattern MEETING_ANAPHOR = Pattern.compile("(?:(?:^|[，,。；;：:、\\s])(?<det>这次|此次|本次|该次|该|这个|上述)?(?:会议|全会|会上)"
            // 自治区党委深改委这次会议原则同意了…: a determiner marks the anaphor even right after the body's name
            + "|(?<=\\p{IsHan})(?<bodyDet>这次|此次|本次)会议)"
            + "(?:还|并|先后|同时|集中|共)?(?=审议|通过|听取|强调|指出|传达|学习|研究|讨论|原则同意|同意|由|总结|部署|通报|分析)");
    /**
     * Between 会议 and an approval verb it governs: nothing but adverbs, or clauses of what the meeting
     * did (会议听取了…汇报，审议通过了…); not a clause of what it said (会议强调，要通过…).
     */
    private static final String ADVERBS = "[还并也先后同时集中共又原则]*";
    private static final Pattern MEETING_ACTIONS = Pattern.compile("(?:" + ADVERBS
            + "(?:(?:听取|研究|部署|传达|学习|审议|讨论|通报|总结|分析|审查|原则同意|同意)[^，,。；;]*|由[^，,。；;]{2,24}主持)[，,])*" + ADVERBS);

    /** Between two listed documents: 、 ， 和 及 与 以及 (and nothing else). */
    private static final Pattern LIST_GAP = Pattern.compile("^[、，,和及与以及\\s]*$");
    /** Between a trigger and the first document: 了, 修改后的, or nothing. */
    private static final Pattern LEAD_GAP = Pattern.compile("^了?(?:修改后的|修订后的|修改完善后的|经修改的|经修订的|经修改完善的)?[了的\\s:：]*$");
    /** A chair: 习近平总书记主持召开, 政法委书记尚振飞主持会议. */
    private static final String TITLES = "总书记|国家主席|主席|总理|副总理|书记|副书记|主任|副主任|组长|副组长|省长|市长|县长|旗长|区长|镇长|部长|同志";
    /** 习近平总书记在武汉主持召开: the place may stand between the chair and 主持 too. */
    private static final String AT_PLACE = "(?:在\\p{IsHan}{2,8}?)?";
    private static final Pattern CHAIR_NAME_TITLE = Pattern.compile("(?<name>\\p{IsHan}{2,3}?)(?:" + TITLES + ")" + AT_PLACE + "(?:亲自)?主持");
    /** 习近平7月1日下午主持召开: the time of day may stand between the chair and 主持. */
    private static final String AT_TIME = "(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚间|晚)?";
    private static final Pattern CHAIR_TITLE_NAME = Pattern.compile("(?:" + TITLES + ")(?<name>(?!在)\\p{IsHan}{2,3}?)" + AT_TIME + AT_PLACE + "主持");
    /** ，习近平主持召开: a bare name right after a clause boundary. */
    private static final Pattern CHAIR_BARE_NAME = Pattern.compile("(?:^|[，,。；;：:\\s])(?<name>(?!在)(?!(?:" + TITLES + ")(?:在|主持))\\p{IsHan}{2,3}?)(?:同志)?" + AT_TIME + AT_PLACE + "主持");
    /** Between a document and the meeting that adopted it: 已经, 经, 是…, a date. */
    private static final Pattern PASSIVE_GAP = Pattern.compile("^[，,]?\\s*(?:已|已经|经|是|由|于|已于|业经)+\\s*(?:[0-9一二三四五六七八九十〇]{2,4}年)?(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?$");

    /** Agents other than the meeting that can stand between it and an approval verb. */
    private static final Pattern OTHER_AGENT = Pattern.compile("国务院|常务会议|常委会|人大|政府|办公厅|党组|[，,;；。][^，,]{0,12}(?:部|局|委)(?:审议|通过)");
    private static final Pattern CHAIR_PRESIDES_MEETING = Pattern.compile("(?:" + TITLES + ")(?<name>\\p{IsHan}{2,3})(?:同志)?主持(?:会议|本次会议|此次会议)");
    private static final Pattern SERIES_CHAIR = Pattern.compile("(?:这样的|这些|此类|历次)会议.{0,12}?(?<name>\\p{IsHan}{2,3}?)(?:" + TITLES + ")?(?:亲自)?主持召开了?[0-9一二三四五六七八九十百]+次");
    private static final Pattern ISSUE = Pattern.compile("(?<orgs>(?:(?:中共中央办公厅|国务院办公厅|中共中央|国务院|中办|国办|全国人大常委会)[、和与及]?)+)(?:联合)?(?:印发|发布|下发|颁布)(?:了)?");
    private static final Pattern DOC_ANAPHOR = Pattern.compile(
            "(?:该|这份|这一|此)(?<kind>意见|决定|方案|通知|规定|办法|条例|文件|规划|措施|细则|规则|计划|纲要|要点)");
    /** 该措施此前已经…会议审议通过: a document referred back to, adopted earlier by the meeting named after it. */
    private static final Pattern DOC_ANAPHOR_PASSIVE = Pattern.compile(
            "(?:该|这份|这一|此)(?<kind>(?:实施|指导|若干|工作|行动)?(?:意见|决定|方案|通知|规定|办法|条例|规划|措施|细则|规则|计划|纲要|要点))"
                    + "(?:此前|之前|早前|先前)?[，,]?"
                    // 这份意见，今年2月19日经…会议审议通过
                    + "(?:(?:今年|去年|[0-9一二三四五六七八九十〇]{2,4}年)?[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?[，,]?)?"
                    // 该方案已于4月9日经县委常委会会议审议通过
                    + "(?:(?:已|已经)?于(?:今年|去年|[0-9一二三四五六七八九十〇]{2,4}年)?[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?)?"
                    + "(?:已|已经|经|曾经?|业经|是)+"
                    // 这份意见经今年1月23日召开的…会议审议通过 / 该意见是今年2月19日召开的…会议审议通过的
                    // …习近平总书记主持召开的…会议审议通过的
                    + "(?:(?:今年|去年|[0-9一二三四五六七八九十〇]{2,4}年)?[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?"
                    + "(?:[\\p{IsHan}、]{2,20}?主持)?(?:召开|举行)的)?$");
    private static final Map<String, String> ORG_ALIASES = new LinkedHashMap<>();
    static {
        ORG_ALIASES.put("中办", "中共中央办公厅");
        ORG_ALIASES.put("国办", "国务院办公厅");
        ORG_ALIASES.put("中共中央", "中国共产党中央委员会");
        ORG_ALIASES.put("党中央", "中国共产党中央委员会");
    }

    public static Relations run(Mentions mentions) {
        List<MeetingDate> dates = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        List<Chair> chairs = new ArrayList<>();
        List<Issuance> issuances = new ArrayList<>();
        List<Relations.MeetingPlace> places = new ArrayList<>();
        List<Sentence> sentences = mentions.sentences();
        MeetingMention lastEventive = null;
        int lastEventiveSentence = -10;
        String seriesChair = null;
        Sentence seriesChairSentence = null;
        Map<MeetingMention, List<MeetingMention>> joint = jointSessions(mentions);
        String speaker = speaker(sentences);
        MeetingMention lastSubject = null;
        int lastSubjectSentence = -1;
        for (Sentence s : sentences) {
            String text = MatchText.of(s);
            List<MeetingMention> meetings = inSentence(mentions.meetings(), s);
            List<DocumentMention> docs = inSentence(mentions.documents(), s);
            List<DateMention> sDates = inSentence(mentions.dates(), s);

            Sentence previous = s.index() > 0 ? sentences.get(s.index() - 1) : null;
            for (MeetingMention m : meetings) {
                if (!m.eventive()) {
                    // 今年4月…第一次会议之后: a date written right before a meeting dates it, held or not
                    DateMention d = attachedDate(sDates, text, m);
                    if (d != null) dates.add(new MeetingDate(m, d, "date.meeting-attached", 0.8));
                    continue;
                }
                DateMention d = respectiveDate(sDates, meetings, m);
                if (d == null) d = precedingDate(sDates, meetings, m);
                if (d == null && joint.containsKey(m) && joint.get(m).get(0) != m)
                    d = precedingDate(sDates, meetings, joint.get(m).get(0));
                if (d == null && (d = speechDate(sentences, s, m, mentions)) != null) {
                    dates.add(new MeetingDate(m, d, "date.speech-title", 0.9));
                    continue;
                }
                // a range (第十四次至第十六次会议) is one list: a heading over its first session dates them all
                MeetingMention first = firstEventive(meetings);
                if (d == null && first != null && m.start() == first.start() && previous != null) d = datelineOf(previous, mentions);
                // 6月8日，柳北区委深改委召开会议。…这是本届区委深改委召开的第九次会议: the report's meeting, named late
                if (d == null && IDENTIFIES.matcher(text).find()) {
                    d = reportedDate(sentences, s, mentions);
                    if (d != null) {
                        dates.add(new MeetingDate(m, d, "date.identified-report", 0.75));
                        continue;
                    }
                }
                boolean dateline = d != null && d.sentence().index() != s.index();
                if (d != null) dates.add(new MeetingDate(m, d, dateline ? "date.meeting-dateline"
                        : d.relative() ? "date.meeting-relative" : "date.meeting-same-sentence",
                        dateline ? 0.6 : d.relative() ? 0.85 : 0.95));
            }

            Matcher sm = SERIES_CHAIR.matcher(text);
            if (sm.find() && seriesChair == null) {
                seriesChair = sm.group("name");
                seriesChairSentence = s;
            }

            // the meeting a bare 会议 refers back to: the last eventive meeting within the last three sentences
            MeetingMention anaphorTarget = null;
            Matcher am = MEETING_ANAPHOR.matcher(text);
            int anaphorAt = -1;
            // a bare 会议 refers to a meeting of the last few sentences; 这次会议 may reach further back
            if (am.find() && lastEventive != null
                    && ReportSpan.reaches(sentences, lastEventiveSentence, s.index(), am.group("det") != null || am.group("bodyDet") != null)) {
                anaphorTarget = lastEventive;
                anaphorAt = am.end();
            }
            // …全体（扩大）会议召开，全会听取…，审议通过《…》: the meeting named earlier in the same sentence
            if (am.find(0)) {
                for (MeetingMention m : meetings)
                    if (m.eventive() && m.end() <= am.start()) {
                        anaphorTarget = m;
                        anaphorAt = am.end();
                    }
            }

            // …审议了《A》；原则同意《B》: after a semicolon the next sentence keeps the meeting as its subject
            boolean continues = previous != null && previous.text().strip().matches(".*[；;]$")
                    && TRIGGER.matcher(text).lookingAt() && lastSubject != null && lastSubjectSentence == previous.index();
            Matcher t = TRIGGER.matcher(text);
            while (t.find()) {
                MeetingMention subject = subjectBefore(meetings, t.start());
                if (subject == null && continues && t.start() == 0) subject = lastSubject;
                String rule = "approval.meeting-trigger";
                double conf = 0.95;
                // the meeting must be the agent of the verb: another body in between (国务院常务会议通过…) adopts it instead
                if (subject != null && subject.sentence().index() == s.index()
                        && OTHER_AGENT.matcher(text.substring(subject.end(), t.start())).find()) subject = null;
                // 会议 governs only a verb right after it (会议审议通过了…), not one in a later clause (会议强调，要通过…)
                if (subject == null && anaphorTarget != null && anaphorAt <= t.start()
                        && MEETING_ACTIONS.matcher(text.substring(anaphorAt, t.start())).matches()) {
                    subject = anaphorTarget;
                    rule = "approval.meeting-anaphor";
                    conf = 0.8;
                }
                if (subject == null) continue;
                boolean approved = approves(t.group());
                lastSubject = subject;
                lastSubjectSentence = s.index();
                List<DocumentMention> listed = listAfter(docs, text, t.end());
                // 审议通过了该意见: the document named shortly before
                Matcher da = DOC_ANAPHOR.matcher(text);
                da.region(t.end(), text.length());
                DocumentMention referred = listed.isEmpty() && da.lookingAt()
                        ? lastDocument(mentions.documents(), s, da.group("kind")) : null;
                // a joint session (A与B合并召开) adopts what it adopts for both meetings
                for (MeetingMention agent : joint.getOrDefault(subject, List.of(subject))) {
                    for (DocumentMention d : listed) approvals.add(new Approval(agent, d, approved, s, rule, conf));
                    if (referred != null) approvals.add(new Approval(agent, referred, approved, s, "approval.document-anaphor", 0.75));
                }
            }
            // 《X》经MEETING审议通过 / 《X》是2019年10月8日MEETING通过的: the document before, the meeting as agent
            for (MeetingMention m : meetings) {
                Matcher after = TRIGGER.matcher(text);
                after.region(m.end(), text.length());
                if (!after.lookingAt()) continue;
                Matcher back = DOC_ANAPHOR_PASSIVE.matcher(text.substring(Math.max(0, m.start() - 48), m.start()));
                if (back.find()) {
                    DocumentMention d = lastDocument(mentions.documents(), s, back.group("kind"));
                    if (d != null) approvals.add(new Approval(m, d, approves(after.group()), s, "approval.passive-anaphor", 0.75));
                }
                for (DocumentMention d : docs) {
                    if (d.end() > m.start() || !PASSIVE_GAP.matcher(text.substring(d.end(), m.start())).matches()) continue;
                    approvals.add(new Approval(m, d, approves(after.group()), s, "approval.passive", 0.9));
                }
            }

            for (MeetingMention m : meetings) {
                String chair = chairFor(text, m);
                // a speech's 我主持召开…会议: the speaker named under the speech's title
                if (chair == null && speaker != null && SPEAKER_CHAIRS.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find())
                    chair = speaker;
                // a joint session has one chair: 区委深改组召开第二十次会议，与…第五次会议合并召开，钱建华主持
                for (MeetingMention other : joint.getOrDefault(m, List.of()))
                    if (chair == null && other != m) chair = chairFor(text, other);
                if (chair != null) chairs.add(new Chair(m, chair, s, "chair.presides", 0.9));
            }
            // 旗委副书记、政法委书记尚振飞主持会议: 会议 is the meeting just reported
            if (meetings.isEmpty() && lastEventive != null && ReportSpan.reaches(sentences, lastEventiveSentence, s.index(), false)) {
                Matcher cm = CHAIR_PRESIDES_MEETING.matcher(text);
                Matcher by = CHAIR_BY.matcher(text);
                if (cm.find()) chairs.add(new Chair(lastEventive, cm.group("name"), s, "chair.presides-anaphor", 0.8));
                else if (by.find()) chairs.add(new Chair(lastEventive, by.group("name"), s, "chair.presides-anaphor", 0.8));
            }

            Matcher im = ISSUE.matcher(text);
            while (im.find()) {
                List<String> orgs = new ArrayList<>();
                for (String o : im.group("orgs").split("[、和与及]")) if (!o.isEmpty()) orgs.add(ORG_ALIASES.getOrDefault(o, o));
                DocumentMention target = null;
                for (DocumentMention d : docs) if (d.start() >= im.end() && d.start() - im.end() <= 2) { target = d; break; }
                String rule = "issuer.issued";
                if (target == null) {
                    Matcher da = DOC_ANAPHOR.matcher(text);
                    da.region(im.end(), Math.min(text.length(), im.end() + 6));
                    if (da.lookingAt()) {
                        target = lastDocument(mentions.documents(), s, da.group("kind"));
                        rule = "issuer.issued-anaphor";
                    }
                }
                if (target != null) issuances.add(new Issuance(target, orgs, s, rule, rule.endsWith("anaphor") ? 0.8 : 0.9));
            }
            for (DocumentMention d : docs) {
                for (Map.Entry<String, String> e : List.of(Map.entry("中共中央", "中国共产党中央委员会"), Map.entry("国务院", "国务院"))) {
                    if (d.title().startsWith(e.getKey() + "关于"))
                        issuances.add(new Issuance(d, List.of(e.getValue()), s, "issuer.in-title", 0.95));
                }
            }

            // 党的十八届五中全会在北京举行 / 在延安召开的党的七大: 在 + place + 召开/举行, next to the meeting
            for (PlaceMention p : inSentence(mentions.places(), s)) {
                if (p.start() < 1 || text.charAt(p.start() - 1) != '在') continue;
                if (!text.startsWith("召开", p.end()) && !text.startsWith("举行", p.end()) && !text.startsWith("隆重召开", p.end())) continue;
                MeetingMention target = null;
                for (MeetingMention m : meetings) {
                    if (m.end() <= p.start() - 1 && text.substring(m.end(), p.start() - 1).isEmpty()) target = m; // 全会在北京举行
                    if (m.start() >= p.end() && text.substring(p.end(), m.start()).matches("(?:隆重)?(?:召开|举行)的")) target = m;
                }
                if (target != null) places.add(new Relations.MeetingPlace(target, p, s, "place.held-in", 0.9));
            }

            // 会议指出，7月9日，…主持召开中央深改委第二十次会议: a meeting recalled in what the meeting said leaves it the 会议
            boolean recalled = anaphorTarget != null && am.start() <= 1 && REPORTED_SPEECH.matcher(text).region(am.end(), text.length()).lookingAt();
            if (recalled) lastEventiveSentence = s.index();
            else for (MeetingMention m : meetings) if (m.eventive()) { lastEventive = m; lastEventiveSentence = s.index(); }
        }
        if (seriesChair != null) {
            for (MeetingMention m : mentions.meetings()) {
                boolean central = m.body() == Body.REFORM_GROUP || m.body() == Body.REFORM_COMMISSION;
                if (central && chairs.stream().noneMatch(c -> c.meeting() == m))
                    chairs.add(new Chair(m, seriesChair, seriesChairSentence, "chair.series", 0.6));
            }
        }
        // 先后召开第二十三次至第二十五次会议，审议通过《A》《B》: the list does not say which session adopted which
        approvals.removeIf(a -> a.meeting().rule().endsWith("session-range"));
        return new Relations(dates, approvals, chairs, issuances, places);
    }

    /** Whether a trigger approves (审议通过, 通过, 原则同意) rather than only reviews (审议). */
    private static boolean approves(String trigger) {
        return !trigger.startsWith("审议") || trigger.contains("通过");
    }

    private static <T> List<T> inSentence(List<T> all, Sentence s) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            Sentence ts = t instanceof MeetingMention m ? m.sentence() : t instanceof DocumentMention d ? d.sentence()
                    : t instanceof PlaceMention p ? p.sentence() : ((DateMention) t).sentence();
            if (ts.index() == s.index()) out.add(t);
        }
        return out;
    }

    private static MeetingMention firstEventive(List<MeetingMention> meetings) {
        for (MeetingMention m : meetings) if (m.eventive()) return m;
        return null;
    }

    /** What may stand between a date and the meeting it dates: 召开的, or who chaired it (习近平总书记主持召开的). */
    private static final Pattern ATTACHED_GAP = Pattern.compile("(?:[\\p{IsHan}、]{2,20}?主持)?(?:召开|举行)?的?");

    /** The date written right before a meeting's name (…的, 召开的 between), if any. */

    private static DateMention attachedDate(List<DateMention> dates, String text, MeetingMention m) {
        for (DateMention d : dates)
            if (d.end() <= m.start() && ATTACHED_GAP.matcher(text.substring(d.end(), m.start())).matches()) return d;
        return null;
    }

    private static final Pattern SPEAKER_CHAIRS = Pattern.compile("我(?:亲自)?主持召开了?(?:的)?$");
    /** A speaker's line under a speech's title: 林志鸿 / 中共潍坊市委书记　高照川. */
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            "^(?:[\\p{IsHan}、]{2,24}?(?:书记|市长|县长|区长|省长|主任|旗长)[\\s\u3000]*)?(?<name>\\p{IsHan}{2,3})$");

    /** The speaker of a speech whose title opens the text (在…上的讲话), named on a line of its own just under it. */
    static String speaker(List<Sentence> sentences) {
        for (int i = 0; i < Math.min(4, sentences.size()); i++) {
            if (!SPEECH_TITLE.matcher(sentences.get(i).text().strip()).matches()) continue;
            for (int j = i + 1; j < Math.min(sentences.size(), i + 4); j++) {
                Matcher n = SPEAKER_LINE.matcher(sentences.get(j).text().strip());
                if (n.matches()) return n.group("name");
            }
        }
        return null;
    }

    static final Pattern SPEECH_TITLE = Pattern.compile("^[—－-]*\\s*在.{2,60}上的(?:讲话|发言|报告|致辞|主持词|总结讲话)(?:[（(][^（()）]{1,6}[)）])?$");
    private static final Pattern BRACKETED_DATE = Pattern.compile("^[（(].{6,14}[)）]$");

    /**
     * 在全市…推进会议上的讲话 / 中共潍坊市委书记 高照川 / （2021年7月16日）: a speech's title names the meeting it
     * was given at, and the bracketed date under the title is that meeting's date.
     */
    private static DateMention speechDate(List<Sentence> sentences, Sentence s, MeetingMention m, Mentions mentions) {
        if (!SPEECH_TITLE.matcher(s.text().strip()).matches()) return null;
        for (int i = s.index() + 1; i < Math.min(sentences.size(), s.index() + 4); i++) {
            if (!BRACKETED_DATE.matcher(sentences.get(i).text().strip()).matches()) continue;
            for (DateMention d : mentions.dates())
                if (d.sentence().index() == i && !d.relative()) return d;
        }
        return null;
    }

    /**
     * Meetings held as one joint session (市委深改委第二十五次会议与市委财经领导小组第九次会议合并召开;
     * 区委深改组召开第二十次会议，与区委财经领导小组第五次会议合并召开): each
     * maps to all meetings of its session, itself included.
     */
    static Map<MeetingMention, List<MeetingMention>> jointSessions(Mentions mentions) {
        Map<MeetingMention, List<MeetingMention>> out = new LinkedHashMap<>();
        List<MeetingMention> all = mentions.meetings();
        for (int i = 0; i + 1 < all.size(); i++) {
            MeetingMention a = all.get(i), b = all.get(i + 1);
            if (a.sentence().index() != b.sentence().index() || b.start() < a.end()) continue;
            String text = MatchText.of(a.sentence());
            if (!text.substring(a.end(), b.start()).matches("[，,]?[与和同及、]")
                    || !text.substring(b.end()).matches("^(?:合并|联合|一并|合并同步)(?:召开|举行).*")) continue;
            List<MeetingMention> session = List.of(a, b);
            out.put(a, session);
            out.put(b, session);
        }
        return out;
    }

    private static final Pattern EARLIER = Pattern.compile("此前|之前|早前|先前|曾经");
    /** 这是…召开的第九次会议 / 这次会议是…第九次会议: a sentence naming the meeting its report describes. */
    private static final Pattern IDENTIFIES = Pattern.compile("^(?:这是|此次会议是|这次会议是|本次会议是|会议是)");

    /** The date the report leads with: the first date of the nearest sentences before, within the report. */
    private static DateMention reportedDate(List<Sentence> sentences, Sentence s, Mentions mentions) {
        for (int i = s.index() - 1; i >= 0 && ReportSpan.reaches(sentences, i, s.index(), false); i--)
            for (DateMention d : mentions.dates())
                if (d.sentence().index() == i) return d;
        return null;
    }

    /** "2014年1月22日，北京中南海。" a short sentence that is only a date (and a place) dates the report that follows. */
    private static DateMention datelineOf(Sentence previous, Mentions mentions) {
        // a page head's issue date (2015年7月2日　星期四) is the paper's, not the meeting's
        if (previous.text().length() > 24 || previous.text().contains("星期")) return null;
        for (MeetingMention m : mentions.meetings()) if (m.sentence().index() == previous.index()) return null;
        for (DateMention d : mentions.dates()) if (d.sentence().index() == previous.index() && d.start() == 0) return d;
        return null;
    }

    /** The date closest before the meeting in its sentence with no other meeting or date between them. */
    /**
     * 3月、5月，…分别召开第二次、第三次会议: a list of dates and a list of meetings of the same length, paired in
     * order; null when the meeting is in no such pair of lists.
     */
    private static DateMention respectiveDate(List<DateMention> dates, List<MeetingMention> meetings, MeetingMention m) {
        List<MeetingMention> list = meetings.stream().filter(o -> o.start() == m.start()).toList();
        if (list.size() < 2) return null;
        int last = -1;
        for (int i = 0; i < dates.size(); i++)
            if (dates.get(i).end() <= m.start() && dates.get(i).rule().equals("date.list-member")) last = i;
        if (last < 0) return null;
        int first = last;
        while (first > 0 && dates.get(first).rule().equals("date.list-member")) first--;
        List<DateMention> dateList = dates.subList(first, last + 1);
        String between = m.sentence().text().substring(dateList.get(dateList.size() - 1).end(), m.start());
        if (dateList.size() != list.size() || !between.contains("分别")) return null;
        return dateList.get(list.indexOf(m));
    }

    private static final Pattern PAGE_DATE_AFTER = Pattern.compile("[\\s\u3000]*(?:星期|周)[一二三四五六日天]");

    private static DateMention precedingDate(List<DateMention> dates, List<MeetingMention> meetings, MeetingMention m) {
        // …第八次会议前一天召开 / 会议于24日召开: a date between the meeting and its verb is the meeting's own
        for (DateMention d : dates) {
            String text = m.sentence().text();
            if (d.start() >= m.end() && d.start() - m.end() <= 2 && text.substring(m.end(), d.start()).matches("[于在]?")
                    && (text.startsWith("召开", d.end()) || text.startsWith("举行", d.end()))) return d;
        }
        DateMention best = null;
        for (DateMention d : dates) {
            if (d.end() > m.start()) continue;
            // 2017年6月27日 星期二 1版 要闻 run into the headline: the page's date, not the meeting's
            if (PAGE_DATE_AFTER.matcher(m.sentence().text()).region(d.end(), m.start()).lookingAt()) continue;
            // 中共中央政治局8月30日召开会议，决定…召开…全会: a date right after another meeting is that meeting's
            boolean ownedByOther = false;
            for (MeetingMention o : meetings) if (o != m && o.end() == d.start()) ownedByOther = true;
            if (!ownedByOther) best = d;
        }
        if (best == null) {
            // 会议于2016年2月23日召开: a date right after the meeting name, introduced by 于
            for (DateMention d : dates) {
                if (d.start() >= m.end() && d.start() - m.end() <= 2
                        && m.sentence().text().substring(m.end(), d.start()).matches("[于在]?")) return d;
            }
            return null;
        }
        for (MeetingMention o : meetings)
            if (o != m && o.eventive() && o.start() >= best.end() && o.end() <= m.start() && o.start() != m.start()) return null;
        // 3月，…印发《…》，该措施此前已经…会议审议通过: the date is the later event's, not the meeting's
        if (EARLIER.matcher(m.sentence().text().substring(best.end(), m.start())).find()) return null;
        return best;
    }

    /**
     * The meeting an approval verb belongs to: the last meeting before it that the sentence reports as taking
     * place, or one the verb directly follows (党的二十届三中全会审议通过的《…》); not one only referred to
     * (传达学习…第十次会议精神，审议通过…).
     */
    private static MeetingMention subjectBefore(List<MeetingMention> meetings, int pos) {
        MeetingMention best = null;
        for (MeetingMention m : meetings)
            if ((m.eventive() || m.end() == pos) && m.end() <= pos && (best == null || m.start() >= best.start())) best = m;
        if (best == null) return null;
        // a range or joint session yields several mentions with one span: the caller sees the last; keep all with that span
        return best;
    }

    /** The documents listed right after a trigger: 《A》《B》和《C》. */
    private static List<DocumentMention> listAfter(List<DocumentMention> docs, String text, int pos) {
        List<DocumentMention> out = new ArrayList<>();
        int prev = pos;
        for (DocumentMention d : docs) {
            if (d.start() < pos) continue;
            String gap = text.substring(prev, d.start());
            if (out.isEmpty() ? !LEAD_GAP.matcher(gap).matches() : !LIST_GAP.matcher(gap).matches()) break;
            out.add(d);
            prev = d.end();
        }
        return out;
    }

    /** 会议由市委书记郑志刚主持: the meeting just reported, chaired by a named person (an office alone names no one). */
    private static final Pattern CHAIR_BY = Pattern.compile(
            "^会议由[\\p{IsHan}、]{0,16}?(?:" + TITLES + ")(?<name>\\p{IsHan}{2,3})(?:同志)?主持");
    private static final Pattern HELD_CLAUSE = Pattern.compile("[^，,。；;]{0,8}?(?:召开|举行)[，,]");
    private static final Pattern CHAIR_AFTER_HELD = Pattern.compile("[\\p{IsHan}、]{0,16}?" + CHAIR_PRESIDES_MEETING.pattern());
    private static final Pattern CHAIR_CLAUSE_AFTER = Pattern.compile(
            "(?:合并|联合)?(?:召开|举行)[，,](?<name>\\p{IsHan}{2,3}?)(?:" + TITLES + ")?主持(?:会议|召开)?(?=[。，,；;]|$)");

    private static String chairFor(String text, MeetingMention m) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        Matcher c = CHAIR_NAME_TITLE.matcher(before);
        String name = null;
        while (c.find()) if (before.substring(c.end()).matches("召开(?:了|的)?|(?:召开了?)?(?:的)?")) name = trimName(before, c);
        if (name == null) {
            c = CHAIR_BARE_NAME.matcher(before);
            while (c.find()) if (before.substring(c.end()).matches("召开(?:了|的)?")) name = c.group("name");
        }
        if (name == null) {
            c = CHAIR_TITLE_NAME.matcher(before);
            while (c.find()) if (before.substring(c.end()).matches("召开(?:了|的)?")) name = c.group("name");
        }
        if (name == null) {
            // …第十次会议召开，王立新主持。 / …合并召开，钱建华主持。
            Matcher a = CHAIR_CLAUSE_AFTER.matcher(text).region(m.end(), text.length());
            if (a.lookingAt()) name = a.group("name");
        }
        if (name == null) {
            // …第八次会议前一天召开，市委书记黄志刚主持会议
            Matcher held = HELD_CLAUSE.matcher(text).region(m.end(), text.length());
            if (held.lookingAt()) {
                Matcher a = CHAIR_AFTER_HELD.matcher(text).region(held.end(), text.length());
                if (a.lookingAt()) name = a.group("name");
            }
        }
        if (name == null) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            Matcher a = Pattern.compile("^(?:由)?(?<name>\\p{IsHan}{2,3}?)(?:" + TITLES + ")?主持").matcher(after);
            if (a.find() && after.startsWith("由")) name = a.group("name");
        }
        return name;
    }

    /** A name directly before a title is 2 or 3 characters; take 3 only when the character before it is a boundary. */
    private static String trimName(String before, Matcher c) {
        String n = c.group("name");
        int s = c.start("name");
        if (n.length() == 2 && s > 0 && Character.isIdeographic(before.charAt(s - 1)) && s - 1 >= 0
                && !isBoundaryHan(before.charAt(s - 1))) {
            return before.charAt(s - 1) + n;
        }
        return n;
    }

    private static boolean isBoundaryHan(char c) {
        return "由在是和与及的了，,".indexOf(c) >= 0;
    }

    private static DocumentMention lastDocument(List<DocumentMention> docs, Sentence s, String kind) {
        DocumentMention best = null;
        for (DocumentMention d : docs) {
            // 这份意见 may refer back across a report's paragraphs of background
            if (d.sentence().index() > s.index() || s.index() - d.sentence().index() > 12) continue;
            if (kind.equals("文件") || d.title().endsWith(kind)) best = d;
        }
        return best;
    }
}

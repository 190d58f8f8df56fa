package org.reformkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Rules that find named persons with the roles the text gives them, as written. The patterns: roles then the
 * name (旗委常委、组织部部长陈立东出席会议), the name then a title (习近平总书记), reporters and bylines
 * ((记者 王耀宗), □ 仲青), the name then its roles after a comma (马杰，九龙坡区政协副秘书长), a list of names
 * attending (张栋梁、刘飞及…参加会议), the leader formula (以习近平同志为核心的党中央), and HanLP's person
 * tag (nr) before a verb of speech or action as the fallback. A family name, HanLP's tag or a following verb
 * decides where a name ends; a name alone is never taken from HanLP's tag without one of these.
 */
public final class PersonRules {
    private PersonRules() {}

    /** Words that end a role, longest first. */
    private static final String ROLE_HEADS = "总书记|副书记|书记|常务副组长|副组长|组长|副主席|主席|主任委员|副主任|主任|副部长|部长"
            + "|副省长|省长|副市长|市长|副县长|县长|副区长|区长|副旗长|旗长|副镇长|镇长|副乡长|乡长|村长|社长|副秘书长|秘书长"
            + "|副院长|院长|副校长|校长|副局长|局长|副处长|处长|科长|所长|庭长|副厅长|厅长|副总理|总理|委员长|常委|委员"
            + "|董事长|总经理|经理|负责人|队长|站长|主编|记者|通讯员|村民|居民|农民|患者|干部|教授|研究员|专家|会长|理事长"
            + "|馆长|行长|署长|司长|检察长|政委|司令员";

    /** A role head, not inside an organisation's name (委员会, 代表大会). */
    private static final Pattern ROLE_HEAD = Pattern.compile("(?:" + ROLE_HEADS + ")(?![会])");
    private static final Pattern ENDS_WITH_ROLE = Pattern.compile("(?:" + ROLE_HEADS + ")$");

    /** Titles written right after a leader's name (习近平总书记, 习近平主席). */
    private static final Pattern TITLE_AFTER = Pattern.compile("^(总书记|副主席|主席|副总理|总理|委员长|书记|省长|市长|县长|同志)");

    /** Verbs of speech or action right after a name: they end it, and make a tagged name a person of the story (乔有世指着). */
    private static final String VERBS = "说|表示|介绍|指出|强调|告诉|坦言|认为|谈到|指着|一边|感慨|笑着|主持|出席|参加|列席|担任|调研";
    private static final Pattern VERB_AFTER = Pattern.compile("^(?:" + VERBS + ")");
    /** What may follow a name: such a verb, a few words, or punctuation. */
    private static final Pattern CUE_AFTER = Pattern.compile("^(?:" + VERBS + "|而言|等|同志|[、，,。；;：:)）\\s])");
    private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}]+");

    /** Characters a name never contains: with them the words are a phrase (斩钉截铁地, 高兴地). */
    private static final String NOT_IN_NAME = "地的了着在是不也都就很将把被对从与及等会要说";

    /** Words that end the role text before a name: what precedes them is not part of the role. */
    private static final Pattern ROLE_CUT = Pattern.compile("时任|现任|曾任|原任|担任|兼任|对于|由|的|是|让|请|被|把|将|在|跟|了|说|时");
    /** Prepositions that open the clause before a role (据达茂旗妇联主席…介绍): not part of the role. */
    private static final Pattern ROLE_PREPOSITION = Pattern.compile("^(?:据|经|对|向|从|为|同|和|与|及)");

    /** (记者 邹伟 韩洁): a reporter's or author's credit with the names separated by spaces. */
    private static final String CREDIT_ROLE = "本报记者|记者|通讯员|实习生|摄影|作者";
    private static final Pattern CREDIT = Pattern.compile(
            "(?<role>" + CREDIT_ROLE + ")[\\s:：]+(?<names>[\\p{IsHan}]{2,4}(?:\\s+(?!" + CREDIT_ROLE + ")[\\p{IsHan}]{2,4})*)"
                    + "(?=\\s*[)）]|\\s*$|\\s+报道|\\s+(?:" + CREDIT_ROLE + "))");
    /** □ 马杰 张磊: a byline under a headline. */
    private static final Pattern BYLINE = Pattern.compile("^[□■▲△◎●]\\s*(?<names>[\\p{IsHan}]{2,4}(?:\\s+[\\p{IsHan}]{2,4})*)\\s*$");
    /** 马杰，九龙坡区政协副秘书长、办公室副主任；: a name then its roles, between delimiters. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "(?:^|[:：;；(（])\\s*(?<name>[\\p{IsHan}]{2,4})[，,](?<roles>[\\p{IsHan}、()（）]{2,60}?)(?=[;；)）。]|$)");
    /** 以习近平同志为核心的党中央: the leader formula names the core of the central committee. */
    private static final Pattern CORE = Pattern.compile("以(?<name>[\\p{IsHan}]{2,4})同志为核心的党中央");
    private static final String CORE_ROLE = "党中央的核心";

    private static final Pattern CHAIR_CUE = Pattern.compile("主持");
    private static final Pattern ATTEND_CUE = Pattern.compile("(?:出席|参加|列席)[^，,。；;]*会");
    private static final Pattern LIST_FOLLOWER = Pattern.compile("^(?:及|和|等|参加|出席|列席|陪同)");

    /** Finds the persons named in one sentence, in text order; one mention per name and sentence. */
    public static List<PersonMention> find(Sentence s) {
        String text = MatchText.of(s);
        List<Chinese.Token> tokens = Chinese.tokens(text);
        List<PersonMention> out = new ArrayList<>();
        credits(s, text, out);
        appositives(s, text, out);
        roleThenName(s, text, tokens, out);
        Matcher core = CORE.matcher(text);
        while (core.find())
            out.add(person(s, text, core.start("name"), core.end("name"), List.of(CORE_ROLE), "person.core-formula", 0.9));
        tagged(s, text, tokens, out);
        nameLists(s, text, tokens, out);
        alone(s, text, tokens, out);
        return merge(out);
    }

    /**
     * Finds the persons of a whole text: {@link #find(Sentence)} on each sentence, and a byline name on a line of
     * its own takes the roles of the line after it when that line is only roles (孙绍骋 / 内蒙古自治区党委书记、…).
     */
    public static List<PersonMention> find(List<Sentence> sentences) {
        List<PersonMention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (PersonMention p : find(sentences.get(i))) {
                if (p.rule().equals("person.byline-alone") && i + 1 < sentences.size()) {
                    Sentence next = sentences.get(i + 1);
                    List<String> roles = rolesOnly(MatchText.surface(next, 0, next.text().length()));
                    if (!roles.isEmpty())
                        p = new PersonMention(p.sentence(), p.start(), p.end(), p.name(), roles, null, "person.byline-roles", 0.8);
                }
                out.add(p);
            }
        }
        return out;
    }

    private static void credits(Sentence s, String text, List<PersonMention> out) {
        for (Pattern p : new Pattern[]{CREDIT, BYLINE}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String role = p == CREDIT ? m.group("role").replace("本报", "") : "作者";
                Matcher n = HAN_RUN.matcher(text).region(m.start("names"), m.end("names"));
                while (n.find()) {
                    if (!personal(n.group())) continue;
                    out.add(person(s, text, n.start(), n.end(), List.of(role), p == CREDIT ? "person.credit" : "person.byline", 0.9));
                }
            }
        }
    }

    private static void appositives(Sentence s, String text, List<PersonMention> out) {
        Matcher m = APPOSITIVE.matcher(text);
        while (m.find()) {
            List<String> roles = rolesOnly(MatchText.surface(s, m.start("roles"), m.end("roles")));
            if (roles.isEmpty() || !personal(m.group("name"))) continue;
            out.add(person(s, text, m.start("name"), m.end("name"), roles, "person.name-roles", 0.85));
        }
    }

    /** 达茂旗团委书记阿拉腾宝德告诉记者: roles, then the name, ended by a cue or by HanLP's tag. */
    private static void roleThenName(Sentence s, String text, List<Chinese.Token> tokens, List<PersonMention> out) {
        Matcher m = ROLE_HEAD.matcher(text);
        while (m.find()) {
            int end = nameEnd(text, tokens, m.end());
            if (end < 0) continue;
            List<String> roles = rolesBefore(s, text, m.end());
            if (roles.isEmpty()) continue;
            out.add(person(s, text, m.end(), end, roles, "person.role-name", 0.85));
        }
    }

    /** Where a name starting at {@code at} ends, or -1 when no name starts there. */
    private static int nameEnd(String text, List<Chinese.Token> tokens, int at) {
        for (int len = 2; len <= 5 && at + len <= text.length(); len++) {
            String name = text.substring(at, at + len);
            if (!RuleSupport.isHan(name)) break;
            String rest = text.substring(at + len);
            if (!wordsOfAName(name)) break;
            // a family name and a verb after, or HanLP's name tag where only punctuation follows (总书记曾指出 is no name)
            boolean verb = VERB_AFTER.matcher(rest).find();
            if (len <= 3 && RuleSupport.surnamed(name) && (verb || (rest.isEmpty() || CUE_AFTER.matcher(rest).find()) && taggedWithin(tokens, at, at + len))
                    && !ordinaryWord(tokens, at, len)) return at + len;
            // a longer name (阿拉腾宝德) needs a verb after it and part of it read as a name by HanLP
            if (len >= 4 && verb && taggedWithin(tokens, at, at + len)) return at + len;
        }
        for (Chinese.Token t : tokens) {
            if (t.offset() == at && t.tag().startsWith("nr") && personal(t.word())) return at + t.word().length();
        }
        return -1;
    }

    /** A Chinese personal name: a family name first, and none of the function words a phrase has (高兴地). */
    private static boolean personal(String name) {
        return RuleSupport.surnamed(name) && wordsOfAName(name);
    }

    private static boolean wordsOfAName(String name) {
        return name.chars().noneMatch(c -> NOT_IN_NAME.indexOf(c) >= 0);
    }

    /** HanLP reads the characters as one ordinary word (强调 after 总书记), not a name. */
    private static boolean ordinaryWord(List<Chinese.Token> tokens, int at, int len) {
        for (Chinese.Token t : tokens)
            if (t.offset() == at && t.word().length() == len) return !t.tag().startsWith("nr");
        return false;
    }

    /** HanLP tags a name within the span, or one that covers its start (孙绍 in 孙绍骋). */
    private static boolean taggedWithin(List<Chinese.Token> tokens, int start, int end) {
        for (Chinese.Token t : tokens)
            if (t.tag().startsWith("nr") && t.offset() >= start && t.offset() < end) return true;
        return false;
    }

    /** The roles written right before {@code end}, in order: the 、-separated chain of phrases ending in role words. */
    private static List<String> rolesBefore(Sentence s, String text, int end) {
        int from = end;
        while (from > 0 && end - from < 40 && (RuleSupport.isHan(text.charAt(from - 1)) || "、()（）".indexOf(text.charAt(from - 1)) >= 0)) from--;
        Matcher c = ROLE_CUT.matcher(text.substring(from, end));
        int start = from;
        while (c.find()) start = from + c.end();
        Matcher p = ROLE_PREPOSITION.matcher(text.substring(start, end));
        if (p.find()) start += p.end();
        return rolesOnly(MatchText.surface(s, start, end));
    }

    /** The roles of a text that is nothing but roles (旗委常委、组织部部长); empty when a piece is not a role. */
    private static List<String> rolesOnly(String text) {
        List<String> roles = new ArrayList<>();
        for (String piece : text.strip().split("、")) {
            String role = piece.strip();
            if (role.isEmpty() || role.length() > 24 || !ENDS_WITH_ROLE.matcher(role).find()) roles.clear();
            else roles.add(role);
        }
        return roles;
    }

    /** Names HanLP tags as persons, confirmed by a title (习近平总书记) or a verb after them (乔有世指着). */
    private static void tagged(Sentence s, String text, List<Chinese.Token> tokens, List<PersonMention> out) {
        for (Chinese.Token t : tokens) {
            int end = t.offset() + t.word().length();
            if (!t.tag().startsWith("nr") || !personal(t.word()) || end > text.length()) continue;
            String after = text.substring(end);
            Matcher title = TITLE_AFTER.matcher(after);
            if (title.find()) {
                List<String> roles = title.group().equals("同志") ? List.of() : List.of(title.group());
                out.add(person(s, text, t.offset(), end, roles, "person.name-title", 0.9));
            } else if (VERB_AFTER.matcher(after).find()) {
                List<String> roles = after.startsWith("担任") ? rolesOnly(MatchText.surface(s, end + 2, RuleSupport.clauseEnd(text, end))) : List.of();
                out.add(person(s, text, t.offset(), end, roles, "person.name-verb", 0.75));
            }
        }
    }

    /** 张栋梁、刘飞及旗直有关部门负责人参加会议: two or more tagged names joined by 、 before 及/和/等 or the verb. */
    private static void nameLists(Sentence s, String text, List<Chinese.Token> tokens, List<PersonMention> out) {
        List<Chinese.Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Chinese.Token t = i < tokens.size() ? tokens.get(i) : null;
            boolean name = t != null && t.tag().startsWith("nr") && personal(t.word());
            if (name && (run.isEmpty() || text.startsWith("、", t.offset() - 1))) {
                run.add(t);
                continue;
            }
            if (t != null && t.word().equals("、") && !run.isEmpty()) continue;
            if (run.size() >= 2) {
                Chinese.Token last = run.get(run.size() - 1);
                if (LIST_FOLLOWER.matcher(text.substring(last.offset() + last.word().length())).find())
                    for (Chinese.Token n : run)
                        out.add(person(s, text, n.offset(), n.offset() + n.word().length(), List.of(), "person.name-list", 0.8));
            }
            run.clear();
            if (name) run.add(t);
        }
    }

    /** A line that is only a name: a byline set on its own line. */
    private static void alone(Sentence s, String text, List<Chinese.Token> tokens, List<PersonMention> out) {
        String name = text.strip();
        if (!personal(name)) return;
        if (tokens.size() == 1 && !tokens.get(0).tag().startsWith("nr")) return; // one ordinary word (高质量)
        int at = text.indexOf(name);
        out.add(person(s, text, at, at + name.length(), List.of(), "person.byline-alone", 0.6));
    }

    private static PersonMention person(Sentence s, String text, int start, int end, List<String> roles, String rule, double conf) {
        return new PersonMention(s, start, end, text.substring(start, end), roles, cue(text, end), rule, conf);
    }

    /** chair when the clause after the name says 主持, attend when it says 出席/参加/列席 a meeting, else null. */
    private static String cue(String text, int after) {
        int clause = RuleSupport.clauseEnd(text, after);
        // a name list reaches its verb past the other names: 张栋梁、刘飞及…参加会议
        String rest = text.substring(after, clause);
        if (CHAIR_CUE.matcher(rest).find()) return PersonMention.CHAIR;
        if (ATTEND_CUE.matcher(rest).find()) return PersonMention.ATTEND;
        return null;
    }

    /** One mention per name: the first found, with the roles of all, the highest confidence and any cue. */
    private static List<PersonMention> merge(List<PersonMention> found) {
        Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
        for (PersonMention p : found) byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        List<PersonMention> out = new ArrayList<>();
        for (List<PersonMention> same : byName.values()) {
            PersonMention first = same.get(0);
            LinkedHashSet<String> roles = new LinkedHashSet<>();
            String cue = null;
            double conf = 0;
            for (PersonMention p : same) {
                roles.addAll(p.roles());
                if (cue == null) cue = p.meetingCue();
                conf = Math.max(conf, p.confidence());
            }
            out.add(new PersonMention(first.sentence(), first.start(), first.end(), first.name(), List.copyOf(roles), cue, first.rule(), conf));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}

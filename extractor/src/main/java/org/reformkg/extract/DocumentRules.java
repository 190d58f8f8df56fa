package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.text.Sentence;

/**
 * Rules that find policy documents: titles in 《》 (newspapers, periodicals and other media in 《》
 * are not documents), and the kind word at a title's tail.
 */
public final class DocumentRules {
    private DocumentRules() {}

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{1,120})》");

    /** Kind words, longest first: the first that ends a title is its kind. */
    public static final List<String> KINDS = List.of(
            "若干意见", "指导意见", "实施意见", "意见", "若干规定", "规定", "决定", "实施办法", "办法",
            "实施方案", "方案", "条例", "通知", "制度", "规范", "清单", "行动计划", "计划", "规划",
            "报告", "纲要", "决议", "细则", "规则", "通告", "公告", "批复", "意见稿", "通报",
            "若干措施", "措施", "准则", "工作要点", "要点", "章程", "指引", "工作机制", "标准", "规程", "导则", "守则");

    /** Kinds normalised to the list analysts use (实施方案 is a 方案). */
    private static String canonicalKind(String k) {
        return switch (k) {
            case "实施办法" -> "办法";
            case "实施方案" -> "方案";
            case "行动计划" -> "计划";
            case "意见稿" -> "意见";
            case "若干措施" -> "措施";
            case "工作要点" -> "要点";
            default -> k;
        };
    }

    /** Tails that mark books and compilations, not documents: 《习近平关于全面深化改革论述摘编》. */
    private static final Pattern BOOK = Pattern.compile("(?:摘编|选编|文集|文选|选集|读本|汇编|问答|全集|百问|100问|学习纲要|教材|讲义)$");
    /** 《寻乌调查》, 《才溪乡调查》: a field study (调查 with no kind word after it) is a written work, not a policy. */
    private static final Pattern STUDY = Pattern.compile("调查$");

    /** Tails that mark media, not documents: 《人民日报》, 《求是》杂志, 《新闻联播》. */
    private static final Pattern MEDIA = Pattern.compile(
            "(?:日报|晚报|早报|时报|周报|(?<![通汇简呈])报|简报|杂志|周刊|月刊|半月刊|期刊|新闻联播|新闻|频道|电视台|网|画报|文摘|学报|求是|动态|内参|快报)$");

    /** 《全称》(以下简称《决定》): the short form a text introduces for the title before it. */
    private static final Pattern SHORT_FORM = Pattern.compile("^\\s*[(（]\\s*(?:以下)?简称\\s*[《“\"]([^》”\"]{1,30})[》”\"]\\s*[)）]");

    /**
     * Finds the documents named in one sentence. {@code shortForms} maps short forms introduced so far
     * (以下简称《决定》) to full titles; short forms this sentence introduces are added to it, and a
     * title equal to a known short form is read as the full title. {@code lastOfKind} maps kind words to the
     * last full title of that kind (updated here), so a bare 《决定》 refers back to it.
     */
    public static List<DocumentMention> find(Sentence s, java.util.Map<String, String> shortForms,
                                             java.util.Map<String, String> lastOfKind) {
        List<DocumentMention> out = new ArrayList<>();
        String text = MatchText.of(s);
        Matcher m = BOOK_TITLE.matcher(text);
        int skipUntil = -1;
        while (m.find()) {
            if (m.start() < skipUntil) continue;
            String title = cleanTitle(MatchText.surface(s, m.start(1), m.end(1)));
            if (title.isEmpty() || isMedia(text, title, m.end()) || BOOK.matcher(withoutQualifier(title)).find() || STUDY.matcher(title).find() || isArticle(text, m.start(), m.end())
                    || isHeadline(title))
                continue;
            Matcher sf = SHORT_FORM.matcher(text.substring(m.end()));
            if (sf.find()) {
                shortForms.put(cleanTitle(sf.group(1)), title);
                skipUntil = m.end() + sf.end();
            }
            String full = shortForms.get(title);
            // 《决定》 alone, without an introduced short form: the last document of that kind the text named
            if (full == null && KINDS.contains(title)) full = lastOfKind.get(title);
            if (full != null && !full.equals(title)) {
                out.add(new DocumentMention(s, m.start(), m.end(), full, kindOf(full), "document.short-form", 0.9));
            } else {
                out.add(new DocumentMention(s, m.start(), m.end(), title, kindOf(title), "document.quoted-title", 1.0));
                lastOfKind.put(kindOf(title), title);
                for (String k : KINDS) if (title.endsWith(k)) lastOfKind.put(k, title);
            }
        }
        out.addAll(unquotedInApprovalList(s, text));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Titles written without 《》 in an approval list: after a meeting's 审议通过/审议/通过, the list is read
     * item by item (《A》、B和C; a quoted name inside an item keeps its 、: X“双随机、一公开”监管细则), and an item without 《》 is a title when it starts with 关于 or ends in a
     * kind word (工作规则, 管理办法, 实施方案) and is not a generic phrase (有关方案, 3个办法). The list ends at
     * the first thing that is neither an item nor a separator.
     */
    private static final Pattern APPROVAL_LIST = Pattern.compile("审议(?:并)?通过(?:了)?|审议(?:了)?|(?<=会议[，,]?)(?:原则)?(?:通过|同意)(?:了)?");
    /** …《B》，原则同意C: a further approval verb inside the list starts its next items. */
    private static final Pattern LIST_VERB = Pattern.compile("(?:审议(?:并)?通过|原则(?:同意|通过)|批准)(?:了)?");
    private static final Pattern UNQUOTED_ITEM = Pattern.compile("(?:关于)?(?:“[^“”。；;]{1,20}”|[\\p{IsHan}0-9０-９A-Za-zＡ-Ｚ“”（）()—－+＋.．]){2,60}?(?:"
            + String.join("|", KINDS) + ")(?:[（(](?:试行|暂行|草案|送审稿|征求意见稿|修订稿?|[0-9０-９]{4}\\s*[—－–\\-~～至到]\\s*[0-9０-９]{4}年?)[)）])?"
            + "(?=$|[、,，。；;]|和|以及|及|等)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,，]?(?:以及|和|及|与)|[、,，]");
    private static final Pattern GENERIC_ITEM = Pattern.compile(
            "^(?:有关|相关|一批|一大批|大批|一系列|大量|一揽子|许多|诸多|众多|不少|若干|系列|多个|多项|这些|上述|其他|其它|该|本|各|[0-9一二三四五六七八九十两]+(?:个|项|份|件|部)"
                    // a verb continuing the trigger (审议批准了…) is no title's start
                    + "|批准|通过|同意|印发|修改|要求|提出|强调|指出|研究|出台|制定|形成|推出"
                    // the next clause of the report (，听取了…报告; ，全区继续推行…制度) is no title
                    + "|听取|传达|学习|部署|讨论|审查|全[省市县区旗镇乡]|继续)");
    private static final int MIN_UNQUOTED_TITLE = 6;
    private static final Pattern REVISED = Pattern.compile("(?:修改|修订|修改完善)后的|经(?:修改|修订|修改完善)的");
    private static final Pattern NEGATED = Pattern.compile("没有|未|不再|尚未|暂不|不");

    static List<DocumentMention> unquotedInApprovalList(Sentence s, String text) {
        List<DocumentMention> out = new ArrayList<>();
        Matcher trigger = APPROVAL_LIST.matcher(text);
        while (trigger.find()) {
            // only a meeting's approval list (…会议审议通过了…); 研究审议关于… alone is not a list of titles
            if (!text.substring(0, trigger.start()).contains("会议")) continue;
            // 没有安排审议新的改革方案: what a meeting did not review is no list
            if (NEGATED.matcher(text.substring(Math.max(0, trigger.start() - 6), trigger.start())).find()) continue;
            int clauseEnd = text.length();
            for (char c : new char[]{'。', '；', ';'}) {
                int i = text.indexOf(c, trigger.end());
                if (i >= 0 && i < clauseEnd) clauseEnd = i;
            }
            int p = trigger.end();
            // 审议通过修改后的《A》和B: the list starts after what says the titles were revised
            Matcher revised = REVISED.matcher(text).region(p, clauseEnd);
            if (revised.lookingAt()) p = revised.end();
            while (p < clauseEnd) {
                if (text.charAt(p) == '《') {
                    int close = text.indexOf('》', p);
                    if (close < 0 || close >= clauseEnd) break;
                    p = close + 1;
                } else {
                    Matcher item = UNQUOTED_ITEM.matcher(text).region(p, clauseEnd);
                    if (!item.lookingAt()) break;
                    String title = cleanTitle(MatchText.surface(s, p, item.end()));
                    // without 关于, a title has no 的: 新的改革方案 and 通过的方案和办法 are descriptions
                    if (title.startsWith("关于") || (title.length() >= MIN_UNQUOTED_TITLE && title.indexOf('的') < 0
                            && !GENERIC_ITEM.matcher(title).find()))
                        out.add(new DocumentMention(s, p, item.end(), title, kindOf(title),
                                "document.unquoted-in-approval-list", 0.7));
                    p = item.end();
                }
                if (p < clauseEnd && text.charAt(p) == '《') continue; // 《A》《B》: titles need no separator
                Matcher sep = ITEM_SEPARATOR.matcher(text).region(p, clauseEnd);
                if (!sep.lookingAt()) break;
                p = sep.end();
                Matcher verb = LIST_VERB.matcher(text).region(p, clauseEnd);
                if (verb.lookingAt()) p = verb.end();
            }
        }
        return out;
    }

    /**
     * A title as a reader writes it: layout whitespace between Chinese characters removed, full-width
     * digits, Latin letters, ＋ and ． in their ASCII form (２０２０年度 and 2020年度 are one title).
     */
    public static String cleanTitle(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        String t = foldAlphanumerics(raw.strip());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                char prev = b.length() > 0 ? b.charAt(b.length() - 1) : ' ';
                char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                if (isLatin(prev) && isLatin(next)) b.append(' ');
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String foldAlphanumerics(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '＋' || c == '．';
            b.append(alnum ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** A title without a bracketed qualifier at its tail (（试行）, （2015—2020年）, (2021)). */
    private static String withoutQualifier(String title) {
        return title.replaceFirst("[（(][^（()）]{1,16}[)）]$", "");
    }

    /** The type word at the title's tail, or "other". */
    public static String kindOf(String title) {
        // a bracketed qualifier at the tail is not the type word
        String t = withoutQualifier(title);
        for (String k : KINDS) if (t.endsWith(k)) return canonicalKind(k);
        // 《…关于制定…规划的建议》: a party committee's proposal; not among KINDS, whose words also end bare
        // titles in lists, where 意见建议 is feedback, not a document
        return t.endsWith("的建议") ? "建议" : "other";
    }

    /** Verbs of a clause: a 《title》 built as a sentence (《抓落实是改革的重中之重》) is an article's headline. */
    private static final Pattern CLAUSE_VERB = Pattern.compile("是|要|让|成为|办成|激活|撬动|变成|走出|跑出|做好|答好");

    /** A title with no kind word at its tail that reads as a clause: a headline, not a policy document. */
    private static boolean isHeadline(String title) {
        // 《琼海：田园城市里的改革“加减法”》: a place and a colon lead a feature's headline
        return kindOf(title).equals("other") && (CLAUSE_VERB.matcher(title).find() || title.matches("^\\p{IsHan}{2,8}[：:].+"));
    }

    private static final Pattern ARTICLE_GENRE = Pattern.compile("(?:文章|通讯|社论|述评|评论|短评|时评|专访|综述|特写|报道|调查)[：:]?$");

    /** 以《小积分激活乡村治理大能量》为题…报道, 题为《…》的文章: a news article's headline, not a document. */
    private static boolean isArticle(String text, int open, int after) {
        String before = text.substring(Math.max(0, open - 2), open);
        String rest = text.substring(after, Math.min(text.length(), after + 4));
        String lead = text.substring(Math.max(0, open - 6), open);
        return (before.endsWith("以") && rest.startsWith("为题")) || before.endsWith("题为")
                || rest.matches("^(?:一文|的文章|的报道|的评论|的社论|署名文章).*")
                // 刊发评论员文章《…》, 头版刊发通讯《…》: the genre of a piece of journalism names an article
                || ARTICLE_GENRE.matcher(lead).find();
    }

    private static boolean isMedia(String text, String title, int after) {
        if (MEDIA.matcher(title).find()) return true;
        String rest = text.substring(after, Math.min(text.length(), after + 4));
        // 《习近平谈治国理政》第三卷, 《…》一书: a book
        if (rest.matches("^(?:第[一二三四五六七八九十0-9]{1,2}卷|[上中下]卷|一书|丛书).*")) return true;
        // 开设《田长日记》专栏, 《麻城改革》简报, 被《黄冈改革》转发: a column, a bulletin, a publication
        return rest.startsWith("杂志") || rest.startsWith("记者") || rest.startsWith("报道") || rest.startsWith("刊发")
                || rest.startsWith("评论员") || rest.startsWith("社论") || rest.startsWith("客户端")
                || rest.matches("^(?:专栏|栏目|节目|简报|刊物|转发|转载|刊载|刊登).*");
    }
}

package org.reformkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reformkg.nlp.Chinese;
import org.reformkg.text.Sentence;

/**
 * Rules that find named reform programs: mechanisms, pilots, schemes and brands (河长制, “最多跑一次”改革,
 * “一组三会”机制, 基层群团改革试点, 达茂群团汇). Each rule names a pattern of language, never a program:
 * a quoted name with a mechanism head noun after it, a name ending in 制 that is put into practice, a
 * mechanism, system or pilot with a verb of adoption before it, a designated zone or site, a quoted service
 * launched or listed as one of several policies (“赣服通”上线, “A”“B”等政策), a village council at work, a quoted
 * name before 改革试点 or its own kind of 制 (“多规合一”改革试点, “审批不出新区”承诺制), a short quoted series before
 * 改革 or after a verb of practice (推行“一窗受理、集成服务”改革, 实行“一项改革、一名领导、一抓到底”). A
 * jurisdiction or province in front of a designated name (我省, 甘肃省) says where it is, not what it is called.
 * Programs whose own words do not say what they are (一网通办, 三线一单) come from a bundled list
 * ({@code reformkg/extract/programs.tsv}).
 *
 * <p>What is not a program: slogans and principles (parallel phrases in quotes with no mechanism noun after
 * them, quotes that start with an imperative, names of 精神/主线/战略/任务/攻坚战), counted formulas of
 * tasks (“五大任务”), generic mechanisms described rather than named (建立健全…制度, 科学合理的评价机制),
 * first-person campaign slogans (“我为群众办实事”), a theme year that only frames a noun (“改革攻坚年”各项部署).
 * Text inside 《》 is a title and is left to the document rules, except a quoted name in it that says what it
 * is (《关于深化“无证明城市”建设的实施意见》).
 */
public final class ProgramRules {
    private ProgramRules() {}

    // ---------------------------------------------------------------- quoted names

    private static final Pattern QUOTE = Pattern.compile("[“「『]([^“”「」『』\\n]{1,40})[”」』]");

    /** A mechanism head after a quoted name, with up to six characters of modifier (“一联四定”垃圾分类模式). */
    private static final Pattern HEAD = Pattern.compile(
            "(?<mod>等?[\\p{IsHan}]{0,6}?)(?<head>工作室|工作站|型组织|示范点|示范村|示范区|示范县|示范市|示范镇|试验区|工程|工作法|管理模式|模式"
                    + "|机制|制度|品牌|平台|应用|体系|专项行动|行动|活动|改革|建设|程序|试点)");

    /** Further quoted names right after a quote, then the 改革 they share. */
    private static final Pattern SHARED_REFORM = Pattern.compile(
            "(?:(?:[“「][^“”「」]{2,12}[”」])+(?:[两三四五六七八九十0-9]+[项大个])?|[两三四五六七八九十0-9]+[项大个])(?<head>改革|工程)");

    /** Heads that are part of the name (“五联”委员工作室); other heads are the kind of thing the name is. */
    private static final Pattern KEEP_HEAD = Pattern.compile("工作室|工作站|型组织|示范点|示范区|试验区|工程");

    /** Heads that may stand only right after the quote: a modifier before them reads as another phrase. */
    private static final Pattern BARE_HEAD = Pattern.compile("改革|建设|程序|试点|工程|示范点|示范村|示范区|示范县|示范市|示范镇|试验区|行动");

    /**
     * The administrative act a reform changes, between a quoted name and 改革 (“标准地”出让改革, “亩均论英雄”评价改革,
     * “大综合一体化”行政执法改革), or 集成 for a reform that bundles services (“一件事”集成改革).
     */
    private static final Pattern REFORMED_ACTION = Pattern.compile("(?:行政)?(?:出让|供地|审批|登记|备案|监管|执法|收费|定价|评价)|集成");

    /** Heads that name a mechanism or its model site: the quoted words plus the head are an alias (一组三会机制, “一村一品”示范村). */
    private static final Pattern MECHANISM_HEAD = Pattern.compile("工作法|模式|管理模式|机制|制度|改革|平台|程序|试点|示范村");

    /** The only heads after which a quoted parallel phrase is a program (“力量共用、资源共享…”工作法). */
    private static final Pattern STRONG_HEAD = Pattern.compile("工作法|品牌|机制|模式|建设|平台|制度|工程");

    /** Last characters of a farm product's name (小米, 红茶, 蜜桔): a brand of one sells the product. */
    private static final String PRODUCE = "米茶酒果菜油蜜桔橙柿梨桃鱼羊牛猪鸡鸭笋菇耳枣椒瓜薯面";

    /** Characters a modifier between the quote and its head never contains: it would be a clause, not a noun. */
    private static final String NOT_IN_MODIFIER = "的和与及在是把将为对从向以了着并而或让使";

    /** Counted formulas (“六个工程”, “五大任务”): programs only when what is counted is a kind of program. */
    private static final Pattern COUNTED = Pattern.compile("^[一二三四五六七八九十两百0-9]+[个大项条种]");
    private static final Pattern PROGRAM_NOUN_END = Pattern.compile(
            "(工程|行动|平台|机制|制度|体系|工作室|示范区|试验区|改革|计划|工作法|模式)$");

    /** Quoted names whose own last words make them a program (“河长制”, “枫桥经验”, “基层减负年”). */
    private static final Pattern PROGRAM_END = Pattern.compile(
            "(长制|机制|制度|工程|模式|工作法|改革|试点|示范区|试验区|工作室|平台|品牌|通办)$"
                    // a village's council of talk (“和合说事会”, “民主恳谈会”); one bundled service (“退休一件事”)
                    + "|^[\\p{IsHan}]{2,6}(?:说事|议事|恳谈|协商)(?:会|室|厅|日)$|^[\\p{IsHan}]{2,8}一件事$"
                    + "|^(?<exp>[\\p{IsHan}]{2,4})经验$|^(?<year>[\\p{IsHan}]{3,8}[^0-9一二三四五六七八九十]年)$"
                    + "|^[\\p{IsHan}]{1,6}[^体机编控限抵强管法学税任有]制$"
                    // a named credit product (“月柿贷”, “村改贷”); kinds of loan (“信用贷”) are no names
                    + "|^(?!信用|抵押|担保|小额)[\\p{IsHan}]{2,6}贷$");
    private static final Pattern GENERIC_EXPERIENCE = Pattern.compile("典型|先进|成功|宝贵|有益|基层|实践|工作|改革|地方");

    /** What slogans, principles and goals end with. */
    private static final Pattern NOT_PROGRAM_END = Pattern.compile(
            "(精神|主线|战略|定位|攻坚战|保卫战|任务|理念|思想|意识|原则|要求|方针|目标|大局|格局|论断|宗旨|之路|使命|初心"
                    + "|作风|底线|红线|功能|作用|效应|难题|问题|一公里|一米)$");

    /**
     * Quoted words of routine work, not names of a mechanism: a review or sweep campaign (“回头看”, “大走访”), a
     * plan period (“十四五”), a priority label (“一号工程”), a reporting cadence (“月调度、季通报、年考核”).
     */
    private static final Pattern ROUTINE = Pattern.compile(
            "回头看|大(?:走访|排查|调研|讨论|学习|比武|练兵|督查|整治|宣传)"
                    + "|[十二三四五六七八九]{1,2}五"
                    + "|(?:一号|头号|首位|首要)(?:改革)?工程"
                    + "|[日周旬月季年][\\p{IsHan}]{1,3}(?:[、，,][日周旬月季年半][\\p{IsHan}]{1,4})+");

    /** Nouns after a quote that make it a layout, principle or goal (“五位一体”总体布局, “双一流”目标). */
    private static final Pattern NOT_PROGRAM_AFTER = Pattern.compile(
            "^(?:总体布局|战略布局|布局|格局|战略|理念|思想|精神|要求|目标|原则|方针|导向|标准|定位|论断|重要论述|重要指示"
                    // “延安苹果”区域公用品牌: a product's regional brand, not a reform's
                    + "|区域公用品牌|公用品牌|地理标志|(?:茶叶|农产品|产品|商品|茶|米|酒)品牌)");

    /** Quotes that open with an imperative or a preposition are instructions and principles, not names. */
    private static final Pattern IMPERATIVE_START = Pattern.compile(
            "^(要|坚持|推动|推进|加强|把|做到|确保|必须|不能|不要|让|实现|完善|健全|建立|深化|以|在|为|使|全面|进一步"
                    + "|切实|着力|努力|始终|坚决|绝不|凡|更|既|越|建设|打造|实施|推行|持续|积极|大力)");

    /** Verbs of adoption right before a bare quoted name (提出“最多跑一次”, 开通“廉情直通车”). */
    private static final Pattern ADOPTED_BEFORE = Pattern.compile(
            "(提出|推行|实行|试行|试点|实施|推出|打造|创建|创新|启动|探索|推广|推进|开通|确定|落实|践行|实践|深化|开展|举办|办好|设立|(?:成立|开设|建成|设立)了?[\\p{IsHan}]{0,4}?首[家个批])了?"
                    // 推行园区“极简审批”: where it is adopted may stand between the verb and the name
                    + "(?:园区|全市|全县|全区|全省|全域|乡镇|街道|社区|村里|企业)?$");

    /** Quotes that speak in the first person are slogans of a campaign (“我为群众办实事”), not names of a mechanism. */
    private static final Pattern SPEAKER_START = Pattern.compile("^(我们?|咱们?)");

    /** A quoted name launched as a service or scheme (“赣服通”上线, “跨境理财通”落地). */
    private static final Pattern LAUNCHED_AFTER = Pattern.compile("^(正式|全面|相继)?(上线|开通|落地|启用|投用|投入使用)");

    /**
     * A provincial government-service brand: the province's one-character name, then what it serves and how
     * (“赣服通”, “辽事通”, “粤省事”, “蒙速办”, “皖事通办”, the self-service kiosk “粤智助”).
     */
    private static final Pattern SERVICE_BRAND = Pattern.compile(
            "[京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘陇青宁新][\\p{IsHan}]{1,3}[通办易事助]");

    /**
     * A quoted name in a run of quoted names closed by 等 and a kind of program: “跨境理财通”“澳车北上”等政策,
     * “A”、“B”等便民举措. Every name of the run is a program.
     */
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "^(?:[、,和及与]?[“「『][^“”「」『』\\n]{1,30}[”」』])*、?等[\\p{IsHan}]{0,4}?(政策|举措|措施|改革|机制|模式|做法|品牌|平台|载体|制度|试点|经验)");

    /**
     * Reform brands told as a progression: 从“最多跑一次”到“一网通办”, 从“一网通办”再到“高效办成一件事”. Each
     * step is a name; steps that ask or rise (从“有没有”到“好不好”, “富起来”) are slogans, not names.
     */
    private static final Pattern PROGRESSION_FIRST = Pattern.compile("^(?:再|进而|逐步)?(?:到|迈向|升级为|升级到)[“「『]");
    private static final Pattern PROGRESSION_NEXT = Pattern.compile("[”」』](?:再|进而|逐步)?(?:到|迈向|升级为|升级到)$");
    private static final Pattern NOT_A_STEP = Pattern.compile("[不没吗么]|起来$|了$");

    /** A quoted practice of a place that is spread or summed up: 把东湾村“院落议事”的做法推广到全镇. */
    private static final Pattern PRACTICE_AFTER = Pattern.compile("^的(做法|经验|模式)");
    private static final Pattern SPREAD = Pattern.compile("推广|复制|推开|总结|借鉴|学习");

    /** A quoted name put into operation (自“一组三会”运行以来). */
    private static final Pattern RUN_AFTER = Pattern.compile("^(运行|实施|推行|实行)(以来|后|中|起)");

    /** A quoted name glossed by the list of its parts: “三长进村居”(法庭庭长、司法所长、派出所所长). */
    private static final Pattern GLOSS_AFTER = Pattern.compile("^[(（][^()（）]{1,40}、[^()（）]{1,40}[)）]");

    /**
     * A quoted series of two or three short parts (“一窗受理、集成服务”, “一项改革、一名领导、一抓到底”): the shape of
     * a named scheme when a reform head follows it or it is put into practice; longer parts read as a slogan.
     */
    private static final Pattern SHORT_SERIES = Pattern.compile("^[\\p{IsHan}]{2,5}(?:、[\\p{IsHan}]{2,5}){1,2}$");
    /** Verbs that put a quoted series into practice (实行“…”, 推行的“…”的做法, 在X等地试点“…”); 提出 and 践行 take slogans too. */
    private static final Pattern SERIES_ADOPTED_BEFORE = Pattern.compile("(推行|实行|试行|试点|推出|创新推行|探索)了?的?$");

    /** A quoted name that is the name of a pilot: “多规合一”改革试点, 宅基地“三权分置”试点 (the head is kept). */
    private static final Pattern PILOT_AFTER = Pattern.compile("^(?:改革)?试点(?![单县区村镇乡省市地])");
    /** The words between a quoted scheme and its pilot that say what kind of pilot it is (“一网通”综合执法改革试点). */
    private static final Pattern PILOT_AFTER_KIND = Pattern.compile("^(?!改革)[\\p{IsHan}]{2,6}?(?:改革)?试点(?![单县区村镇乡省市地])");
    /** Words that end the noun written in front of a quoted pilot name: verbs, scope words and punctuation. */
    private static final Pattern PILOT_PREFIX = Pattern.compile("([\\p{IsHan}]{2,8})$");
    private static final Pattern NOT_PILOT_PREFIX = Pattern.compile(
            "开展|推进|实施|启动|深化|推行|作为|列为|列入|确定为|成为|入选|全[国省市县区]|我[国省市县区]|首批|批|的|和|与|及|在|等");

    /** Places in general before a quoted pilot (对各街道“全岗通”试点): where it is tried, not part of its name. */
    private static final Pattern PLACES_PREFIX = Pattern.compile("^[对各]|(?:街道|社区|镇|乡|村|区)$");

    /** Words that point back to something named before (这一工作法, 该机制, 此项改革). */
    private static final Pattern ANAPHORIC = Pattern.compile("^[这那该此其本]|这[一项种个]|该项|此项");

    /** A short kind of 制 right after a quoted name is part of it: “审批不出新区”承诺制, “一次办好”备案制. */
    private static final Pattern ZHI_AFTER_QUOTE = Pattern.compile("^[\\p{IsHan}]{1,3}?制(?![度定约造作品订成止衡服式胜宜图剂冷热备])");
    /** A quoted arrangement of whose system a reform is made: “园县合一”管理体制改革, “区镇合一”体制改革. */
    private static final Pattern SYSTEM_REFORM_AFTER = Pattern.compile("^(?:管理|行政管理)?体制改革");

    /**
     * A bare scope word inside a pilot's name (整省试点): how far the pilot reaches, not what it is. A pilot of
     * advancing a reform county by county (整县推进试点) is a kind of pilot the texts name, and keeps the words.
     */
    private static final Pattern WHOLE_SCOPE = Pattern.compile("整[省市县区乡镇村](?=试点)");

    /** Separators of a parallel phrase: a quoted series of clauses is a slogan unless a strong head follows. */
    private static final Pattern PARALLEL = Pattern.compile("[、，,；;\\s]");

    // ---------------------------------------------------------------- known names

    /** A program of the bundled list: its name, whether it counts unquoted, and its other names. */
    private record Known(String name, boolean bare, List<String> aliases) {}

    /** Every form of a bundled program (name or alias) → the program. */
    private static final Map<String, Known> KNOWN = new LinkedHashMap<>();
    private static final Pattern KNOWN_FORMS;

    static {
        for (String line : RuleSupport.resourceLines("/reformkg/extract/programs.tsv")) {
            String[] f = line.split("\t");
            List<String> aliases = f.length > 2 && !f[2].isBlank() ? List.of(f[2].split("\\|")) : List.of();
            Known k = new Known(f[0], f[1].equals("bare"), aliases);
            KNOWN.put(f[0], k);
            for (String a : aliases) KNOWN.putIfAbsent(a, k);
        }
        List<String> forms = new ArrayList<>(KNOWN.keySet());
        forms.sort(java.util.Comparator.comparingInt(String::length).reversed());
        KNOWN_FORMS = Pattern.compile(String.join("|", forms.stream().map(Pattern::quote).toList()));
    }

    /** The names of the bundled programs and their aliases (for HanLP's dictionary, as nz). */
    public static Set<String> knownNames() {
        return java.util.Collections.unmodifiableSet(KNOWN.keySet());
    }

    /**
     * Programs of the bundled list that no rule found: a bare name anywhere outside titles and other programs'
     * names (推动政务服务“一网通办”, 推进一网通办), a quoted-only name when it is the whole quote (村里的“积分超市”).
     * 改革 or 试点 right after the name joins it (最多跑一次改革, alias 最多跑一次; 集体经营性建设用地入市试点), and so
     * does 建设试点 (新时代文明实践中心建设试点).
     */
    private static void known(Sentence s, String text, boolean[] titles, boolean[] taken, List<ProgramMention> out) {
        Matcher m = KNOWN_FORMS.matcher(text);
        while (m.find()) {
            Known k = KNOWN.get(m.group());
            boolean quoted = m.start() > 0 && "“「『\"".indexOf(text.charAt(m.start() - 1)) >= 0
                    && m.end() < text.length() && "”」』\"".indexOf(text.charAt(m.end())) >= 0;
            if (!k.bare() && !quoted) continue;
            if (!quoted && titles[m.start()]) continue; // only the title's quotes mark a name as the document's subject
            if (!quoted && insideQuote(text, m.start())) continue;
            int start = quoted ? m.start() - 1 : m.start(), end = quoted ? m.end() + 1 : m.end();
            List<String> aliases = new ArrayList<>(k.aliases());
            String name = k.name(), written = m.group();
            for (String head : List.of("改革", "建设试点", "试点")) {
                if (!text.startsWith(head, end) || name.endsWith("试点")) continue;
                end += head.length();
                aliases.add(name);
                if (!written.equals(k.name())) aliases.add(written + head); // 集体经营性建设用地入市试点 as written
                name = name + head;
                written = written + head;
            }
            // 石嘴山市国有企业改革深化提升行动实施方案: an unquoted name that runs into a document's kind is its title
            if (!quoted && DOCUMENT_AFTER.matcher(text).region(end, text.length()).lookingAt()) continue;
            // 农村集体产权制度改革整县推进试点: a reform's name opens its pilot's name, which the pilot rules read whole
            if (!quoted && name.endsWith("改革") && PILOT_AFTER_NAME.matcher(text).region(end, text.length()).lookingAt()) continue;
            // 完成首宗集体经营性建设用地入市交易, 全县首笔承包土地经营权抵押贷款: one deal under the program, not the program
            if (!quoted && (DEAL_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()
                    || text.startsWith("交易", end))) continue;
            if (RuleSupport.any(taken, start, end)) continue;
            aliases.remove(name);
            out.add(new ProgramMention(s, start, end, name, aliases, "program.known", 0.85));
            RuleSupport.mark(taken, start, end);
        }
    }

    /** Words of a pilot's name after a listed name, up to 试点 (整县推进试点, 整市推进试点县). */
    private static final Pattern PILOT_AFTER_NAME = Pattern.compile("\\p{IsHan}{1,6}?试点");

    /** The kind of document a title without 《》 ends with (…实施方案, …若干措施). */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile(
            "[\\p{IsHan}]{0,6}?(?:实施方案|工作方案|方案|实施意见|意见|办法|细则|若干措施|工作要点|规划)");

    /** Counted deals (首宗, 首笔, 3宗): what follows is one transaction under a program. */
    private static final Pattern DEAL_BEFORE = Pattern.compile("(?:首|[0-9一二三四五六七八九十两]+)[宗笔单]$");

    /** True when position i of the text is inside an open “…” quote. */
    private static boolean insideQuote(String text, int i) {
        int open = Math.max(text.lastIndexOf('“', i - 1), text.lastIndexOf('「', i - 1));
        if (open < 0) return false;
        int close = Math.max(text.lastIndexOf('”', i - 1), text.lastIndexOf('」', i - 1));
        return close < open;
    }

    // ---------------------------------------------------------------- unquoted names

    /** Characters before 制 that make an ordinary word (体制, 机制, 编制, 所有制, 责任制...). */
    private static final String NOT_BEFORE_ZHI = "体机编控限抵强管法学税建兵币专帝节牵压遏克研绘特定自规创复印录炮泡缝裁宪有任";
    /** Characters after 制 that make another word (制度, 制定, 制约...). */
    private static final String NOT_AFTER_ZHI = "度定约造作品订成止衡服式胜宜图剂冷热备";

    /** What a chief system's chief is of: waters, land, streets, chains, grids (河湖长制, 街巷长制, 网格长制). */
    private static final String CHIEF_OF = "河湖山林田路街巷湾链园楼栋网格滩库渠塘";

    /** Words a name ending in 制 never spans: verbs and function words before it. */
    private static final Pattern ZHI_CUT = Pattern.compile(
            "全[市省县区镇乡旗国]|我[市省县区镇乡旗国]|全面建立|全面推行|建立|推行|推进|实行|实施|推广|落实|通过|全面|我国|变|为|和|与|及|的|在|将|把|了|是|对|等|向|以|从|由|即|该|其|各");
    /** Cut words that show a 制 name is put into practice. */
    private static final Pattern ZHI_ADOPTED = Pattern.compile("全面建立|全面推行|建立|推行|推进|实行|实施|推广|落实|通过|为");
    private static final Pattern ZHI_ADOPTED_AFTER = Pattern.compile("^(全面建立|全面推行|建立|推行|实施|落实)");

    /** A mechanism, system or working method with its verb of adoption (山东建立重点改革任务挂牌督办机制). */
    private static final Pattern MECHANISM = Pattern.compile(
            "(?<verb>探索建立|全面实施|全面推行|建立|健全|启动|推行|实行|创新|实施|推广|落实|探索|总结)了?"
                    + "(?<x>[\\p{IsHan}()（）]{2,24}?)(?<head>机制|制度|工作法)");
    /** The verbs that put each kind into practice; 建立 and 落实 with 制度 are the generic 建立…制度, 落实…制度. */
    private static final Set<String> MECHANISM_VERBS = Set.of("建立", "启动", "推行", "全面推行", "实行", "创新", "探索建立");
    private static final Set<String> SYSTEM_VERBS = Set.of("实施", "全面实施", "实行", "推行", "全面推行", "探索建立", "推广");
    private static final Set<String> METHOD_VERBS = Set.of("推行", "实行", "探索", "探索建立", "创新", "推广", "总结");
    /** 建立X制度，是…: adopting the system is itself the subject of the clause, so X制度 is a named system. */
    private static final Pattern TOPIC_AFTER = Pattern.compile("^,?是");
    /** Verbs that open a generic description when they follow another (建立健全, 健全完善): not a named mechanism. */
    private static final Pattern SECOND_VERB = Pattern.compile("^(健全|完善|建立|落实|推行|实行|强化|规范|优化)");
    private static final Pattern GENERIC_MECHANISM_END = Pattern.compile("(长效|闭环|运行|落实|评价|协调|保障|管理|监督)$");
    private static final Pattern SCOPE_PREFIX = Pattern.compile("^[\\p{IsHan}]{1,4}层面");

    private static final Pattern COUNTED_PLACES = Pattern.compile(
            "[\\p{IsHan}、]{2,20}?[两二三四五六七八九十0-9]+个?(?:乡镇|街道|社区|[乡镇村县区市])");

    /** A pilot or comprehensive reform launched by a verb (开展承担行政职能事业单位改革试点, 启动高考综合改革). */
    private static final Pattern PILOT = Pattern.compile(
            "(?<verb>开展|推行|实施|启动|部署|推进|深化|谋划|开始|组织|争取|扩大|完成|承担|借鉴)[了着]?(?<x>[\\p{IsHan}]{2,20}?)"
                    + "(?<head>综合改革试点|改革试点|试点|综合改革|集成改革(?!试点))(?![单格区地])");
    /** Pilots that are not named: 开展改革试点, 推进各项试点. */
    private static final Pattern GENERIC_PILOT = Pattern.compile("^(各|有关|相关|这|该|一批|多项|部分|一系列|改革$|综合$)");
    // 国家组织药品集中采购试点: the state organises the purchasing; 组织 after 国家 is part of the name, and 村党组织 is a noun
    private static final Pattern PILOT_INNER_VERB = Pattern.compile("开展|推行|实施|启动|部署|推进|深化|谋划|开始|(?<!国家|党)组织|争取|扩大|完成");
    /** A designation inside the words before 试点 (部署我市作为全省第二批试点): a site, left to the site rule. */
    private static final Pattern DESIGNATION = Pattern.compile("作为|列为|列入|确定为|成为|入选");

    /** A pilot that opens its clause and is launched (宅基地制度改革试点从2015年启动, X改革试点正式启动). */
    private static final Pattern PILOT_LAUNCHED = Pattern.compile(
            "(?:^|[,，。；;：:\\s])(?<x>[\\p{IsHan}]{2,20}?)(?<head>综合改革试点|改革(?:[一二三四五六七八九十两]项)?试点|体制试点)"
                    + "(?:[从于自在][^,，。；;]{1,12}?)?(?:正式|全面|率先|相继|有序)?(?:启动|实施|铺开|推开|落地|推进)");

    /** A pilot reported on: 听取了…关于苏区振兴改革试点的汇报, 听取一六镇、乳城镇农村综合改革试点情况汇报. */
    private static final Pattern REPORTED_PILOT = Pattern.compile(
            "(?:关于|听取了?)(?<x>[\\p{IsHan}、和]{4,30}?)(?<head>综合改革试点|改革试点|试点)(?:工作)?(?:[和及、][^，,。；;]{1,16}?)?"
                    + "(?:推进|开展|进展)?(?:情况)?的?(?:汇报|报告)");

    /**
     * A national park pilot, named by its park wherever it stands (抓好武夷山国家公园体制试点, 是祁连山国家公园
     * 体制试点的重要区域); its area (东北虎豹国家公园体制试点区) names it too.
     */
    private static final Pattern PARK_PILOT = Pattern.compile("(?<x>[\\p{IsHan}]{2,14}?国家公园体制)试点区?");
    private static final Pattern PARK_PILOT_CUT = Pattern.compile("地处|作为|位于|所在|抓好|巩固|推进|开展|深化|完成|其他|其它|的|在|是|为|和|与|及|等|、");

    /** The pilot a batch of sites is designated for: 全县首批村级治理改革试点村（社区）, 第二批…试点县. */
    private static final Pattern BATCH_PILOT = Pattern.compile(
            "(?:首批|第[一二三四五六七八九十0-9]+批)(?<x>[\\p{IsHan}]{4,16}?)(?<head>改革试点|试点)(?=[村镇乡县区市]|单位|社区)");

    /** A designated pilot unit or demonstration site (开发区作为我市基层群团改革的试点单位). */
    private static final Pattern SITE = Pattern.compile(
            "(?:作为|列为|列入|确定为|成为|入选|确定[\\p{IsHan}、]{2,20}?为|是(?=全国|全省|全市|国家|省级|首批))(?<x>[\\p{IsHan}0-9“”\"]{2,30}?)的?(?<head>试点单位|示范点|试点)");
    /** Jurisdiction, rank and batch words before a designated name: 全国首批33个, 全国首个, 我省; 国家 names a national designation and stays. */
    private static final Pattern SCOPE_WORD = Pattern.compile(
            "^(?:我市|全市|我省|全省|我县|全县|我区|全区|我旗|全旗|全国|本市|本地|国家级|省级|自治区级|自治区|市级)?"
                    + "(?:首个|首批|第[一二三四五六七八九十0-9]+批)?(?:[0-9一二三四五六七八九十百]+个)?");
    /** The batch a zone was designated in (首批, 第二批), which opens its name as written. */
    private static final Pattern ZONE_BATCH = Pattern.compile("首批|首个|第[一二三四五六七八九十0-9]+批");
    /** Local jurisdiction words; 全国 stays, as it is part of national designations (全国农村改革试验区). */
    private static final Pattern LOCAL_SCOPE = Pattern.compile("^[我全本][省市县区旗镇乡]");
    /** The suffix of an administrative place that can head a program's name without being part of it. */
    private static final Pattern ADMIN_PLACE = Pattern.compile("(省|自治区|市|县|州|旗|盟)$");

    private static final String PROVINCES = "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南"
            + "|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆";
    private static final Pattern BRACKETED_PROVINCE = Pattern.compile("[（(](?:" + PROVINCES + ")[)）]");

    /** A province's digital-government programme, named 数字 + the province and built (数字重庆建设, 数字浙江建设). */
    private static final Pattern DIGITAL_PROVINCE = Pattern.compile("(?<x>数字)(?<head>" + PROVINCES + ")(?=建设)");

    /** A pilot of a named reform or system (…制度改革试点, …积分制试点); not of a bare 改革 (综合改革试点). */
    private static final Pattern PILOT_OF_SYSTEM = Pattern.compile("(?![\\p{IsHan}]{0,2}综合改革试点$)[\\p{IsHan}]{3,}(?:改革|制|制度|机制)试点");

    /** 国家 or 全国 as the scope of a designation; not the 国家 of 国家公园 or 国家组织 (the state organises the purchasing). */
    private static final Pattern NATIONAL_SCOPE = Pattern.compile("国家(?!组织|公园|森林|湿地|标准|安全|储备)|全国");

    private static final Pattern BATCH_IN_NAME = Pattern.compile("(?:首批|第[一二三四五六七八九十0-9]+批)(?=[\\p{IsHan}]*试点$)");

    /** Designated zones (中国特色社会主义先行示范区, 自由贸易试验区). */
    private static final Pattern ZONE = Pattern.compile("先行示范区|示范区|自由贸易试验区|自贸试验区|自由贸易港|试验区|先行区|实验区");
    private static final Pattern ZONE_CUT = Pattern.compile(
            "建设好|建设|设立|支持|获批|批准|打造|创建|部署|推进|成为|加快|发挥|依托|利用|用好|申建|争创|聚焦|围绕|督察|检查|调研|视察|考察"
                    + "|召开|抓好|提出|争取|关于|推动|对标|共建|申报|落实|入选|巩固|我国|以|个|在|的|和|与|及|将|把|是|为|了|对|向|要");

    /** Named projects launched by a verb (实施北疆文化研究创作传播工程), or counted (528个温暖工程项目). */
    private static final Pattern PROJECT = Pattern.compile("(?:实施|推进|启动|开展)(?<x>[\\p{IsHan}]{4,14}?)(?<head>工程)(?![师学])");
    private static final Pattern COUNTED_PROJECT = Pattern.compile("[0-9一二三四五六七八九十百千]+个(?<x>[\\p{IsHan}]{2,6}?)(?<head>工程)项目");
    /** What a project's name never has: it is a kind of work, not a named one (一项系统工程, 重点工程). */
    private static final Pattern NOT_PROJECT = Pattern.compile("系统$|一项|一个|重大|重点|各项|有关");

    /** A named inspection campaign (开展中央生态环保督察). */
    private static final Pattern INSPECTION = Pattern.compile("开展(?<x>(?!年度|季度|全年|日常|常态化|专项)[\\p{IsHan}]{4,10}?)(?<head>督察|巡视|巡察)(?![组员局工办])");

    /**
     * Village governance bodies that the texts show working as mechanisms (村民议事会, 红白理事会, 村民事务理事会);
     * a session of one (村民议事会议) is a meeting, and other councils (协商议事会, 基金会理事会) are bodies.
     */
    private static final Pattern COUNCIL = Pattern.compile("(?<x>村民事务|村民|居民|红白|乡贤|道德)(?<head>议事会|理事会|评议会)(?!议)");

    /** A sitting of a council (每月召开一次村民议事会): a meeting, not the mechanism. */
    private static final Pattern COUNCIL_CONVENED = Pattern.compile("(?:召开|举行|开)了?(?:一次|一场|[0-9一二三四五六七八九十]+次)?$");

    /**
     * Village councils at work as mechanisms (依托村民事务理事会, 发挥红白理事会作用). A council listed with other
     * bodies (村规民约和红白理事会、村民议事会、道德评议会, 组建村民议事会、法律服务团) is a part of the scheme the list
     * spells out, and a council convened is a sitting: neither is a program of its own.
     */
    private static void councils(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = COUNCIL.matcher(text);
        while (m.find()) {
            int start = m.start("x"), end = m.end("head");
            if (RuleSupport.any(taken, start, end) || inList(text, start, end)
                    || COUNCIL_CONVENED.matcher(text.substring(Math.max(0, start - 6), start)).find()) continue;
            out.add(new ProgramMention(s, start, end, m.group("x") + m.group("head"), List.of(), "program.council", 0.7));
            RuleSupport.mark(taken, start, end);
        }
    }

    /** [start, end) is an item of a 、-list: a 、 next to it, or 和/及 before it closing a list that has a 、. */
    private static boolean inList(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '、' || end < text.length() && text.charAt(end) == '、') return true;
        if (start == 0 || "和及与".indexOf(text.charAt(start - 1)) < 0) return false;
        int clause = start - 1;
        while (clause > 0 && "，,。；;：:".indexOf(text.charAt(clause - 1)) < 0) clause--;
        return text.substring(clause, start - 1).contains("、");
    }

    /**
     * Leaders of a level each taking charge of reform tasks (建立市级领导包保重点改革任务制度, 县级领导包保制度,
     * 市级领导领衔推进重大改革项目工作机制): a named responsibility system, whatever verb introduces it.
     */
    private static final Pattern LEADER_CONTRACT = Pattern.compile(
            "[省市县区乡镇]级(?:党政)?领导(?:干部)?(?:包保|包抓|包联|领衔|挂帅|联系|牵头|挂点)[\\p{IsHan}]{0,12}?(?:工作机制|制度|机制)");

    private static void leaderContracts(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = LEADER_CONTRACT.matcher(text);
        while (m.find()) {
            if (m.group().contains("的") || RuleSupport.any(taken, m.start(), m.end())) continue;
            out.add(new ProgramMention(s, m.start(), m.end(), words(s, m.start(), m.end()), List.of(), "program.leader-contract", 0.75));
            RuleSupport.mark(taken, m.start(), m.end());
        }
    }

    /** A party branch running an enterprise, the Shandong scheme family (村党组织领办合作社, 党支部领办合作社). */
    private static final Pattern PARTY_LED = Pattern.compile("(?<x>(?:村|社区)?党(?:组织|支部))(?<head>领办[\\p{IsHan}]{0,4}?合作社)");

    /** Integrated county medical communities and alliances (建成紧密型县域医共体). */
    private static final Pattern CARE_COMMUNITY = Pattern.compile(
            "(?:建成|组建|推进|推行|建设)(?<x>[\\p{IsHan}]{2,8}?)(?<head>医共体|医联体)");
    /** The close-knit kind named as the subject of its building (紧密型县域医共体建设通过验收). */
    private static final Pattern CARE_COMMUNITY_BUILT = Pattern.compile("(?<x>紧密型[\\p{IsHan}]{2,4}?)(?<head>医共体|医联体)(?=建设)");

    /** A coined 联X联Y scheme of a set of bodies (群团组织联建联创). */
    private static final Pattern COINED = Pattern.compile(
            "(?<subj>(?:群团|党群|党政|基层|村级|社区|企业|政府)?(?:组织|部门|单位|机关)|群团|党群|村企|政企|校企)"
                    + "(?<f>联[\\p{IsHan}]联[\\p{IsHan}])(?<tail>工作)?");

    /** A place followed by a reform word: the reform model of that place (福建三明医改 → 三明医改). */
    private static final Pattern PLACE_REFORM = Pattern.compile("^(医改|模式)");
    private static final Set<String> NOT_PLACES = Set.of("中国", "我国", "全国", "中华", "国内", "国际", "世界");

    /** Finds the programs named in one sentence, in text order. */
    public static List<ProgramMention> find(Sentence s) {
        String text = MatchText.of(s);
        boolean[] titles = RuleSupport.insideTitles(text);
        boolean[] taken = new boolean[titles.length];
        List<ProgramMention> out = new ArrayList<>();
        quoted(s, text, titles, taken, out);
        // a title names the program its document is about (《…推进“一网通办”实施方案》, 《湛江市湾长制实施办法》)
        known(s, text, titles, taken, out);
        zhi(s, text, titles, taken, out);
        for (int i = 0; i < titles.length; i++) taken[i] |= titles[i];
        mechanisms(s, text, taken, out);
        pilots(s, text, taken, out);
        launchedPilots(s, text, taken, out);
        reportedPilots(s, text, taken, out);
        parkPilots(s, text, taken, out);
        sites(s, text, taken, out);
        zones(s, text, taken, out);
        named(s, text, taken, out, PROJECT, "program.project", 0.75);
        named(s, text, taken, out, COUNTED_PROJECT, "program.project", 0.7);
        named(s, text, taken, out, INSPECTION, "program.inspection", 0.7);
        named(s, text, taken, out, CARE_COMMUNITY, "program.care-community", 0.75);
        named(s, text, taken, out, CARE_COMMUNITY_BUILT, "program.care-community", 0.7);
        councils(s, text, taken, out);
        leaderContracts(s, text, taken, out);
        named(s, text, taken, out, PARTY_LED, "program.party-led", 0.7);
        named(s, text, taken, out, DIGITAL_PROVINCE, "program.digital-province", 0.75);
        // after the named kinds: 首批党支部领办合作社试点村 is a site of the party-led cooperative, no pilot of its own
        named(s, text, taken, out, BATCH_PILOT, "program.batch-pilot", 0.75);
        placeReforms(s, text, taken, out);
        coined(s, text, taken, out);
        // 这一工作法, 该机制: a name that points back is no name
        out.removeIf(p -> ANAPHORIC.matcher(p.name()).find());
        // 第二批未来乡村试点, 共同富裕示范区第二批试点: the batch says when a site joined, not what is piloted
        out.replaceAll(p -> {
            String name = BATCH_IN_NAME.matcher(p.name()).replaceAll("");
            if (name.equals(p.name()) || name.length() < 4) return p;
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.add(p.name());
            return new ProgramMention(p.sentence(), p.start(), p.end(), name, aliases, p.rule(), p.confidence());
        });
        // 紧密型县域医共体建设试点县: the pilot of building a close-knit medical community is that community
        out.replaceAll(p -> {
            Matcher community = CARE_COMMUNITY_BUILT.matcher(p.name());
            if (!p.name().endsWith("建设试点") || !community.find() || p.aliases().contains(community.group())) return p;
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.add(community.group());
            return new ProgramMention(p.sentence(), p.start(), p.end(), p.name(), aliases, p.rule(), p.confidence());
        });
        // 国家知识产权强市建设试点, 全国林长制改革示范区: a national designation is also called without its scope word
        out.replaceAll(p -> {
            Matcher national = NATIONAL_SCOPE.matcher(p.name());
            if (!national.lookingAt() || p.name().length() - national.end() < 6 || p.aliases().contains(p.name().substring(national.end()))) return p;
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.add(p.name().substring(national.end()));
            return new ProgramMention(p.sentence(), p.start(), p.end(), p.name(), aliases, p.rule(), p.confidence());
        });
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Quoted names. Inside a 《》 title only a name that says what it is counts (“无证明城市”建设, “三个模式”):
     * the title names the program its document is about.
     */
    private static void quoted(Sentence s, String text, boolean[] titles, boolean[] taken, List<ProgramMention> out) {
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            if (RuleSupport.any(taken, m.start(), m.end())) continue;
            boolean inTitle = titles[m.start()];
            String q = m.group(1).strip();
            List<ProgramMention> parts = inTitle ? List.of() : quotedComposite(s, text, m, q);
            if (!parts.isEmpty()) {
                out.addAll(parts);
                RuleSupport.mark(taken, m.start(), parts.get(parts.size() - 1).end());
                continue;
            }
            if (q.isEmpty() || q.length() > 30 || q.contains("的") || IMPERATIVE_START.matcher(q).find()
                    || SPEAKER_START.matcher(q).find()) continue;
            boolean parallel = PARALLEL.matcher(q).find();
            boolean counted = COUNTED.matcher(q).find();
            boolean series = SHORT_SERIES.matcher(q).matches();
            if (counted && !series && !PROGRAM_NOUN_END.matcher(q).find()) continue;
            if (NOT_PROGRAM_END.matcher(q).find() || ROUTINE.matcher(q).matches()) continue;
            ProgramMention found = inTitle ? null : quotedPilot(s, text, m, q, parallel);
            if (found == null && !inTitle) found = propertyRights(s, text, m, q);
            if (found == null && !inTitle) found = quotedSystem(s, text, m, q, parallel);
            if (found == null) found = headed(s, text, m, q, parallel, counted);
            if (found == null && !parallel) found = standalone(s, text, m, q, counted, inTitle);
            if (found == null && !inTitle && series
                    && SERIES_ADOPTED_BEFORE.matcher(text.substring(0, m.start())).find())
                found = new ProgramMention(s, m.start(), m.end(), words(s, m.start(1), m.end(1)), List.of(), "program.quoted-series", 0.65);
            if (found != null) {
                out.add(found);
                RuleSupport.mark(taken, found.start(), found.end());
            }
        }
    }

    /** A measure quoted with the verb that puts it into practice (“实行排污许可制”, “推进环境污染第三方治理”). */
    private static final Pattern MEASURE_VERB = Pattern.compile("^(?:全面)?(?:实行|推行|推进|实施)");
    /** What a measure's name ends with when it stands alone: a system, mechanism or reform. */
    private static final Pattern MEASURE_END = Pattern.compile("(?:长制|制度改革|体制改革|制|机制|改革|试点)$");
    /**
     * Chief systems joined by + (“林长制+河长制”): each chief system is a program of its own. Other systems joined
     * by + (“积分制+清单制”村级治理模式) make one combined scheme.
     */
    private static final Pattern JOINED_SYSTEMS = Pattern.compile("[\\p{IsHan}]{1,6}长制(?:[+＋][\\p{IsHan}]{1,6}长制)+");
    /** A quoted name left open by + (“标准化厂房+”招商模式改革): the words up to its head close it. */
    private static final Pattern OPEN_JOIN_HEAD = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:模式改革|模式|机制|改革)");

    /**
     * Quoted names that are more or less than one name: a measure with its verb (the verb goes; the measure counts
     * when its own ending says what it is or when it is listed with others as 举措), systems joined by + (each one
     * counts), and a name left open by + (the head after the quote closes it). Empty when the quote is none of these.
     */
    private static List<ProgramMention> quotedComposite(Sentence s, String text, Matcher quote, String q) {
        String after = text.substring(quote.end());
        Matcher verb = MEASURE_VERB.matcher(q);
        if (verb.lookingAt() && q.equals(quote.group(1))) {
            String rest = q.substring(verb.end());
            if (rest.length() < 3 || rest.contains("的") || PARALLEL.matcher(rest).find()) return List.of();
            if (!MEASURE_END.matcher(rest).find() && !LISTED_AFTER.matcher(after).find()) return List.of();
            int start = quote.start(1) + verb.end();
            return List.of(new ProgramMention(s, start, quote.end(1), words(s, start, quote.end(1)), List.of(), "program.quoted-measure", 0.7));
        }
        if (JOINED_SYSTEMS.matcher(q).matches() && q.equals(quote.group(1))) {
            List<ProgramMention> parts = new ArrayList<>();
            int from = quote.start(1);
            for (String part : q.split("[+＋]")) {
                parts.add(new ProgramMention(s, from, from + part.length(), words(s, from, from + part.length()), List.of(), "program.quoted-joined", 0.8));
                from += part.length() + 1;
            }
            return parts;
        }
        Matcher head = OPEN_JOIN_HEAD.matcher(after);
        if ((q.endsWith("+") || q.endsWith("＋")) && q.length() >= 4 && head.lookingAt()) {
            int end = quote.end() + head.end();
            String name = words(s, quote.start(1), quote.end(1)) + words(s, quote.end(), end);
            return List.of(new ProgramMention(s, quote.start(), end, name, List.of(), "program.quoted-open-join", 0.75));
        }
        return List.of();
    }

    /**
     * A quoted name followed by 改革试点 names a pilot, head included (“多规合一”改革试点), and so does one after
     * a noun that belongs to the name (宅基地“三权分置”试点); a place or scope word before it does not. A bare
     * quoted practice that is tried out (开展“村民说事”试点) is named by its own words.
     */
    private static ProgramMention quotedPilot(Sentence s, String text, Matcher quote, String q, boolean parallel) {
        Matcher h = PILOT_AFTER.matcher(text).region(quote.end(), text.length());
        // “县乡一体、条抓块统”改革试点: paired phrases quoted as one name before 改革试点 are one pilot
        if ((parallel && !text.startsWith("改革试点", quote.end())) || isShort(q)) return null;
        if (!h.lookingAt()) {
            // “村集体经济+合作社+农户”联营试点: the kind of pilot between the quote and 试点 belongs to its name
            Matcher kind = PILOT_AFTER_KIND.matcher(text).region(quote.end(), text.length());
            if (!kind.lookingAt() || kind.group().chars().anyMatch(c -> NOT_IN_MODIFIER.indexOf(c) >= 0)) return null;
            String quoted = words(s, quote.start(1), quote.end(1));
            return new ProgramMention(s, quote.start(), kind.end(), quoted + words(s, quote.end(), kind.end()), List.of(quoted),
                    "program.quoted-pilot", 0.75);
        }
        boolean reform = text.startsWith("改革", quote.end());
        int start = quote.start();
        Matcher p = PILOT_PREFIX.matcher(text.substring(0, quote.start()));
        if (p.find()) {
            String prefix = p.group(1);
            Matcher cut = NOT_PILOT_PREFIX.matcher(prefix);
            int from = 0;
            while (cut.find()) from = cut.end();
            prefix = prefix.substring(from);
            if (prefix.length() >= 2 && prefix.length() <= 5 && !isPlace(prefix) && !ADMIN_PLACE.matcher(prefix).find()
                    && !PLACES_PREFIX.matcher(prefix).find()) start = quote.start() - prefix.length();
        }
        // 开展“村民说事”试点: a bare quoted practice that is tried out keeps its own name (the quoted-head rule)
        if (!reform && start == quote.start()) return null;
        String quoted = words(s, quote.start(1), quote.end(1));
        String name = words(s, start, h.end());
        List<String> aliases = new ArrayList<>();
        if (reform) aliases.add(quoted + "改革");
        // “标准地”改革试点 is a pilot of the 标准地 reform: the quoted words name it too
        if (reform && start == quote.start()) aliases.add(quoted);
        return new ProgramMention(s, start, h.end(), name, aliases, "program.quoted-pilot", 0.8);
    }

    /** A division of property rights and the property it divides: 宅基地“三权分置”, 农村土地“三权分置”. */
    private static final Pattern RIGHTS_DIVISION = Pattern.compile("[两二三四]权分(?:置|离)");
    private static final Pattern DIVIDED_PROPERTY = Pattern.compile("(?:宅基地|农村土地|承包地|集体林权|集体林地|林地|林权|土地)$");
    private static final Pattern RIGHTS_HEAD = Pattern.compile("^(?:改革试点|改革|试点)");

    private static ProgramMention propertyRights(Sentence s, String text, Matcher quote, String q) {
        if (!RIGHTS_DIVISION.matcher(q).matches()) return null;
        Matcher p = DIVIDED_PROPERTY.matcher(text.substring(0, quote.start()));
        if (!p.find()) return null;
        int start = p.start();
        String name = words(s, start, quote.start()) + words(s, quote.start(1), quote.end(1));
        // 宅基地“三权分置”改革 / 试点: the reform or pilot head belongs to the name, as with other quoted pilots
        Matcher h = RIGHTS_HEAD.matcher(text.substring(quote.end()));
        int end = quote.end();
        if (h.find()) {
            name += h.group();
            end += h.end();
        }
        return new ProgramMention(s, start, end, name, List.of(), "program.property-rights-division", 0.8);
    }

    /** A quoted name with its kind of 制 (“审批不出新区”承诺制) or with the reform of its system (“园县合一”管理体制改革). */
    private static ProgramMention quotedSystem(Sentence s, String text, Matcher quote, String q, boolean parallel) {
        if (parallel) return null;
        String quoted = words(s, quote.start(1), quote.end(1));
        // “院落长”制: a quoted chief with 制 after it is that chief's system (院落长制)
        if (q.endsWith("长") && text.startsWith("制", quote.end()) && !text.startsWith("制度", quote.end())
                && !text.startsWith("制定", quote.end()))
            return new ProgramMention(s, quote.start(), quote.end() + 1, quoted + "制", List.of(quoted), "program.quoted-zhi", 0.8);
        Matcher z = ZHI_AFTER_QUOTE.matcher(text).region(quote.end(), text.length());
        // a short quote names its system together with the 制 (“五星”积分制 is 五星积分制)
        if (isShort(q) && !(z.lookingAt() && z.end() - quote.end() >= 3)) return null;
        if (z.lookingAt()) {
            char before = text.charAt(z.end() - 2);
            if (z.end() - quote.end() >= 2 && NOT_BEFORE_ZHI.indexOf(before) < 0)
                return new ProgramMention(s, quote.start(), z.end(), quoted + words(s, quote.end(), z.end()),
                        isShort(q) ? List.of() : List.of(quoted), "program.quoted-zhi", 0.8);
        }
        Matcher r = SYSTEM_REFORM_AFTER.matcher(text).region(quote.end(), text.length());
        if (r.lookingAt() && nameLike(quoted))
            return new ProgramMention(s, quote.start(), r.end(), quoted, List.of(), "program.quoted-system-reform", 0.75);
        return null;
    }

    /** A quoted name with a mechanism head after it: “一组三会”机制, “五联”委员工作室, “四个平台”建设. */
    private static ProgramMention headed(Sentence s, String text, Matcher quote, String q, boolean parallel, boolean counted) {
        // “证照分离”“多证合一”改革, “粤菜师傅”“广东技工”“南粤家政”三项工程: quoted names written side by side share
        // the 改革 or 工程 after the last of them
        Matcher shared = SHARED_REFORM.matcher(text).region(quote.end(), text.length());
        boolean series = shared.lookingAt() && (shared.group().startsWith("“") || shared.group().startsWith("「")
                || quote.start() > 0 && "”」".indexOf(text.charAt(quote.start() - 1)) >= 0);
        if (!parallel && series && !isShort(q)) {
            String name = words(s, quote.start(1), quote.end(1));
            return new ProgramMention(s, quote.start(), quote.end(), name + shared.group("head"), List.of(name), "program.quoted-shared-head", 0.8);
        }
        Matcher h = HEAD.matcher(text).region(quote.end(), text.length());
        if (!h.lookingAt() || NOT_PROGRAM_AFTER.matcher(text).region(quote.end(), text.length()).lookingAt()) return null;
        String mod = h.group("mod"), head = h.group("head");
        // “槐坪小米”品牌: a farm product's brand, not a reform's
        if (head.equals("品牌") && PRODUCE.indexOf(q.charAt(q.length() - 1)) >= 0) return null;
        String bareMod = mod.startsWith("等") ? mod.substring(1) : mod;
        boolean actionReform = head.equals("改革") && !mod.startsWith("等") && REFORMED_ACTION.matcher(bareMod).matches();
        if (!actionReform) for (char c : bareMod.toCharArray()) if (NOT_IN_MODIFIER.indexOf(c) >= 0) return null;
        if (BARE_HEAD.matcher(head).matches() && !bareMod.isEmpty() && !actionReform) return null;
        boolean seriesReform = head.equals("改革") && bareMod.isEmpty() && SHORT_SERIES.matcher(q).matches();
        if (parallel && !seriesReform && (!STRONG_HEAD.matcher(head).matches() || bareMod.length() > 2)) return null;
        String name = words(s, quote.start(1), quote.end(1));
        String withHead = name + words(s, h.end("mod") - bareMod.length(), h.end());
        List<String> aliases = new ArrayList<>();
        if (head.equals("改革") && (bareMod.isEmpty() || actionReform) && !mod.startsWith("等")) {
            // “三变”改革 is called 三变改革, “标准地”出让改革 标准地出让改革: the reform is the program, the quoted
            // words its short name
            aliases.add(name);
            name = withHead;
        } else if (!counted && (KEEP_HEAD.matcher(head).matches() || isShort(name))) {
            name = withHead;
        } else if (MECHANISM_HEAD.matcher(head).matches() && !mod.startsWith("等")) {
            aliases.add(withHead);
        }
        if (isShort(name)) return null;
        return new ProgramMention(s, quote.start(), h.end(), name, aliases, "program.quoted-head", 0.9);
    }

    /** A quoted name standing alone: its own last words, a verb of adoption, a gloss or a heading make it a program. */
    private static ProgramMention standalone(Sentence s, String text, Matcher quote, String q, boolean counted, boolean inTitle) {
        String name = words(s, quote.start(1), quote.end(1));
        if (isShort(name)) return null;
        String before = text.substring(0, quote.start()), after = text.substring(quote.end());
        if (!inTitle && nameLike(name) && PRACTICE_AFTER.matcher(after).find() && SPREAD.matcher(clause(text, quote)).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-practice", 0.7);
        // 关于推行“草原林长制”的实施方案: in a title 的 joins the program to the document about it
        if (after.startsWith("的") && !inTitle || NOT_PROGRAM_AFTER.matcher(after).find()) return null;
        Matcher end = PROGRAM_END.matcher(name);
        if (counted || (end.find() && (end.group("exp") == null || !GENERIC_EXPERIENCE.matcher(end.group("exp")).find())
                && (end.group("year") == null || !modifiesNoun(after)))) {
            // 乡村治理“积分制”: a system named with the field of governance it serves is called by both
            Matcher field = GOVERNANCE_FIELD.matcher(before);
            if (!inTitle && name.endsWith("制") && field.find())
                return new ProgramMention(s, field.start(), quote.end(), field.group() + name, List.of(name), "program.quoted-name", 0.85);
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-name", 0.85);
        }
        // a service brand says what it is, in a title too (《武清区“津心办”政务服务…方案》)
        if (SERVICE_BRAND.matcher(name).matches())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-service", 0.7);
        if (inTitle || !nameLike(name)) return null;
        if (LAUNCHED_AFTER.matcher(after).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-launched", 0.7);
        if (LISTED_AFTER.matcher(after).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-listed", 0.7);
        if (ADOPTED_BEFORE.matcher(before).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-adopted", 0.65);
        if (progressionStep(before, after, name))
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-progression", 0.6);
        if (GLOSS_AFTER.matcher(after).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-glossed", 0.75);
        if (RUN_AFTER.matcher(after).find())
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-in-operation", 0.75);
        if (isHeading(text) && headingStart(before) && !after.isEmpty() && RuleSupport.isHan(after.substring(0, 1)))
            return new ProgramMention(s, quote.start(), quote.end(), name, List.of(), "program.quoted-heading", 0.6);
        return null;
    }

    /** The field of governance written right before a quoted system (乡村治理“积分制”, 基层治理“清单制”). */
    private static final Pattern GOVERNANCE_FIELD = Pattern.compile("(?:乡村|基层|社会|村级|社区|城市)治理$");

    /** The quote is a step of 从“A”到“B”: A opens with 从 and 到“ follows; B follows 从“A”到. */
    private static boolean progressionStep(String before, String after, String name) {
        if (NOT_A_STEP.matcher(name).find() || name.length() < 4) return false;
        if (before.endsWith("从") && PROGRESSION_FIRST.matcher(after).find()) {
            Matcher next = QUOTE.matcher(after);
            return next.find() && !NOT_A_STEP.matcher(next.group(1)).find() && next.group(1).length() >= 4;
        }
        Matcher step = PROGRESSION_NEXT.matcher(before);
        if (!step.find()) return false;
        int open = Math.max(before.lastIndexOf('“', step.start()), Math.max(before.lastIndexOf('「', step.start()), before.lastIndexOf('『', step.start())));
        if (open < 1 || before.charAt(open - 1) != '从') return false;
        String first = before.substring(open + 1, step.start());
        return first.length() >= 4 && !NOT_A_STEP.matcher(first).find();
    }

    /** A theme year followed by a noun frames that noun (“改革攻坚年”各项部署): a slogan, not a named year. */
    private static boolean modifiesNoun(String after) {
        return !after.isEmpty() && RuleSupport.isHan(after.charAt(0));
    }

    /** The clause a quote stands in. */
    private static String clause(String text, Matcher quote) {
        int from = quote.start();
        while (from > 0 && ",，。；;：:!！?？".indexOf(text.charAt(from - 1)) < 0) from--;
        return text.substring(from, RuleSupport.clauseEnd(text, quote.end()));
    }

    /** A name as the text writes it (（观察员）, “，” kept full-width), without quotation marks or layout spaces. */
    private static String words(Sentence s, int start, int end) {
        return foldWidth(RuleSupport.plain(MatchText.surface(s, start, end)));
    }

    /** Full-width digits, letters, ＋ and ． as ASCII (“互联网＋监管” → 互联网+监管); brackets and commas stay as printed. */
    private static String foldWidth(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean fold = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '＋' || c == '．';
            b.append(fold ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    /** Names of two characters or fewer, or without a Chinese character ("1+5"), need their head noun. */
    private static boolean isShort(String name) {
        if (name.chars().noneMatch(c -> RuleSupport.isHan((char) c))) return true;
        int han = 0;
        // “临e办”: a Latin letter or digit counts as a character of the name too
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (RuleSupport.isHan(c) || (c < 0x80 && Character.isLetterOrDigit(c))) han++;
        }
        return han <= 2;
    }

    private static boolean nameLike(String name) {
        // digits count when the words around them are a name (“15分钟就业服务圈”), not a figure
        return name.length() >= 3 && name.length() <= (name.contains("+") ? 12 : 10) && !name.startsWith("+") && !name.endsWith("+")
                && name.chars().allMatch(c -> RuleSupport.isHan((char) c) || c == '·' || c == '+' || (c >= '0' && c <= '9'))
                && name.chars().filter(c -> RuleSupport.isHan((char) c)).count() >= 3;
    }

    /** A heading: a short line without sentence-final punctuation. */
    private static boolean isHeading(String text) {
        return text.length() <= 40 && !text.matches(".*[。！？!?；;].*");
    }

    /** The quote opens the heading, or follows its label (吉格斯太镇：“一组三会”赋能社级治理). */
    private static boolean headingStart(String before) {
        return before.isBlank() || before.matches("[\\p{IsHan}]{1,8}[：:]\\s*");
    }

    /** X制 put into practice: 全面建立河长制, 通过户代表制委托, 变立案审查制为立案登记制 (the second only). */
    private static void zhi(Sentence s, String text, boolean[] titles, boolean[] taken, List<ProgramMention> out) {
        for (int i = text.indexOf('制'); i >= 0; i = text.indexOf('制', i + 1)) {
            if (i + 1 < text.length() && NOT_AFTER_ZHI.indexOf(text.charAt(i + 1)) >= 0) continue;
            if (i == 0 || NOT_BEFORE_ZHI.indexOf(text.charAt(i - 1)) >= 0) continue;
            int from = i;
            while (from > 0 && i - from < 10 && RuleSupport.isHan(text.charAt(from - 1))) from--;
            String window = text.substring(from, i);
            String cut = null;
            Matcher c = ZHI_CUT.matcher(window);
            int start = from;
            while (c.find()) {
                cut = c.group();
                start = from + c.end();
            }
            if (i - start < 2 || RuleSupport.any(taken, start, i + 1)) continue;
            String rest = text.substring(i + 1);
            if ("变".equals(cut) && rest.matches("(?s)^[^，,。；;]*为.*")) continue; // the mechanism being replaced
            // 河长制, 林长制: the chief-responsibility family (家长制 is a style of leadership, not a mechanism)
            boolean chief = text.charAt(i - 1) == '长' && text.charAt(i - 2) != '家';
            // a chief system is named by what the chief is of, one or two characters (湾长制, 河湖长制, 街巷长制):
            // 保护湾长制, 用好湾长制 and 村三级河长制 are 湾长制 and 河长制
            // (产业链链长制: a doubled character closes the word before, so the system is 链长制)
            if (chief && i >= 2) start = Math.max(start, i >= 3 && CHIEF_OF.indexOf(text.charAt(i - 3)) >= 0
                    && CHIEF_OF.indexOf(text.charAt(i - 2)) >= 0 && text.charAt(i - 3) != text.charAt(i - 2) ? i - 3 : i - 2);
            boolean adopted = cut != null && ZHI_ADOPTED.matcher(cut).matches() || ZHI_ADOPTED_AFTER.matcher(rest).find();
            // ten characters without a word that ends the name before it: where the name starts is unknown
            boolean unbounded = cut == null && from > 0 && RuleSupport.isHan(text.charAt(from - 1));
            if (unbounded && !chief) continue;
            // 列为股份合作制改革试点乡: a pilot of the system, named by the pilot rules
            if (!chief && rest.matches("(?s)^(?:改革)?试点.*")) continue;
            // 全国林长制改革示范区: the zone is named after the system, and the zone rule names it whole
            if (rest.matches("(?s)^(?:改革)?(?:示范区|试验区|先行区).*")) continue;
            if (!chief && (!adopted || titles[i])) continue; // in a title only a chief system is plainly a name
            // 推行党员积分制管理: an adopted X制管理 is named with its 管理 (not when a pilot or title word follows)
            int end = adopted && rest.startsWith("管理") && !rest.matches("(?s)^管理[\\p{IsHan}].*") ? i + 3 : i + 1;
            String name = text.substring(start, end);
            out.add(new ProgramMention(s, start, end, name, List.of(), "program.zhi", 0.85));
            RuleSupport.mark(taken, start, end);
        }
    }

    /** Mechanisms, systems and working methods with their verb of adoption; generic descriptions left out. */
    private static void mechanisms(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = MECHANISM.matcher(text);
        while (m.find()) {
            String verb = m.group("verb"), x = m.group("x"), head = m.group("head");
            if (SECOND_VERB.matcher(x).find() || x.contains("的") || x.contains("等")) continue;
            x = SCOPE_PREFIX.matcher(x).replaceFirst("");
            boolean ok = switch (head) {
                // 健全 also improves what exists: only a long, specific name after it is a named mechanism
                case "机制" -> !GENERIC_MECHANISM_END.matcher(x).find()
                        && (verb.equals("健全") ? x.length() >= 8 : MECHANISM_VERBS.contains(verb) && x.length() >= 6);
                case "制度" -> (SYSTEM_VERBS.contains(verb) || verb.equals("建立") && TOPIC_AFTER.matcher(text.substring(m.end())).find())
                        && x.length() >= 3;
                default -> METHOD_VERBS.contains(verb) && x.length() >= 2;
            };
            int start = m.end() - x.length() - head.length();
            if (!ok || RuleSupport.any(taken, start, m.end())) continue;
            out.add(new ProgramMention(s, start, m.end(), words(s, start, m.end()), List.of(), "program.mechanism", 0.75));
            RuleSupport.mark(taken, start, m.end());
        }
    }

    /** Pilots and comprehensive reforms launched by a verb; a place before the last verb becomes part of the name. */
    private static void pilots(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = PILOT.matcher(text);
        while (m.find()) {
            String x = m.group("x"), head = m.group("head");
            if (DESIGNATION.matcher(x).find()) continue;
            int xStart = m.start("x");
            String place = "";
            Matcher inner = PILOT_INNER_VERB.matcher(x);
            int cut = -1, cutEnd = 0;
            while (inner.find()) {
                cut = inner.start();
                cutEnd = inner.end();
            }
            if (cut >= 0) {
                String before = x.substring(0, cut);
                if (isPlace(before)) place = before;
                x = x.substring(cutEnd);
                xStart += cutEnd;
            }
            // 在砖桥、晏河两个乡农村集体产权制度改革试点: the places listed with their count are where, not what
            Matcher listed = COUNTED_PLACES.matcher(x);
            if (listed.lookingAt() && listed.end() < x.length()) {
                x = x.substring(listed.end());
                xStart += listed.end();
            }
            if (x.startsWith("的")) { // 克山县开展的土地经营权抵押贷款试点: the pilot is named after 的
                x = x.substring(1);
                xStart++;
            }
            boolean bundled = head.equals("综合改革") || head.equals("集成改革");
            if (place.isEmpty() && !bundled) { // 开展江苏省县域集成改革试点: the province says where
                int from = withoutScope(text, xStart, m.end(), LOCAL_SCOPE);
                x = x.substring(from - xStart);
                xStart = from;
            }
            // 深化强村富民集成改革 names its bundle; 系统集成改革 is how reform is done, not a bundle
            boolean bad = bundled ? x.length() < 2 || x.length() > (head.equals("综合改革") ? 4 : 6) || x.equals("系统")
                    : x.length() < 3 && place.isEmpty() || GENERIC_PILOT.matcher(x).find() || x.contains("的");
            if (bad) continue;
            int start = place.isEmpty() ? xStart : m.start("x");
            if (RuleSupport.any(taken, start, m.end())) continue;
            String name = WHOLE_SCOPE.matcher(place + x + head).replaceAll("");
            List<String> aliases = place.isEmpty() ? List.of() : List.of(x + head);
            // 开展紧密型县域医共体建设试点: the pilot of building a close-knit medical community is that community
            Matcher community = CARE_COMMUNITY_BUILT.matcher(x);
            if (head.equals("试点") && community.find() && x.endsWith("建设")) {
                aliases = List.of(name);
                name = community.group("x") + community.group("head");
            }
            out.add(new ProgramMention(s, start, m.end(), name, aliases, "program.pilot", 0.8));
            RuleSupport.mark(taken, start, m.end());
        }
    }

    /** Pilots that open their clause and are launched; a scope or province before the name is dropped. */
    private static void launchedPilots(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = PILOT_LAUNCHED.matcher(text);
        while (m.find()) {
            int start = withoutScope(text, m.start("x"), m.end("head"), SCOPE_WORD);
            String x = text.substring(start, m.start("head"));
            if (x.length() < 3 || x.contains("的") || GENERIC_PILOT.matcher(x).find() || PILOT_INNER_VERB.matcher(x).find()
                    || RuleSupport.any(taken, start, m.end("head"))) continue;
            out.add(new ProgramMention(s, start, m.end("head"), words(s, start, m.end("head")), List.of(), "program.pilot-launched", 0.75));
            RuleSupport.mark(taken, start, m.end("head"));
        }
    }

    /** Pilots reported on (关于X试点的汇报); the places that report come before the pilot's name and are dropped. */
    private static void reportedPilots(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = REPORTED_PILOT.matcher(text);
        while (m.find()) {
            int start = m.start("x");
            String x = m.group("x");
            int sep = Math.max(x.lastIndexOf('、'), x.lastIndexOf('和'));
            if (sep >= 0) start += sep + 1;
            int about = x.lastIndexOf("关于"); // 东港、岚山两区关于…试点的汇报
            if (about >= 0 && m.start("x") + about + 2 > start) start = m.start("x") + about + 2;
            // 听取槐店、晏河两个乡农村集体产权制度改革试点工作汇报: the last place of the list and its count report
            Matcher counted = COUNTED_PLACE_TAIL.matcher(text).region(start, m.start("head"));
            if (counted.lookingAt() && m.start("head") - counted.end() >= 4) start = counted.end();
            // 乳城镇农村综合改革试点: the reporting place goes, what is piloted stays
            List<Chinese.Token> tokens = Chinese.tokens(text.substring(start, m.start("head")));
            if (!tokens.isEmpty() && tokens.get(0).tag().startsWith("ns") && m.start("head") - start - tokens.get(0).word().length() >= 4)
                start += tokens.get(0).word().length();
            start = withoutScope(text, start, m.end("head"), SCOPE_WORD);
            String name = text.substring(start, m.end("head"));
            // what is piloted needs a name of its own: 农村综合改革试点, not 改革试点; nor is a zone's (保定高新区改革试点)
            if (name.length() < 6 || name.length() - m.group("head").length() < 2 || GENERIC_PILOT.matcher(name).find()
                    || ZONE_BEFORE_HEAD.matcher(text.substring(start, m.start("head"))).find()
                    || PILOT_INNER_VERB.matcher(name).find() || RuleSupport.any(taken, start, m.end("head"))) continue;
            out.add(new ProgramMention(s, start, m.end("head"), words(s, start, m.end("head")), List.of(), "program.pilot-reported", 0.7));
            RuleSupport.mark(taken, start, m.end("head"));
        }
    }

    /** The last place of a counted list and the count (晏河两个乡, 东港两区): where a pilot is, not what it is. */
    private static final Pattern COUNTED_PLACE_TAIL = Pattern.compile(
            "[\\p{IsHan}]{1,6}?[两二三四五六七八九十0-9]+个?(?:乡镇|街道|社区|[乡镇村县区市])");

    /** A zone that reports its pilot (保定高新区改革试点): the place that reports, not what is piloted. */
    private static final Pattern ZONE_BEFORE_HEAD = Pattern.compile("(?:高新区|开发区|新区|园区|经开区)$");

    /** National park pilots, by their park (…国家公园体制试点, its area …试点区). */
    private static void parkPilots(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = PARK_PILOT.matcher(text);
        while (m.find()) {
            int start = m.start("x");
            Matcher c = PARK_PILOT_CUT.matcher(m.group("x"));
            while (c.find()) start = m.start("x") + c.end();
            int end = m.end("x") + 2; // …体制 + 试点, without the area's 区
            if (end - start < 6 || RuleSupport.any(taken, start, end)) continue;
            out.add(new ProgramMention(s, start, end, words(s, start, end), List.of(), "program.park-pilot", 0.7));
            RuleSupport.mark(taken, start, end);
        }
    }

    /**
     * Where a designated name really starts: after a jurisdiction or batch word (我省, 全国首批33个) and after a
     * province, city or county in front of it (甘肃省乡村治理体系建设试点): the place is where the program is,
     * not part of its name. A name of fewer than four characters keeps its place.
     */
    private static int withoutScope(String text, int start, int end, Pattern scope) {
        Matcher m = scope.matcher(text.substring(start, end));
        if (m.lookingAt()) start += m.end();
        List<Chinese.Token> tokens = Chinese.tokens(text.substring(start, end));
        if (tokens.isEmpty()) return start;
        String first = tokens.get(0).word();
        // 余江县 may come as 余江 + 县
        if (tokens.get(0).tag().startsWith("ns") && !ADMIN_PLACE.matcher(first).find() && tokens.size() > 1
                && ADMIN_PLACE.matcher(tokens.get(1).word()).matches()) first += tokens.get(1).word();
        boolean place = tokens.get(0).tag().startsWith("ns") && ADMIN_PLACE.matcher(first).find();
        if (place && end - start - first.length() >= 4) return start + first.length();
        // a county or town the dictionary does not know (余江县 before it became a district, 乳城镇) before a long name
        Matcher local = LEADING_LOCAL_PLACE.matcher(text.substring(start, end));
        return local.lookingAt() ? start + local.end() : start;
    }

    // 紧密型县域医共体: 县域 is county-wide, no county; 自治区乡村治理积分制试点: 乡村 is rural, no township
    private static final Pattern LEADING_LOCAL_PLACE = Pattern.compile("(?!自治)[\\p{IsHan}]{2,3}?(?:县(?!域)|镇|乡(?!村))(?=[\\p{IsHan}]{7,})");

    /** A place name, as far as a rule can tell without a gazetteer: HanLP reads it as one place. */
    private static boolean isPlace(String words) {
        if (words.length() < 2 || NOT_PLACES.contains(words)) return false;
        List<Chinese.Token> tokens = Chinese.tokens(words);
        return tokens.size() == 1 && tokens.get(0).tag().startsWith("ns");
    }

    private static void sites(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = SITE.matcher(text);
        while (m.find()) {
            int start = withoutScope(text, m.start("x"), m.end(), SCOPE_WORD);
            String x = text.substring(start, m.end("x"));
            String head = m.group("head").equals("示范点") ? "示范点" : "试点";
            // digits left after the batch words are a year or a count (作为2020年试点): no name
            if (RuleSupport.plain(x).length() < 4 || x.matches(".*[0-9].*") || RuleSupport.any(taken, start, m.end())) continue;
            String name = WHOLE_SCOPE.matcher(words(s, start, m.end("x")) + head).replaceAll("");
            // 确定为全县“屋场共商”基层治理试点镇: a quoted name with words between it and 试点 is the program's name
            Matcher q = QUOTE.matcher(x);
            // (a short quote modifies the noun after it: “两新”领域…示范点)
            if (q.lookingAt() && q.end() < x.length() && !isShort(q.group(1))) name = RuleSupport.plain(q.group(1));
            out.add(new ProgramMention(s, start, m.end(), name, List.of(), "program.designated-site", 0.8));
            RuleSupport.mark(taken, start, m.end());
        }
    }

    private static void zones(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = ZONE.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && m.start() - from < 16 && (RuleSupport.isHan(text.charAt(from - 1)) || "()".indexOf(text.charAt(from - 1)) >= 0)) from--;
            int start = from;
            Matcher c = ZONE_CUT.matcher(text.substring(from, m.start()));
            while (c.find()) start = from + c.end();
            start = withoutScope(text, start, m.end(), LOCAL_SCOPE);
            // 列为成都市首批农村改革试验区: the batch is when the zone was named, not part of its name
            Matcher batch = ZONE_BATCH.matcher(text).region(start, m.start());
            if (batch.lookingAt()) start = batch.end();
            boolean freeTrade = m.group().startsWith("自由贸易试验区") || m.group().startsWith("自贸");
            if ((m.start() - start < 2 && !freeTrade) || RuleSupport.any(taken, start, m.end())) continue;
            // 中国（辽宁）自由贸易试验区, 广西自贸试验区: a named free trade zone is a region; only the kind of zone
            // (发挥自由贸易试验区等开放平台的作用) is the program
            if (freeTrade && start < m.start()) continue;
            // 国家生态文明试验区（贵州）: the province the national zone lies in, in brackets, is part of its name
            Matcher province = BRACKETED_PROVINCE.matcher(text).region(m.end(), text.length());
            int end = province.lookingAt() ? province.end() : m.end();
            out.add(new ProgramMention(s, start, end, words(s, start, end), List.of(), "program.zone", 0.8));
            RuleSupport.mark(taken, start, end);
        }
    }

    /** Rules whose name is the words of group x and its head: 实施|北疆文化研究创作传播|工程. */
    private static void named(Sentence s, String text, boolean[] taken, List<ProgramMention> out, Pattern p, String rule, double conf) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String x = m.group("x");
            if (x.contains("的") || NOT_PROJECT.matcher(x).find() || RuleSupport.any(taken, m.start("x"), m.end("head"))) continue;
            out.add(new ProgramMention(s, m.start("x"), m.end("head"), x + m.group("head"), List.of(), rule, conf));
            RuleSupport.mark(taken, m.start("x"), m.end("head"));
        }
    }

    private static void placeReforms(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        for (Chinese.Token t : Chinese.tokens(text)) {
            int end = t.offset() + t.word().length();
            if (!t.tag().startsWith("ns") || t.word().length() < 2 || NOT_PLACES.contains(t.word()) || end > text.length()) continue;
            Matcher m = PLACE_REFORM.matcher(text.substring(end));
            if (!m.find() || RuleSupport.any(taken, t.offset(), end + m.end())) continue;
            out.add(new ProgramMention(s, t.offset(), end + m.end(), t.word() + m.group(), List.of(), "program.place-reform", 0.7));
            RuleSupport.mark(taken, t.offset(), end + m.end());
        }
    }

    private static void coined(Sentence s, String text, boolean[] taken, List<ProgramMention> out) {
        Matcher m = COINED.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (RuleSupport.any(taken, start, m.end())) continue;
            String name = m.group("subj") + m.group("f");
            List<String> aliases = m.group("tail") == null ? List.of() : List.of(name + m.group("tail"));
            out.add(new ProgramMention(s, start, m.end(), name, aliases, "program.coined-scheme", 0.65));
            RuleSupport.mark(taken, start, m.end());
        }
    }

    // ---------------------------------------------------------------- programs of a text

    /**
     * One program of a text: its mentions under one name, with every other name they go by.
     *
     * @param name    the name most mentions use (the longest of those tied)
     * @param aliases the other names, sorted
     */
    public record Program(String name, List<String> aliases, List<ProgramMention> mentions) {
        public Program {
            aliases = List.copyOf(aliases);
            mentions = List.copyOf(mentions);
        }

        /** The name and the aliases. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }

    /**
     * Groups the program mentions of one text (or article) into programs. Mentions are the same program when
     * they share a name or alias, or when one name is the other with a qualifier of two or more characters in
     * front (群团汇 and 达茂群团汇, 先行示范区 and 中国特色社会主义先行示范区); a one-character difference keeps
     * names apart (湖长制, 河湖长制).
     */
    private static final Pattern PHRASE_PAIR = Pattern.compile("([\\p{IsHan}]{3,6})、([\\p{IsHan}]{3,6})(?:改革)?");

    public static List<Program> programs(List<ProgramMention> mentions) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (ProgramMention m : mentions) {
            parent.putIfAbsent(m.name(), m.name());
            for (String a : m.aliases()) {
                parent.putIfAbsent(a, a);
                union(parent, m.name(), a);
            }
        }
        List<String> names = new ArrayList<>(parent.keySet());
        for (String a : names)
            for (String b : names)
                if (a.length() >= 3 && b.length() >= a.length() + 2 && b.endsWith(a)) union(parent, a, b);
        // 街乡吹哨、部门报到 is called 吹哨报到: a pair of phrases is shortened to the last words of each
        for (String n : names) {
            Matcher pair = PHRASE_PAIR.matcher(n);
            if (!pair.matches()) continue;
            String shortName = pair.group(1).substring(pair.group(1).length() - 2) + pair.group(2).substring(pair.group(2).length() - 2);
            if (parent.containsKey(shortName)) union(parent, n, shortName);
        }
        Map<String, List<ProgramMention>> groups = new LinkedHashMap<>();
        for (ProgramMention m : mentions) groups.computeIfAbsent(find(parent, m.name()), k -> new ArrayList<>()).add(m);
        List<Program> out = new ArrayList<>();
        for (List<ProgramMention> group : groups.values()) {
            Map<String, Integer> count = new LinkedHashMap<>();
            for (ProgramMention m : group) count.merge(m.name(), 1, Integer::sum);
            String name = count.entrySet().stream()
                    .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey().length(), b.getKey().length())
                            : Integer.compare(a.getValue(), b.getValue()))
                    .orElseThrow().getKey();
            String root = find(parent, name);
            List<String> aliases = parent.keySet().stream().filter(n -> !n.equals(name) && find(parent, n).equals(root)).sorted().toList();
            out.add(new Program(name, aliases, group));
        }
        // 农村集体产权制度改革试点村: a pilot of a reform or system is also called by the reform or system itself,
        // unless the text names that reform or system as a program of its own
        Set<String> named = new HashSet<>();
        for (Program p : out) {
            named.add(p.name());
            named.addAll(p.aliases());
        }
        out.replaceAll(p -> {
            if (!PILOT_OF_SYSTEM.matcher(p.name()).matches()) return p;
            String system = p.name().substring(0, p.name().length() - 2);
            if (named.contains(system)) return p;
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.add(system);
            return new Program(p.name(), aliases, p.mentions());
        });
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    /**
     * Where the text places a program, as candidates for {@code rk:pilotedIn}: the places named in the
     * program's own sentence (深圳 in 部署深圳实施综合改革试点), else the place the article names most often
     * among {@code articlePlaces} (the setting of a county report), else none.
     */
    public static List<PlaceMention> regionCandidates(ProgramMention program, List<PlaceMention> articlePlaces) {
        List<PlaceMention> here = PlaceRules.find(program.sentence());
        if (!here.isEmpty()) return here;
        Map<String, List<PlaceMention>> byName = new LinkedHashMap<>();
        for (PlaceMention p : articlePlaces) byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        return byName.values().stream().max((a, b) -> Integer.compare(a.size(), b.size()))
                .map(l -> List.of(l.get(0))).orElse(List.of());
    }
}

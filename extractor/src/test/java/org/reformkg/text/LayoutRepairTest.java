package org.reformkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutRepairTest {
    /** A hard-wrapped newspaper column written for this test: words, names and numbers broken at line ends. */
    private static final String COLUMN = String.join("\n",
            "全区改革工作会议召开",
            "",
            "8月18日，习近平总书记主持召开中央深改小",
            "组第四次会议，审议通过了《关于深化中央管理",
            "",
            "企业负责人薪酬制度改革的方案》等文件。会议",
            "强调，要完善制度、推动改革落地见效。",
            "",
            "一年后，中央全面深化改革领导小组的第十",
            "五次会议召开，会议审议通过了《关于在部分区",
            "域系统推进全面创新改革试验的总体方案》，要",
            "求各地区各部门把思想和行动统一到中央决策部",
            "署上来，一以贯之抓好改革任务落实，推动改革",
            "上接1版",
            "各项改革举措落地生根，不断增强人民群众获得",
            "感、幸福感、安全感。",
            "",
            "（记者 张三 李四）",
            "");

    private static final List<String> COLUMN_PARAGRAPHS = List.of(
            "全区改革工作会议召开",
            "8月18日，习近平总书记主持召开中央深改小组第四次会议，审议通过了《关于深化中央管理企业负责人薪酬制度改革的方案》等文件。会议强调，要完善制度、推动改革落地见效。",
            "一年后，中央全面深化改革领导小组的第十五次会议召开，会议审议通过了《关于在部分区域系统推进全面创新改革试验的总体方案》，要求各地区各部门把思想和行动统一到中央决策部署上来，一以贯之抓好改革任务落实，推动改革",
            "上接1版",
            "各项改革举措落地生根，不断增强人民群众获得感、幸福感、安全感。",
            "（记者 张三 李四）");

    /** One line per paragraph, with a blank line falling inside a number and a headline without punctuation. */
    private static final String LONG_LINES = String.join("\n",
            "",
            "全区能源工作会议召开",
            "",
            "本报讯(记者 李明)3月5日,全区能源工作会议召开。会议指出,2024年全区能源保障有力,煤炭产量12.1亿吨、保供8.3亿吨,发电8277亿度,外送3377亿",
            "",
            "度,新能源装机达到1.35亿千瓦,储能装机突破1000万千瓦,国家重要能源和战略资源基地作用愈加凸显。",
            "",
            "会议强调,要深化能源体制机制改革,加快建设新型能源体系,为奋力书写中国式现代化新篇章提供坚强能源保障。 据《本报》",
            "",
            "从《关于进一步深化电力体制改革的若干意见》提出一条条硬举措、实办",
            "法,到电力市场化改革全面铺开,改革红利持续释放。",
            "",
            "(来源:能源发布)",
            "");

    private static String repairedText(String raw) {
        return LayoutRepair.repair(new DecodedText("t.txt", raw, StandardCharsets.UTF_8)).text();
    }

    @Test
    void seed000JoinsTitlesSplitAcrossLinesAndBlankLines() {
        String text = Seeds.repaired("000").text();
        assertContains(text, "会议审议通过了《关于完善中国特色现代企业制度的意见》《关于健全种粮农民收益保障机制和粮食主产区利益补偿机制的指导意见》");
        assertContains(text, "十九届中央全面深化改革委员会第十三次会议");
        assertContains(text, "2019年7月，十九届中央全面深化改革委员会第九次会议审议通过《关于支持深圳建设中国特色社会主义先行示范区的意见》");
        assertContains(text, "内蒙古大学民族学与社会学学院副院长李娟表示");
        assertContains(text, "\n精准指引：“改革开放是前无古人的崭新事业，必须坚持正确的方法论”\n");
        assertContains(text, "\n将新时代改革开放进行到底\n（上接1版）\n旗委分管群团工作的副书记作为召集人，定期沟通信息");
        assertContains(text, "\n（记者 邹伟 韩洁 谢希瑶 丁小溪 严赋憬）\n");
    }

    @Test
    void seed001SeparatesHeadlinesAndSubheadingsFromTheColumn() {
        String text = Seeds.repaired("001").text();
        assertContains(text, "\n党建引领创新形式 服务基层注入活力\n经济开发区群团改革加足马力\n");
        assertContains(text, "\n加强组织体系建设，活跃基层基础激活“神经末梢”\n与群团改革试点单位相比，开发区面临的挑战巨大。");
        assertContains(text, "“最后一公里”\n开发区在阵地建设上突出区域化群建。");
        assertContains(text, "先行集团、众泰集团作为“两新”领域党群服务中心建设示范点。");
    }

    @Test
    void seed003JoinsANumberSplitByABlankLineAndKeepsHeadlines() {
        RepairedText r = Seeds.repaired("003");
        assertContains(r.text(), "外送3377亿度,新能源装机");
        assertContains(r.text(), "\n全旗组织工作会议召开\n本报讯(记者 王耀宗)3月4日,全旗组织工作会议召开。");
        assertContains(r.text(), "\n全旗政法信访工作会议暨 社会治理战线推进会议召开\n");
        assertContains(r.text(), "\n(来源:吉格斯太发布)");
        List<String> sentences = SentenceSplitter.split(r).stream().map(Sentence::text).toList();
        assertTrue(sentences.contains("全旗组织工作会议召开"), sentences::toString);
        assertTrue(sentences.contains("吉格斯太镇：“一组三会”赋能社级治理"));
    }

    @Test
    void seed004KeepsBylinesAndAttributionsApart() {
        String text = Seeds.repaired("004").text();
        assertContains(text, "建功立业。 据《人民日报》\n党的二十大报告指出");
        assertContains(text, "“幸福指数”。 (作者系垫江县政协副主席)\n以『民生为大』走好中国式现代化之路\n□ 刘洪君\n");
        assertContains(text, "提出一条条硬杠杠、实举措，到启动中央层面");
        assertContains(text, "\n强化党建引领 打造学习型组织\n以党建引领筑牢政治根基。");
        assertContains(text, "学习强国等多种方式学习，不断增强为民履职的新本领。");
    }

    @Test
    void wrappedColumnJoinsBrokenNamesAndNumbersAndIsolatesTheMarker() {
        assertEquals(String.join("\n", COLUMN_PARAGRAPHS), repairedText(COLUMN));
        assertTrue(LayoutRepair.columnWidth(new DecodedText("t", COLUMN, StandardCharsets.UTF_8)) > 0);
    }

    @Test
    void wrappedColumnWithCrlfRepairsTheSameAndMapsBreaksToLineFeeds() {
        String crlf = COLUMN.replace("\n", "\r\n");
        RepairedText r = LayoutRepair.repair(new DecodedText("crlf.txt", crlf, StandardCharsets.UTF_8));
        assertEquals(String.join("\n", COLUMN_PARAGRAPHS), r.text());
        assertMapsBack(r);
    }

    @Test
    void longLinesJoinOnlyProseBrokenByBlankLines() {
        RepairedText r = LayoutRepair.repair(new DecodedText("t.txt", LONG_LINES, StandardCharsets.UTF_8));
        assertEquals(-1, LayoutRepair.columnWidth(r.raw()));
        assertEquals(List.of(
                "全区能源工作会议召开",
                "本报讯(记者 李明)3月5日,全区能源工作会议召开。会议指出,2024年全区能源保障有力,煤炭产量12.1亿吨、保供8.3亿吨,"
                        + "发电8277亿度,外送3377亿度,新能源装机达到1.35亿千瓦,储能装机突破1000万千瓦,国家重要能源和战略资源基地作用愈加凸显。",
                "会议强调,要深化能源体制机制改革,加快建设新型能源体系,为奋力书写中国式现代化新篇章提供坚强能源保障。 据《本报》",
                "从《关于进一步深化电力体制改革的若干意见》提出一条条硬举措、实办法,到电力市场化改革全面铺开,改革红利持续释放。",
                "(来源:能源发布)"), Arrays.asList(r.text().split("\n")));
        assertMapsBack(r);
    }

    @Test
    void aSpeechsNumberedHeadingStaysItsOwnParagraphThoughPunctuatedLikeProse() {
        String heading = "二、聚焦重点领域和关键环节攻坚，切实提高改革的含金量和成色";
        String body = "上个月15日，市委深改委第九次会议审议通过了《关于深化营商环境综合改革的实施意见》，对今年的重点任务作出了安排，"
                + "各区县、各部门要对照任务清单逐项抓好落实，确保年底前见到实效。";
        String raw = String.join("\n", "在市委深改委第十次会议上的讲话", "（2023年8月15日）", "同志们：",
                body, heading, body, "（一）持续深化“放管服”改革，营造市场化法治化国际化一流营商环境", body, body, body) + "\n";
        List<String> paragraphs = Arrays.asList(repairedText(raw).split("\n"));
        assertTrue(paragraphs.contains(heading), paragraphs.toString());
        assertTrue(paragraphs.contains("（一）持续深化“放管服”改革，营造市场化法治化国际化一流营商环境"), paragraphs.toString());
    }

    @Test
    void aNarrowButFullLineEndingInAListCommaRunsOn() {
        String raw = String.join("\n",
                "本报讯（记者 孙文涛）20日，日照市委全面深化",
                "改革委员会召开第九次会议。会议审议通过了",
                "《日照市深化“无证明城市”建设",
                "三年行动方案（2023—2025年）》、",
                "日照市海湾生态环境保护湾长制实施办法和",
                "《关于支持日照经济技术开发区深化体制机",
                "制改革的若干措施》，审议了《日照市县域医",
                "共体建设实施方案（送审稿）》，听取了东港、",
                "岚山两区关于农村集体经营性建设用地入市试",
                "点工作情况的汇报。") + "\n";
        String text = repairedText(raw + "如今在“一站式”通关大厅，货车司机只需\n提交一次材料，\n清晨7点，口岸前满载火龙果的货车已排起了\n长队。\n");
        assertTrue(text.contains("（2023—2025年）》、日照市海湾生态环境保护湾长制实施办法和《关于"), text);
        // a column broken off after a few characters and a comma is not run on
        assertTrue(text.contains("提交一次材料，\n清晨7点"), text);
    }

    @Test
    void anOpenQuoteOrTitleJoinsAShortHeadlineLine() {
        String raw = "担当实干：“既当改革促进派、\n又当改革实干家，以钉钉子精神抓\n好改革落实”\n\n改革争在朝夕。\n审议《关于\n\n推进改革的意见》\n";
        assertEquals("担当实干：“既当改革促进派、又当改革实干家，以钉钉子精神抓好改革落实”\n改革争在朝夕。\n审议《关于推进改革的意见》",
                repairedText(raw));
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheNextHeadline() {
        String raw = "这份明细详细记录了“\n\n破局:下沉治理单元打破“一言堂”\n";
        assertEquals("这份明细详细记录了“\n破局:下沉治理单元打破“一言堂”", repairedText(raw));
    }

    @Test
    void keepsASpaceBetweenLatinWordsJoinedAcrossLines() {
        String longLine = "推进“一带一路”建设走深走实，深化与沿线国家的务实合作，持续扩大高水平对外开放，积极参与 Belt and Road ";
        String raw = longLine + "\nInitiative 合作。\n";
        assertEquals(longLine + "Initiative 合作。", repairedText(raw));
    }

    /** A county chronicle written for this test: an entry broken inside its ordinal, before a short line with digits. */
    @Test
    void anOrdinalBrokenAtTheLineEndJoinsEvenBeforeALineThatLooksIndented() {
        String raw = String.join("\n",
                "2019年",
                "1月9日　县委全面深化改革委员会第一次会",
                "议召开，审议通过委员会工作规则和专项小组",
                "工作规则，县委书记主持会议并讲话，要求各",
                "专项小组抓紧制定年度改革工作要点，确保改",
                "革任务落地见效，形成一批可复制的经验。",
                "3月12日　县委深改委第二次会议召开，审议",
                "通过县域医共体建设试点方案等5个文件，听",
                "取农村集体产权制度改革进展情况汇报，会议",
                "要求抓紧完善改革方案，按程序报批后实施。",
                "5月至8月　县委深改委先后召开第三次至第五",
                "次会议，共审议改革文件14件，",
                "",
                "听取县域医共体建设、农村集体产权制度改",
                "革等8项重点改革进展情况汇报。",
                "");
        assertContains(repairedText(raw), "\n5月至8月　县委深改委先后召开第三次至第五次会议，共审议改革文件14件，");
    }

    /**
     * A county feature written for this test: a full line that holds a full stop is prose, so the short line
     * after it (cut at a blank line inside a title) is no indented first paragraph line.
     */
    @Test
    void aFullLineWithAFullStopInsideRunsOnIntoAShortLineAfterIt() {
        String raw = String.join("\n",
                "县委深改委第三次会议召开后，各专项小组",
                "对照任务清单逐项销号，全年改革任务完成",
                "率达到百分之九十以上，群众满意度明显提",
                "升，多项经验在全市推广。",
                "",
                "第四次会议则把重心放在了营商环境上。会上审",
                "议通过的《县域营商环境优化提升",
                "",
                "三年行动方案》，把企业开办时间压缩到一",
                "个工作日，把工程项目审批时限压缩到四十",
                "个工作日以内，并在全县推行帮办代办服务",
                "和容缺受理机制，实现办事不求人。",
                "");
        assertContains(repairedText(raw), "会上审议通过的《县域营商环境优化提升三年行动方案》，");
    }

    /** A provincial page written for this test: a long headline never runs into the dateline under it. */
    @Test
    void aDatelineStartsItsOwnParagraphAfterALongHeadline() {
        String raw = String.join("\n",
                "2018年6月29日　星期五",
                "",
                "聚焦基层减负 推动改革任务落地见效",
                "确保各项改革举措在基层落地生根开花结果",
                "",
                "新华社北京6月28日电　中央全面深化改革委",
                "员会召开会议，审议通过了多项改革方案。会",
                "议强调，要坚持问题导向，压实改革责任，推",
                "动各项改革举措落地见效，让群众有更多获得",
                "感，会议还研究了下一步工作，作出了部署。",
                "");
        assertContains(repairedText(raw), "\n新华社北京6月28日电　中央全面深化改革委员会召开会议，");
    }

    @Test
    void spacesInsideALineAreKept() {
        String raw = "全旗政法信访工作会议暨 社会治理战线推进会议召开\n\n  本报讯(记者 白剑萍)3月3日,会议召开。  \n";
        assertEquals("全旗政法信访工作会议暨 社会治理战线推进会议召开\n本报讯(记者 白剑萍)3月3日,会议召开。", repairedText(raw));
    }

    @Test
    void emptyLinesOnlyGiveEmptyText() {
        assertEquals("", repairedText("\n \n\u3000\n"));
        assertEquals("改革", repairedText("改革"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"上接1版", "（上接1版）", "（下转2版）", "(上接第一版)", "【下转第3版】", "接上页", "转第２版",
            "（记者 邹伟 韩洁）", "(来源:吉格斯太发布)", "(作者系巴南区政协副主席)",
            "乳源年鉴（２０１７）                    ·全面深化改革·", "２０２０年９月１７日  星期四", "第２版　要闻"})
    void standaloneLines(String line) {
        assertTrue(LayoutRepair.isStandalone(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"上接受了采访", "（一）加强组织体系建设", "（PM2.5）平均浓度累计下降28.6%，全国地表水优",
            "(记者 王耀宗)3月4日,全旗组织工作会议召开", "转变作风"})
    void notStandaloneLines(String line) {
        assertFalse(LayoutRepair.isStandalone(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"推动改革落地见效。", "措落实到位。”", "可复制！", "怎么改？", "狠抓落实。”陈咏梅说；",
            "……", "取人民的“幸福指数”。 (作者系垫江县政协副主席)", "建功立业。 据《人民日报》", "群团组织注入了活力和生命力。 工"})
    void linesThatEndASentence(String line) {
        assertTrue(LayoutRepair.endsSentence(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"内蒙古大学民族学与社会学学院副院长李", "改革的大逻辑——", "以三个", "全旗组织工作会议召开",
            "阐明要旨：", "习近平总书记主持召开十八届 中央全面深化改革领导小组第三次会议", "意见》。 次年10月，深圳经"})
    void linesThatDoNotEndASentence(String line) {
        assertFalse(LayoutRepair.endsSentence(line), line);
    }

    @Test
    void repairedTextIsImmutableAndValidated() {
        DecodedText raw = new DecodedText("t", "改\n革", StandardCharsets.UTF_8);
        int[] map = {0, 2};
        RepairedText r = new RepairedText(raw, "改革", map);
        map[0] = 1;
        assertEquals(0, r.rawOffset(0));
        r.toRaw()[1] = 0;
        assertEquals(2, r.rawOffset(1));
        assertEquals(3, r.rawEnd(2));
        assertEquals(0, r.rawEnd(0));
        assertEquals(r, new RepairedText(raw, "改革", new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> new RepairedText(raw, "改革", new int[] {2, 0}));
        assertThrows(IllegalArgumentException.class, () -> new RepairedText(raw, "改革", new int[] {0}));
        assertThrows(IndexOutOfBoundsException.class, () -> r.rawOffset(2));
    }

    static void assertMapsBack(RepairedText r) {
        String raw = r.raw().text();
        String text = r.text();
        for (int i = 0; i < text.length(); i++) {
            int j = r.rawOffset(i);
            char expected = text.charAt(i);
            int at = i;
            assertEquals(expected, raw.charAt(j), () -> r.raw().sourceName() + ": repaired char " + at + " maps to raw " + j);
        }
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "missing: " + part);
    }
}

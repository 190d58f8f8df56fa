package org.reformkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static Gold.Meeting sitting(String id, String date) {
        return new Gold.Meeting(id, "区政府常务会议", null, null, null, date, null);
    }

    @Test
    void sittingsOfOneNameMatchByDateWhicheverOrderTheyComeIn() {
        Gold gold = new Gold("a.txt", List.of(sitting("m1", "2017-03-02"), sitting("m2", "2017-05-12")),
                List.of(), List.of(), List.of(), List.of());
        List<Map<String, String>> rows = List.of(
                Map.of("name", "区政府常务会议", "date", "2017-05-12"),
                Map.of("name", "区政府常务会议", "date", "2017-03-02"));
        Map<String, Score> s = Scorer.score(gold, rows, List.of(), List.of());
        assertEquals(2, s.get("meetings").truePositives(), s.get("meetings").toString());
        assertEquals(2, s.get("meeting dates").truePositives());
    }

    @Test
    void aThirdSittingOfTheSameNameIsSpurious() {
        Gold gold = new Gold("a.txt", List.of(sitting("m1", "2017-03-02")),
                List.of(), List.of(), List.of(), List.of());
        List<Map<String, String>> rows = List.of(
                Map.of("name", "区政府常务会议", "date", "2017-05-12"),
                Map.of("name", "区政府常务会议", "date", "2017-03-02"));
        Score m = Scorer.score(gold, rows, List.of(), List.of()).get("meetings");
        assertEquals(1, m.truePositives());
        assertEquals(2, m.predicted());
    }

    @Test
    void conferenceNamesMatchWithOrWithoutQuotationMarks() {
        Gold gold = new Gold("a.txt", List.of(new Gold.Meeting("m1", "农村集体产权制度改革“回头看”推进会", null, null, null, "2021-06-17", null)),
                List.of(), List.of(), List.of(), List.of());
        List<Map<String, String>> rows = List.of(Map.of("name", "农村集体产权制度改革回头看推进会", "date", "2021-06-17"));
        assertEquals(1, Scorer.score(gold, rows, List.of(), List.of()).get("meetings").truePositives());
    }
    @Test
    void aGoldWrittenInTraditionalCharactersMatchesTheSimplifiedGraph() {
        Gold gold = new Gold("a.txt",
                List.of(new Gold.Meeting("m1", "上杭縣委全面深化改革委員會第四次會議", "中共上杭县委全面深化改革委员会", null, 4, "2019-06-20", null)),
                List.of(new Gold.Document("d1", "上杭縣深化「最多跑一趟」改革實施方案", "方案", null)),
                List.of(new Gold.Approval("m1", "d1")), List.of(), List.of());
        List<Map<String, String>> meetings = List.of(Map.of("name", "上杭县委全面深化改革委员会第四次会议", "date", "2019-06-20"));
        List<Map<String, String>> approvals = List.of(Map.of("meeting_name", "上杭县委全面深化改革委员会第四次会议",
                "title", "上杭县深化“最多跑一趟”改革实施方案"));
        List<Map<String, String>> documents = List.of(Map.of("title", "上杭县深化“最多跑一趟”改革实施方案"));
        Map<String, Score> s = Scorer.score(gold, meetings, approvals, documents);
        assertEquals(List.of(1, 1, 1), List.of(s.get("meetings").truePositives(), s.get("documents").truePositives(),
                s.get("approvals").truePositives()), s.toString());
    }

    @Test
    void aPartyCommitteeWrittenLongOrShortInsideABodyIsOneBody() {
        Gold gold = new Gold("a.txt",
                List.of(new Gold.Meeting("m1", "盟委深改委第七次会议", "中共兴安盟委员会全面深化改革委员会", null, 7, "2021-03", null)),
                List.of(), List.of(), List.of(), List.of());
        List<Map<String, String>> rows = List.of(Map.of("name", "中共兴安盟委全面深化改革委员会第七次会议",
                "body", "中共兴安盟委全面深化改革委员会", "ordinal", "7", "date", "2021-03"));
        Map<String, Score> s = Scorer.score(gold, rows, List.of(), List.of());
        assertEquals(1, s.get("meetings").truePositives(), s.get("meetings").toString());
        // a different committee's session of the same number is not it
        List<Map<String, String>> other = List.of(Map.of("name", "中共阿拉善盟委全面深化改革委员会第七次会议",
                "body", "中共阿拉善盟委全面深化改革委员会", "ordinal", "7", "date", "2021-03"));
        assertEquals(0, Scorer.score(gold, other, List.of(), List.of()).get("meetings").truePositives());
    }

    private static Gold programsGold(String... names) {
        return new Gold("a.txt", List.of(), List.of(), List.of(), List.of(),
                java.util.Arrays.stream(names).map(n -> new Gold.Program(n, List.of())).toList());
    }

    @Test
    void aProgramMatchesAGoldNameByItsNameOrAnAlias() {
        List<Map<String, String>> rows = List.of(
                Map.of("name", "三变改革", "region", "遵义市", "aliases", "三变"),
                Map.of("name", "三变改革", "region", "播州区", "aliases", "三变"),
                Map.of("name", "河长制", "region", "", "aliases", ""));
        Score s = Scorer.scorePlaces(programsGold("“三变”", "河长制"), List.of(), rows).get("programs");
        assertEquals(List.of(2, 2, 2), List.of(s.truePositives(), s.predicted(), s.gold()), s.toString());
    }

    @Test
    void aProgramFoundUnderTwoGoldNamesCountsOnce() {
        List<Map<String, String>> rows = List.of(Map.of("name", "群团汇", "region", "", "aliases", "达茂群团汇 | 群团汇品牌"));
        Score s = Scorer.scorePlaces(programsGold("群团汇", "达茂群团汇"), List.of(), rows).get("programs");
        assertEquals(1, s.truePositives());
        assertEquals(List.of("a.txt: 达茂群团汇"), s.misses());
    }

    @Test
    void anAliasDoesNotTakeAGoldNameAnotherProgramIsCalled() {
        List<Map<String, String>> rows = List.of(
                Map.of("name", "河湖长制", "region", "", "aliases", "河长制"),
                Map.of("name", "河长制", "region", "", "aliases", ""));
        Score s = Scorer.scorePlaces(programsGold("河长制", "湖长制"), List.of(), rows).get("programs");
        assertEquals(1, s.truePositives());
        assertEquals(List.of("a.txt: 河湖长制"), s.spurious());
    }
}

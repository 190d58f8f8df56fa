package org.reformkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.reformkg.text.RepairedText;
import org.reformkg.text.Sentence;

/** Stage: sentences to mentions (meetings, documents, dates). Pure. */
public final class MentionStage {
    private MentionStage() {}

    /** How many sentences back a bare numbered group may find its village (when only one village is named there). */
    private static final int VILLAGE_REACH = 3;

    public static Mentions run(RepairedText repaired, List<Sentence> sentences) {
        int[] paragraph = paragraphs(repaired, sentences);
        List<MeetingMention> meetings = new ArrayList<>();
        List<DocumentMention> documents = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        List<ProgramMention> programs = new ArrayList<>();
        List<OrganizationMention> organizations = new ArrayList<>();
        Body established = null;
        java.util.Map<String, String> shortForms = new java.util.HashMap<>();
        java.util.Map<String, String> lastOfKind = new java.util.HashMap<>();
        int lastMeetingSentence = -10;
        // the village a bare numbered group (3组、5组的村民) belongs to: the only one named in the last few sentences
        java.util.Map<String, Integer> villageSeen = new java.util.HashMap<>();
        // a speech given at a session (在市委深改委第十二次会议上的讲话): its bare 第十一次会议 is that body's
        Body speechBody = null;
        for (int i = 0; i < Math.min(4, sentences.size()) && speechBody == null; i++)
            if (RelationStage.SPEECH_TITLE.matcher(sentences.get(i).text().strip()).matches())
                speechBody = MeetingRules.namedBody(MatchText.of(sentences.get(i)));
        for (Sentence s : sentences) {
            List<MeetingMention> found = MeetingRules.find(s, speechBody != null ? speechBody : established);
            // 会议 alone refers to a meeting its report named before; beyond that it is unnamed
            boolean determiner = MatchText.of(s).matches("^(?:这次|此次|本次|该次).*");
            if (found.isEmpty() && !ReportSpan.reaches(sentences, lastMeetingSentence, s.index(), determiner)) {
                MeetingMention unnamed = MeetingRules.unnamedAdopting(s);
                if (unnamed != null) found = List.of(unnamed);
            }
            if (!found.isEmpty()) lastMeetingSentence = s.index();
            meetings.addAll(found);
            // a sentence that only studies other bodies' meetings (传达学习了省委深改委第十八次会议精神) leaves the
            // body the text is about as it was
            boolean onlyStudied = !found.isEmpty() && found.stream().noneMatch(MeetingMention::eventive);
            Body named = onlyStudied ? null : MeetingRules.namedBody(MatchText.of(s));
            for (MeetingMention m : found)
                if (named == null && !onlyStudied && m.kind() == MeetingMention.Kind.REFORM_SESSION && m.body() != null) named = m.body();
            if (named != null) established = named;
            documents.addAll(DocumentRules.find(s, shortForms, lastOfKind));
            villageSeen.values().removeIf(at -> s.index() - at > VILLAGE_REACH);
            List<PlaceMention> here = PlaceRules.find(s, villageSeen.size() == 1 ? villageSeen.keySet().iterator().next() : null);
            for (PlaceMention p : here)
                if ("village".equals(PlaceRules.levelOf(p.name()))) villageSeen.put(p.name(), s.index());
            places.addAll(here);
            programs.addAll(ProgramRules.find(s));
            organizations.addAll(OrganizationRules.find(s));
        }
        // persons over the whole text: a byline name takes the roles on the line after it
        return new Mentions(sentences, meetings, documents, DateRules.find(sentences, paragraph), places, programs,
                PersonRules.find(sentences), organizations);
    }

    /** The paragraph number of each sentence: sentences are in the same paragraph when no '\n' lies between them. */
    public static int[] paragraphs(RepairedText repaired, List<Sentence> sentences) {
        int[] p = new int[sentences.size()];
        int para = 0;
        int prevEnd = 0;
        String t = repaired.text();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i > 0 && t.substring(prevEnd, Math.max(prevEnd, s.start())).indexOf('\n') >= 0) para++;
            p[i] = para;
            prevEnd = s.end();
        }
        return p;
    }
}

package org.reformkg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.reformkg.text.Sentence;

/**
 * How far back a bare 会议 ("会议审议通过了…") can refer: to the meeting a report's lead named, across the
 * sentences that follow a lead (who attended, what the chair stressed), but not across the start of
 * another report on the same page (a headline, a 本报讯/新华社…电 lead).
 */
final class ReportSpan {
    private ReportSpan() {}

    /** Within this many sentences a bare 会议 refers back whatever lies between. */
    static final int NEAR = 3;
    /** The furthest a bare 会议 reaches inside one report; 这次会议 reaches as far. */
    static final int FAR = 8;

    private static final Pattern LEAD = Pattern.compile("^(?:本报讯|新华社|人民网|央视网|据新华社|【[^】]{1,12}】)|^\\S{0,12}电[\\s　]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?；;…][”’」』）)]*$");

    /** Whether sentence {@code to} can refer back to a meeting named in sentence {@code from}. */
    static boolean reaches(List<Sentence> sentences, int from, int to, boolean determiner) {
        int distance = to - from;
        if (distance < 0 || distance > FAR) return false;
        if (distance <= NEAR || determiner) return true;
        for (int i = from + 1; i < to; i++) {
            String text = sentences.get(i).text().strip();
            if (!ENDS_SENTENCE.matcher(text).find() || LEAD.matcher(text).find()) return false;
        }
        return true;
    }
}

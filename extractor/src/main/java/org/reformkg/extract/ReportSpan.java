package org.reformkg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.reformkg.text.Sentence;

/**
 * How far back a bare 会议 ("会议审议通过了…") can refer: to the meeting a report's lead named, across the
 * sentences that follow a lead (who attended, what the chair stressed), but not across the start of
 * another report on the same page (a headline, a 本报讯/新华社…电 lead) that holds a meeting of its own,
 * however near. Reports without one may stand between, as PDF pages interleave columns.
 */
public final class ReportSpan {
    private ReportSpan() {}

    /** The furthest a bare 会议 reaches inside one report; 这次会议 reaches as far. */
    static final int FAR = 8;
    /** The furthest a bare 会议 reaches across other reports that hold no meeting (interleaved columns). */
    static final int INTERLEAVED = 20;

    private static final Pattern LEAD = Pattern.compile("^(?:本报讯|新华社|人民网|央视网|据新华社|【[^】]{1,12}】)|^\\S{0,12}电[\\s　]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?；;…][”’」』）)]*$");
    /** Lines under a speech's title that start nothing new: （2016年9月12日）, a name, 同志们： */
    private static final Pattern NOTE = Pattern.compile("^[（(][^（()）]*[)）]$|^\\S{1,6}$|^\\S{1,8}[：:]$");

    /** A headline or a lead: where another report starts. */
    private static boolean startsReport(String text) {
        return LEAD.matcher(text).find() || (!ENDS_SENTENCE.matcher(text).find() && !NOTE.matcher(text).find());
    }

    /** Whether the sentence opens a report: a headline, or a lead (本报讯…, 新华社…电). */
    public static boolean opensReport(Sentence s) {
        return startsReport(s.text().strip());
    }

    /**
     * The first sentence of the report that sentence {@code at} belongs to: its lead (本报讯…, 新华社…电), or
     * the sentence after the nearest headline.
     */
    public static int reportStart(List<Sentence> sentences, int at) {
        for (int i = at; i >= 0; i--) {
            String text = sentences.get(i).text().strip();
            if (LEAD.matcher(text).find()) return i;
            if (i < at && startsReport(text)) return i + 1;
        }
        return 0;
    }

    /** Whether sentence {@code to} can refer back to a meeting named in sentence {@code from}. */
    static boolean reaches(List<Sentence> sentences, int from, int to, boolean determiner) {
        int distance = to - from;
        if (from < 0 || distance < 0 || distance > INTERLEAVED) return false;
        boolean crossed = false;
        for (int i = from + 1; i < to; i++) {
            String text = sentences.get(i).text().strip();
            if (startsReport(text)) crossed = true;
            // a report that comes between holds its own meeting: 会议 after it is that one's
            // (a sentence opening with 会议 is the interrupted report going on, not another one's)
            if (crossed && text.contains("会议") && !text.startsWith("会议")) return false;
        }
        // a PDF page interleaves columns: a short report with no meeting of its own may stand between a
        // lead and its 会议审议通过了… (a headline, a feature), but only so far
        return crossed || distance <= FAR || determiner;
    }
}

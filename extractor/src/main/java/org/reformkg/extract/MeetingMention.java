package org.reformkg.extract;

import org.reformkg.text.Sentence;

/**
 * A meeting named in a sentence. {@code start}/{@code end} index {@link Sentence#text()}.
 * {@code body}, {@code term} and {@code ordinal} are null where the text leaves them out;
 * the resolver fills them from context (the body the text established, the term from the date).
 *
 * @param name   the meeting's name as a reader would write it, when the mention carries one
 * @param kind   what sort of meeting the rule recognised
 * @param eventive true when the sentence reports the meeting taking place (召开, 主持, 上, 审议...),
 *                 false for a backward reference (…精神, …以来, …提出的): only eventive mentions take a date
 */
public record MeetingMention(Sentence sentence, int start, int end, String name, Kind kind,
                             Body body, Integer term, Integer ordinal, boolean eventive,
                             String rule, double confidence) {

    public enum Kind {
        /** A numbered session of a reform body (领导小组, 委员会), central or local. */
        REFORM_SESSION,
        /** A numbered session of another standing body, named as written (十三届全国人大一次会议). */
        SESSION,
        /** A plenary session of a party committee (三中全会). */
        PLENUM,
        /** A party congress (党的二十大). */
        CONGRESS,
        /** A named conference without a number (全旗组织工作会议). */
        CONFERENCE,
        /** A meeting the text reports (会议审议通过了…) without naming it or having named it before. */
        UNNAMED
    }

    public String surface() {
        return sentence.text().substring(start, end);
    }
}

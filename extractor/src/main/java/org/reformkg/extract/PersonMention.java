package org.reformkg.extract;

import java.util.List;
import org.reformkg.text.Sentence;

/**
 * A named person in a sentence, with the roles the sentence gives them as written
 * (旗委常委、组织部部长陈立东 → roles 旗委常委, 组织部部长). {@code start}/{@code end} index
 * {@link Sentence#text()} and cover the name only.
 *
 * @param meetingCue {@link #CHAIR} when the person's clause says they chaired (主持) a meeting,
 *                   {@link #ATTEND} when they attended it (出席, 参加, 列席), null otherwise
 * @param rule       the rule that found it, {@code person.*}
 * @param confidence how sure the rule is, 0..1
 */
public record PersonMention(Sentence sentence, int start, int end, String name, List<String> roles,
                            String meetingCue, String rule, double confidence) {
    public static final String CHAIR = "chair";
    public static final String ATTEND = "attend";

    public PersonMention {
        roles = List.copyOf(roles);
    }
}

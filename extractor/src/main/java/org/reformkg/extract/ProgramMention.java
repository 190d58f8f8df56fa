package org.reformkg.extract;

import java.util.List;
import org.reformkg.text.Sentence;

/**
 * A named reform program in a sentence: a mechanism, pilot, scheme or brand (河长制, 最多跑一次, 一组三会).
 * {@code start}/{@code end} index {@link Sentence#text()} and cover the words the name was read from.
 *
 * @param name       the name as a reader writes it: quotation marks dropped, a generic head word dropped
 *                   (“一组三会”机制 → 一组三会), kept where it is part of the name (“五联”委员工作室 → 五联委员工作室)
 * @param aliases    other names the same words give (一组三会机制); never contains {@code name}
 * @param rule       the rule that found it, {@code program.*}
 * @param confidence how sure the rule is, 0..1
 */
public record ProgramMention(Sentence sentence, int start, int end, String name, List<String> aliases,
                             String rule, double confidence) {
    public ProgramMention {
        aliases = aliases.stream().filter(a -> !a.equals(name)).distinct().toList();
    }

    /** The words of the sentence the program was read from. */
    public String surface() {
        return sentence.text().substring(start, end);
    }
}

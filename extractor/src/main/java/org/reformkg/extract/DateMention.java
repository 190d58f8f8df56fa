package org.reformkg.extract;

import org.reformkg.text.Sentence;

/**
 * A date expression resolved to a calendar date at the precision the text supports.
 * Relative expressions (6天后, 次年10月) are resolved against the last date the text established.
 *
 * @param relative true when the value came from context (a relative expression, or a month and day
 *                 whose year the text gave elsewhere)
 */
public record DateMention(Sentence sentence, int start, int end, PartialDate date, boolean relative,
                          String rule) {}

package org.reformkg.extract;

import org.reformkg.text.Sentence;

/**
 * A policy document named in a sentence: its title without 《》 and layout breaks, and its kind,
 * the type word at the title's tail (意见, 指导意见, 决定...) or "other".
 * {@code start}/{@code end} index {@link Sentence#text()} and include the 《》 when present.
 */
public record DocumentMention(Sentence sentence, int start, int end, String title, String kind,
                              String rule, double confidence) {}

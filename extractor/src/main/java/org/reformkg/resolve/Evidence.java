package org.reformkg.resolve;

import org.reformkg.text.Sentence;

/** Where a fact comes from: the sentence, the rule that read it, and how sure the rule is (0..1). */
public record Evidence(Sentence sentence, String rule, double confidence) {}

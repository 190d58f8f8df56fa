package org.reformkg.extract;

import org.reformkg.text.Sentence;

/** A place named in a sentence, as written (深圳, 达拉特旗). {@code start}/{@code end} index the sentence. */
public record PlaceMention(Sentence sentence, int start, int end, String name, String rule) {}

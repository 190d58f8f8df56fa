package org.reformkg.extract;

import org.reformkg.text.Sentence;

/**
 * A place named in a sentence, as written (深圳, 达拉特旗, 张义城窑村). {@code start}/{@code end} index the
 * sentence.
 *
 * @param levelHint  the level its form shows (county for …旗, village for …村, zone for …开发区), or null
 * @param parentName the place it is written under (达拉特旗 for 吉格斯太镇 in 达拉特旗吉格斯太镇), or null
 */
public record PlaceMention(Sentence sentence, int start, int end, String name, String levelHint, String parentName,
                           String rule) {}

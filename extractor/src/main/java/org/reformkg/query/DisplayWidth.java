package org.reformkg.query;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns text takes: wide and fullwidth characters (CJK ideographs,
 * kana, Hangul, fullwidth punctuation such as 、and （）) take two, combining marks and
 * zero-width characters none, everything else one. Uses the Unicode East Asian Width
 * property (via ICU), with ambiguous-width characters counted narrow as most terminals do.
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    /** Columns taken by one code point. */
    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || codePoint == 0x200B)
            return 0;
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) ? 2 : 1;
    }

    /** Columns taken by a string. */
    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }
}

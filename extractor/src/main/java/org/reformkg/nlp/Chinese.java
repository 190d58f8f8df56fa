package org.reformkg.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * The one adapter to HanLP. HanLP's dictionaries load once, on first use, from the HanLP jar
 * (class initialisation is thread-safe); conversion itself is thread-safe.
 */
public final class Chinese {
    private Chinese() {}

    /**
     * Traditional characters to simplified, keeping the length so that offsets found on the result
     * are valid on the input. Where HanLP's word-level conversion would change the length, characters
     * are converted one by one.
     */
    public static String simplified(String text) {
        if (!hasNonAscii(text)) return text;
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() == text.length()) return s;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            b.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return b.toString();
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return true;
        return false;
    }
}

package org.reformkg.extract;

import java.util.OptionalInt;

/**
 * Parses the numerals reform texts use for terms, ordinals and dates: Chinese numerals
 * (十三, 二十一, 一百零二, 两), digit-by-digit year numerals (二〇一九, 二零一四) and Arabic digits in
 * half or full width.
 */
public final class ChineseNumber {
    private ChineseNumber() {}

    private static final String DIGITS = "〇一二三四五六七八九";

    /** Characters that may appear in a numeral this class parses (for building regexes). */
    public static final String NUMERAL_CHARS = "〇零一二两三四五六七八九十百0-9０-９";

    /** The value of a numeral, or empty when {@code s} is not one. */
    public static OptionalInt parse(String s) {
        if (s == null || s.isEmpty()) return OptionalInt.empty();
        if (isArabic(s)) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + Character.digit(fold(s.charAt(i)), 10);
                if (v > 100_000) return OptionalInt.empty();
            }
            return OptionalInt.of(v);
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            // digit-by-digit form: 二〇一九
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) return OptionalInt.empty();
                v = v * 10 + d;
            }
            return OptionalInt.of(v);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(total + current);
    }

    private static int digit(char c) {
        if (c == '零' || c == '〇' || c == 'O' || c == '○') return 0;
        if (c == '两') return 2;
        int i = DIGITS.indexOf(c);
        if (i >= 0) return i;
        char f = fold(c);
        return f >= '0' && f <= '9' ? f - '0' : -1;
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static char fold(char c) {
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
    }

    /** The Chinese numeral for 1..99 as written in meeting names (十三, 二十一). */
    public static String toChinese(int n) {
        if (n <= 0 || n >= 100) return Integer.toString(n);
        String units = "零一二三四五六七八九";
        if (n < 10) return String.valueOf(units.charAt(n));
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(units.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(units.charAt(ones)));
    }
}

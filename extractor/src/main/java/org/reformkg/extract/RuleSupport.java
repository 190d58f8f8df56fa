package org.reformkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the program, person and organisation rules share: text tests, span bookkeeping, bundled word lists. */
final class RuleSupport {
    private RuleSupport() {}

    /** Punctuation that ends a clause: a cue (主持, 出席) only applies to the names of its own clause. */
    private static final String CLAUSE_END = "，,。；;！!？?：:\n";

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isHan(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    /** Index of the end of the clause that contains {@code from}: the next clause punctuation, or the text's end. */
    static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) return i;
        return text.length();
    }

    /** Marks the characters between 《 and 》: titles are documents and media, not running text. */
    static boolean[] insideTitles(String text) {
        boolean[] in = new boolean[text.length() + 1];
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') open = i;
            else if (c == '》' && open >= 0) {
                for (int k = open; k <= i; k++) in[k] = true;
                open = -1;
            }
        }
        return in;
    }

    static boolean any(boolean[] mask, int start, int end) {
        for (int i = Math.max(0, start); i < end && i < mask.length; i++) if (mask[i]) return true;
        return false;
    }

    static void mark(boolean[] mask, int start, int end) {
        for (int i = Math.max(0, start); i < end && i < mask.length; i++) mask[i] = true;
    }

    /** Drops quotation marks and layout spaces: the name as a reader writes it (“五联”委员工作室 → 五联委员工作室). */
    static String plain(String s) {
        return s.replaceAll("[“”‘’\"'「」『』\\s]", "");
    }

    /** The non-comment, non-blank lines of a UTF-8 classpath resource. */
    static List<String> resourceLines(String resource) {
        try (InputStream in = RuleSupport.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Family names: single characters on the first line of the list, compound ones one per line after it. */
    private static final Set<String> SURNAMES;

    static {
        List<String> lines = resourceLines("/reformkg/extract/surnames.txt");
        java.util.HashSet<String> names = new java.util.HashSet<>();
        lines.get(0).codePoints().forEach(c -> names.add(new String(Character.toChars(c))));
        names.addAll(lines.subList(1, lines.size()));
        SURNAMES = Set.copyOf(names);
    }

    /**
     * True when the characters can be a Chinese personal name: a family name and one or two given characters
     * (陈立东, 胡哲, 欧阳修).
     */
    static boolean surnamed(String name) {
        if (!isHan(name)) return false;
        if (name.length() >= 3 && SURNAMES.contains(name.substring(0, 2))) return name.length() <= 4;
        return SURNAMES.contains(name.substring(0, 1)) && name.length() >= 2 && name.length() <= 3;
    }
}

package org.reformkg.query;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes an aligned text table; widths are display widths (see {@link DisplayWidth}). */
final class TextTable {

    private TextTable() {}

    /**
     * Writes {@code header} and {@code rows} as a table; cells of a column flagged in
     * {@code rightAlign[row][col]} are right-aligned (numbers), the rest left-aligned.
     * Cells are sanitized first, so every row is exactly one line.
     */
    static void write(Writer out, List<String> header, List<List<String>> rows, List<boolean[]> rightAlign)
            throws IOException {
        int n = header.size();
        String[] head = header.stream().map(TextTable::sanitize).toArray(String[]::new);
        String[][] cells = new String[rows.size()][];
        int[] widths = new int[n];
        for (int c = 0; c < n; c++)
            widths[c] = DisplayWidth.of(head[c]);
        for (int r = 0; r < rows.size(); r++) {
            cells[r] = new String[n];
            for (int c = 0; c < n; c++) {
                String s = sanitize(rows.get(r).get(c));
                cells[r][c] = s;
                widths[c] = Math.max(widths[c], DisplayWidth.of(s));
            }
        }
        line(out, head, widths, new boolean[n]);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0)
                rule.append("-+-");
            rule.append("-".repeat(widths[c]));
        }
        out.write(rule.toString());
        out.write('\n');
        for (int r = 0; r < rows.size(); r++)
            line(out, cells[r], widths, rightAlign.get(r));
        out.flush();
    }

    private static void line(Writer out, String[] cells, int[] widths, boolean[] right) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0)
                sb.append(" | ");
            int pad = widths[c] - DisplayWidth.of(cells[c]);
            if (right[c])
                sb.append(" ".repeat(pad)).append(cells[c]);
            else
                sb.append(cells[c]).append(" ".repeat(pad));
        }
        // no trailing blanks (an empty last cell would leave some)
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ')
            end--;
        sb.setLength(end);
        out.write(sb.toString());
        out.write('\n');
    }

    /**
     * One-line, terminal-safe form of a value: backslash escapes for line breaks, tabs and
     * other control characters (so text cannot break the layout or send escape sequences),
     * and for bidirectional-override characters that would reorder the line.
     */
    static String sanitize(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029'
                        || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069'))
                    ? String.format("\\u%04x", (int) ch) : null;
            };
            if (rep != null && sb == null)
                sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (rep != null)
                    sb.append(rep);
                else
                    sb.append(ch);
            }
        }
        return sb == null ? s : sb.toString();
    }
}

package org.reformkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void widths() {
        assertEquals(0, DisplayWidth.of(""));
        assertEquals(5, DisplayWidth.of("hello"));
        assertEquals(6, DisplayWidth.of("河长制"));
        assertEquals(4, DisplayWidth.of("《》"), "CJK brackets are wide");
        assertEquals(2, DisplayWidth.of("、"));
        assertEquals(2, DisplayWidth.of("，"), "fullwidth comma");
        assertEquals(4, DisplayWidth.of("２０"), "fullwidth digits");
        assertEquals(2, DisplayWidth.of("𠀀"), "supplementary ideograph: one code point, two columns");
        assertEquals(1, DisplayWidth.of("e\u0301"), "combining accent takes no column");
        assertEquals(4, DisplayWidth.of("ｶﾀｶﾅ"), "halfwidth katakana is narrow");
        assertEquals(9, DisplayWidth.of("2014年6月"));
    }

    @Test
    void tableCellsStayOnOneLineAndEscapeControls() throws Exception {
        StringWriter w = new StringWriter();
        TextTable.write(w, List.of("a", "b"), List.of(List.of("x\ny", "\u001b[31m"), List.of("中", "")),
            List.of(new boolean[2], new boolean[2]));
        assertEquals("""
            a    | b
            -----+-----------
            x\\ny | \\u001b[31m
            中   |
            """, w.toString());
    }
}

package org.reformkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void foldsFullWidthDateToHalfWidthWithEqualLength() {
        String s = "２０１９年７月２４日";
        String f = Normalizer.fold(s);
        assertEquals("2019年7月24日", f);
        assertEquals(s.length(), f.length());
    }

    @Test
    void foldsFullWidthLettersSignsBracketsAndIdeographicSpace() {
        assertEquals("中央\"1+5\"工作意见(AB)", Normalizer.fold("中央＂１＋５＂工作意见（ＡＢ）"));
        assertEquals("PM2.5 浓度", Normalizer.fold("ＰＭ２．５\u3000浓度"));
    }

    @Test
    void leavesOtherChinesePunctuationAndHalfWidthTextAlone() {
        String s = "会议审议通过了《关于完善中国特色现代企业制度的意见》“四梁八柱”、——……。【】「」";
        assertSame(s, Normalizer.fold(s));
        // ，！？；： are full-width ASCII forms, so they fold like digits do
        assertEquals("要求,改革!开放?发展;如下:", Normalizer.fold("要求，改革！开放？发展；如下："));
        assertEquals("", Normalizer.fold(""));
        assertEquals("2019年7月", Normalizer.fold("2019年7月"));
    }

    @Test
    void keepsLengthOnEverySeedText() {
        for (Path p : Seeds.all()) {
            String text = Seeds.text(p);
            String folded = Normalizer.fold(text);
            assertEquals(text.length(), folded.length(), p.toString());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '\uFF01' || c > '\uFF5E') {
                    if (c != '\u3000') {
                        assertEquals(c, folded.charAt(i), p + " at " + i);
                    }
                }
            }
        }
    }
}

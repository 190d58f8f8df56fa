package org.reformkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    /** A real paragraph of seed 000, with its newspaper line breaks and a blank line inside a sentence. */
    private static final String PARAGRAPH = paragraph();

    /** Traditional characters in the same register. */
    private static final String TRADITIONAL = "中央全面深化改革委員會第十三次會議審議通過了《關於推進醫療保障基金監管制度體系改革的指導意見》。"
            + "會議強調，醫保基金是人民群眾的「看病錢」、「救命錢」，一定要管好用好。\n"
            + "2019年7月，十九屆中央全面深化改革委員會第九次會議審議通過《關於支持深圳建設中國特色社會主義先行示範區的意見》。\n";

    private static String paragraph() {
        String seed = Seeds.text(Seeds.named("000"));
        return seed.substring(0, seed.indexOf("航线向更深水域、更广天地前进。") + "航线向更深水域、更广天地前进。".length());
    }

    @TestFactory
    Stream<DynamicTest> seedsDecodeAsUtf8() {
        return Seeds.all().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            DecodedText d = Decoder.read(p);
            assertEquals(StandardCharsets.UTF_8, d.charset());
            assertEquals(Seeds.text(p), d.text());
            assertEquals(p.toString(), d.sourceName());
        }));
    }

    @TestFactory
    Stream<DynamicTest> wholeSeedsRoundTripThroughGb18030AndUtf16() {
        return Seeds.all().stream().flatMap(p -> Stream.of(
                roundTrip(p + " as GB18030", Seeds.text(p).getBytes(Charset.forName("GB18030")), Seeds.text(p)),
                roundTrip(p + " as UTF-16LE without BOM", Seeds.text(p).getBytes(StandardCharsets.UTF_16LE), Seeds.text(p))));
    }

    private static DynamicTest roundTrip(String name, byte[] bytes, String expected) {
        return DynamicTest.dynamicTest(name, () -> assertEquals(expected, Decoder.decode(name, bytes).text()));
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        DecodedText d = Decoder.decode("p.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                PARAGRAPH.getBytes(StandardCharsets.UTF_8)));
        assertEquals(PARAGRAPH, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void utf16LeWithBom() throws Exception {
        DecodedText d = Decoder.decode("p.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                PARAGRAPH.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(PARAGRAPH, d.text());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
    }

    @Test
    void utf16BeWithBom() throws Exception {
        DecodedText d = Decoder.decode("p.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                PARAGRAPH.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(PARAGRAPH, d.text());
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
    }

    @Test
    void utf16BeWithoutBom() throws Exception {
        DecodedText d = Decoder.decode("p.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(PARAGRAPH, d.text());
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
    }

    @Test
    void utf16WithoutBomAndWithoutAnyAsciiHasNoNulBytesButStillDecodes() throws Exception {
        String chinese = "习近平总书记主持召开十九届中央全面深化改革委员会第十三次会议，审议通过了《关于推进医疗保障基金监管制度体系改革的指导意见》。";
        byte[] be = chinese.getBytes(StandardCharsets.UTF_16BE);
        assertEquals(chinese, Decoder.decode("be.txt", be).text());
        assertEquals(chinese, Decoder.decode("le.txt", chinese.getBytes(StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void gb18030Paragraph() throws Exception {
        DecodedText d = Decoder.decode("p.txt", PARAGRAPH.getBytes(Charset.forName("GB18030")));
        assertEquals(PARAGRAPH, d.text());
        assertEquals(Charset.forName("GB18030"), d.charset());
    }

    @Test
    void gbkAndShortGb18030Sentences() throws Exception {
        String s = "2019年7月，十九届中央全面深化改革委员会第九次会议审议通过《关于支持深圳建设中国特色社会主义先行示范区的意见》。";
        assertEquals(s, Decoder.decode("gbk.txt", s.getBytes(Charset.forName("GBK"))).text());
        for (String shortS : List.of("全旗组织工作会议召开", "改革", "同志们:\n")) {
            assertEquals(shortS, Decoder.decode("short.txt", shortS.getBytes(Charset.forName("GB18030"))).text());
        }
    }

    @Test
    void traditionalTextInBig5() throws Exception {
        DecodedText d = Decoder.decode("trad.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL, d.text());
        assertEquals(Charset.forName("Big5"), d.charset());
    }

    @Test
    void traditionalTextInUtf8AndGb18030() throws Exception {
        assertEquals(TRADITIONAL, Decoder.decode("trad.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(TRADITIONAL, Decoder.decode("trad.txt", TRADITIONAL.getBytes(Charset.forName("GB18030"))).text());
    }

    @Test
    void crlfLineSeparatorsAreKept() throws Exception {
        String crlf = PARAGRAPH.replace("\n", "\r\n");
        assertEquals(crlf, Decoder.decode("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void emptyFile() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("seeds/empty.txt", new byte[0]));
        assertEquals("seeds/empty.txt: empty file", e.getMessage());
        assertEquals("seeds/empty.txt", e.sourceName());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\n", " \t\r\n\u3000\u3000\n", "\uFEFF\n"})
    void whitespaceOnlyFileIsEmpty(String blank) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("blank.txt", blank.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("blank.txt: empty file"), e.getMessage());
    }

    @Test
    void whitespaceOnlyUtf16FileIsEmpty() {
        byte[] b = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "\u3000\n \n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(assertThrows(UnreadableSourceException.class, () -> Decoder.decode("b.txt", b))
                .getMessage().contains("empty file"));
    }

    @Test
    void pngIsBinary() {
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0}, randomBytes(7, 300, true));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("seeds/x.png", png));
        assertEquals("seeds/x.png: binary file (NUL bytes), not text", e.getMessage());
    }

    @Test
    void randomBytesWithNulsAreBinary() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("seeds/x.bin", randomBytes(42, 4096, true)));
        assertEquals("seeds/x.bin: binary file (NUL bytes), not text", e.getMessage());
    }

    @Test
    void randomBytesWithoutNulsAreRejected() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("noise.dat", randomBytes(3, 4096, false)));
        assertTrue(e.getMessage().startsWith("noise.dat: "), e.getMessage());
        assertTrue(e.getMessage().contains("binary") || e.getMessage().contains("undecodable"), e.getMessage());
    }

    @Test
    void manyControlCharactersAreBinary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("改革").append((char) (1 + i % 8));
        }
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> Decoder.decode("ctl.txt", sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("ctl.txt: binary file ("), e.getMessage());
    }

    @Test
    void aStrayControlCharacterIsTolerated() throws Exception {
        String s = PARAGRAPH + "\u0008\f\n";
        assertEquals(s, Decoder.decode("ok.txt", s.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void latin1IsNotGuessedAsChinese() {
        byte[] latin1 = "Réforme économique: café, naïveté, résumé — déjà vu à Genève.".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> Decoder.decode("fr.txt", latin1));
        assertTrue(e.getMessage().startsWith("fr.txt: undecodable bytes"), e.getMessage());
    }

    @Test
    void corruptUtf8IsRejectedWithTheByteOffset() {
        byte[] good = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = PARAGRAPH.substring(0, PARAGRAPH.indexOf("现代企业")).getBytes(StandardCharsets.UTF_8).length;
        bad[at] = (byte) 0xFF;
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> Decoder.decode("bad.txt", bad));
        assertTrue(e.getMessage().startsWith("bad.txt: undecodable bytes: invalid UTF-8 at byte " + at + ","), e.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1 - 1);
        assertThrows(UnreadableSourceException.class, () -> Decoder.decode("cut.txt", truncated));
    }

    @Test
    void bomWithInvalidContentIsRejected() {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};
        assertTrue(assertThrows(UnreadableSourceException.class, () -> Decoder.decode("bom.txt", b))
                .getMessage().startsWith("bom.txt: undecodable bytes"));
    }

    @Test
    void sizeLimit() throws Exception {
        byte[] b = PARAGRAPH.getBytes(StandardCharsets.UTF_8);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> Decoder.decode("big.txt", b, 100));
        assertTrue(e.getMessage().startsWith("big.txt: file too large (" + b.length + " bytes"), e.getMessage());
        assertEquals(PARAGRAPH, Decoder.decode("big.txt", b, b.length).text());
        assertEquals(64L * 1024 * 1024, Decoder.DEFAULT_MAX_BYTES);
    }

    @Test
    void readRejectsLargeFilesBeforeReadingThem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.txt");
        Files.write(f, PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> Decoder.read(f, 10));
        assertTrue(e.getMessage().startsWith(f + ": file too large"), e.getMessage());
    }

    @Test
    void readErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.txt");
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> Decoder.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        UnreadableSourceException d = assertThrows(UnreadableSourceException.class, () -> Decoder.read(dir));
        assertTrue(d.getMessage().startsWith(dir + ": "), d.getMessage());
        Path bin = dir.resolve("x.bin");
        Files.write(bin, randomBytes(5, 512, true));
        assertEquals(bin + ": binary file (NUL bytes), not text",
                assertThrows(UnreadableSourceException.class, () -> Decoder.read(bin)).getMessage());
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, PARAGRAPH.getBytes(Charset.forName("GB18030")));
        assertEquals(PARAGRAPH, Decoder.read(gb).text());
    }

    @Test
    void messagesAreOneLine() {
        UnreadableSourceException e = new UnreadableSourceException("a.txt", "cannot read\nsecond line\r\n");
        assertEquals("a.txt: cannot read second line", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void plausibilityScoreSeparatesTextFromNoise() {
        assertTrue(Decoder.plausibleShare(PARAGRAPH) > 0.99);
        byte[] noise = randomBytes(11, 4000, true);
        String asUtf16 = new String(noise, StandardCharsets.UTF_16LE);
        assertTrue(Decoder.plausibleShare(asUtf16) < 0.7, () -> "score " + Decoder.plausibleShare(asUtf16));
        List<String> seeds = Seeds.all().stream().map(Seeds::text).toList();
        for (String s : seeds) {
            String gbAsUtf16 = new String(s.getBytes(Charset.forName("GB18030")), StandardCharsets.UTF_16BE);
            assertTrue(Decoder.plausibleShare(gbAsUtf16) < 0.7);
        }
    }

    private static byte[] randomBytes(long seed, int n, boolean withNuls) {
        Random r = new Random(seed);
        byte[] b = new byte[n];
        r.nextBytes(b);
        for (int i = 0; i < n; i++) {
            if (withNuls && i % 37 == 0) {
                b[i] = 0;
            } else if (!withNuls && b[i] == 0) {
                b[i] = 1;
            }
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}

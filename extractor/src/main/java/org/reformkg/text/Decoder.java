package org.reformkg.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Stage 1: bytes to {@link DecodedText}, detecting the charset and rejecting what is not text.
 *
 * <p>Detection order:
 * <ol>
 *   <li>a byte-order mark: UTF-8, UTF-16LE or UTF-16BE (the BOM is not part of the text);</li>
 *   <li>strict UTF-8 (every byte sequence valid, no NUL bytes);</li>
 *   <li>UTF-16LE/BE without a BOM, accepted only when the decoded characters are almost all
 *       plausible text (CJK, punctuation, ASCII, ...): ICU's own UTF-16 guess is too weak without a BOM;</li>
 *   <li>ICU4J {@link CharsetDetector}, restricted to GB18030 (a superset of GBK and GB2312) and Big5,
 *       with a strict decode of the winner; text too short for ICU is accepted as GB18030 when it decodes
 *       strictly to characters that are all in GB2312.</li>
 * </ol>
 * The platform default charset is never used.
 *
 * <p>Rejected with {@link UnreadableSourceException}: an empty or whitespace-only file ("empty file"),
 * binary data (NUL bytes in a file that is not UTF-16, or many control characters), bytes that no
 * supported charset decodes, and files over the size limit ({@link #DEFAULT_MAX_BYTES} unless given).
 */
public final class Decoder {
    /** Default size limit: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GB2312 = Charset.isSupported("GB2312") ? Charset.forName("GB2312") : null;

    // ICU gives every multi-byte recognizer a floor of about 10; real Chinese text scores 90-100.
    private static final int MIN_CONFIDENCE = 50;
    private static final int MIN_TOP_CONFIDENCE = 20;
    private static final double MIN_UTF16_PLAUSIBLE = 0.9;

    private Decoder() {
    }

    /** Decodes {@code bytes} with the default size limit; see the class comment for the rules. */
    public static DecodedText decode(String sourceName, byte[] bytes) throws UnreadableSourceException {
        return decode(sourceName, bytes, DEFAULT_MAX_BYTES);
    }

    /** Decodes {@code bytes}, rejecting more than {@code maxBytes} bytes. */
    public static DecodedText decode(String sourceName, byte[] bytes, long maxBytes) throws UnreadableSourceException {
        if (bytes.length > maxBytes) {
            throw tooLarge(sourceName, bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw new UnreadableSourceException(sourceName, "empty file");
        }
        DecodedText decoded = detectAndDecode(sourceName, bytes);
        check(decoded);
        return decoded;
    }

    /** Reads and decodes a file with the default size limit; I/O errors become {@link UnreadableSourceException}. */
    public static DecodedText read(Path file) throws UnreadableSourceException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads and decodes a file, rejecting files over {@code maxBytes} before reading them. */
    public static DecodedText read(Path file, long maxBytes) throws UnreadableSourceException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableSourceException(name, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableSourceException(name, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableSourceException(name, "cannot read file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return decode(name, bytes, maxBytes);
    }

    private static UnreadableSourceException tooLarge(String name, long size, long max) {
        return new UnreadableSourceException(name, "file too large (" + size + " bytes; the limit is " + max + " bytes)");
    }

    private static DecodedText detectAndDecode(String name, byte[] b) throws UnreadableSourceException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return withBom(name, b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return withBom(name, b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return withBom(name, b, 2, StandardCharsets.UTF_16BE);
        }
        boolean hasNul = indexOf(b, (byte) 0) >= 0;
        Strict utf8 = strictDecode(b, 0, StandardCharsets.UTF_8);
        if (utf8.text != null && !hasNul) {
            return new DecodedText(name, utf8.text, StandardCharsets.UTF_8);
        }
        DecodedText utf16 = utf16WithoutBom(name, b);
        if (utf16 != null) {
            return utf16;
        }
        if (hasNul) {
            throw new UnreadableSourceException(name, "binary file (NUL bytes), not text");
        }
        CharsetMatch[] matches = detectAll(b);
        for (CharsetMatch m : matches) {
            Charset cs = supportedMultiByte(m.getName());
            boolean top = m == matches[0];
            if (cs == null || m.getConfidence() < (top ? MIN_TOP_CONFIDENCE : MIN_CONFIDENCE)) {
                continue;
            }
            Strict s = strictDecode(b, 0, cs);
            if (s.text != null) {
                return new DecodedText(name, s.text, cs);
            }
        }
        DecodedText gb = shortGb(name, b);
        if (gb != null) {
            return gb;
        }
        String guess = matches.length > 0 && supportedMultiByte(matches[0].getName()) == null
                && matches[0].getConfidence() >= MIN_CONFIDENCE ? "; it looks like " + matches[0].getName() : "";
        throw new UnreadableSourceException(name, "undecodable bytes: invalid UTF-8 at byte " + utf8.errorAt
                + ", and not GB18030, Big5 or UTF-16 either" + guess);
    }

    /**
     * ICU needs a few dozen characters before it trusts GB18030; a short headline gets no verdict. Accept it
     * when it decodes strictly and every character is in GB2312 (the common simplified set): bytes of other
     * encodings read as GB18030 land in the GBK extension areas instead.
     */
    private static DecodedText shortGb(String name, byte[] b) {
        if (GB2312 == null) {
            return null;
        }
        Strict s = strictDecode(b, 0, GB18030);
        if (s.text == null || !GB2312.newEncoder().canEncode(s.text)) {
            return null;
        }
        boolean hasIdeograph = s.text.codePoints().anyMatch(Character::isIdeographic);
        return hasIdeograph ? new DecodedText(name, s.text, GB18030) : null;
    }

    private static DecodedText withBom(String name, byte[] b, int bomLength, Charset cs) throws UnreadableSourceException {
        Strict s = strictDecode(b, bomLength, cs);
        if (s.text == null) {
            throw new UnreadableSourceException(name, "undecodable bytes: the file starts with a " + cs.name()
                    + " byte-order mark but byte " + s.errorAt + " is not valid " + cs.name());
        }
        return new DecodedText(name, s.text, cs);
    }

    /** UTF-16 without a BOM: accept the byte order whose characters look like real text. */
    private static DecodedText utf16WithoutBom(String name, byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        DecodedText best = null;
        double bestScore = MIN_UTF16_PLAUSIBLE;
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Strict s = strictDecode(b, 0, cs);
            if (s.text == null) {
                continue;
            }
            double score = plausibleShare(s.text);
            if (score >= bestScore) {
                bestScore = score;
                best = new DecodedText(name, s.text, cs);
            }
        }
        return best;
    }

    /** Share of code points that occur in Chinese or Latin text; random bytes read as UTF-16 score about 0.35. */
    static double plausibleShare(String text) {
        int total = 0;
        int good = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (plausible(cp)) {
                good++;
            }
        }
        return total == 0 ? 0 : (double) good / total;
    }

    private static boolean plausible(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return true;
        }
        return (cp >= 0x20 && cp < 0x7F)
                || (cp >= 0xA0 && cp < 0x250)        // Latin-1, Latin extended
                || (cp >= 0x370 && cp < 0x500)       // Greek, Cyrillic
                || (cp >= 0x2000 && cp < 0x2800)     // punctuation, symbols, ①, box drawing, □○★
                || (cp >= 0x2E80 && cp < 0xA000)     // CJK radicals, punctuation, kana, Ext A, unified
                || (cp >= 0xF900 && cp < 0xFB00)     // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp < 0xFE50)     // CJK compatibility forms
                || (cp >= 0xFF00 && cp < 0xFFF0)     // full-width forms
                || cp == 0xFEFF
                || (cp >= 0x20000 && cp < 0x32000);  // CJK Ext B and later
    }

    private static CharsetMatch[] detectAll(byte[] b) {
        CharsetDetector d = new CharsetDetector();
        d.setText(b);
        CharsetMatch[] all = d.detectAll();
        return all == null ? new CharsetMatch[0] : all;
    }

    private static Charset supportedMultiByte(String icuName) {
        return switch (icuName) {
            case "GB18030", "GBK", "GB2312" -> GB18030;
            case "Big5" -> BIG5;
            default -> null;
        };
    }

    /** After decoding: reject empty and binary content. */
    private static void check(DecodedText d) throws UnreadableSourceException {
        String t = d.text();
        boolean blank = true;
        int controls = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Chars.isSpace(c) && c != '\uFEFF') {
                blank = false;
            }
            if (Character.isISOControl(c) && !isTextControl(c)) {
                controls++;
            }
        }
        if (blank) {
            throw new UnreadableSourceException(d.sourceName(), "empty file (whitespace only)");
        }
        if (controls > Math.max(2, t.length() / 100)) {
            throw new UnreadableSourceException(d.sourceName(), "binary file (" + controls
                    + " control characters), not text");
        }
    }

    private static boolean isTextControl(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u0085';
    }

    /** Result of a strict decode: the text, or the byte offset of the first bad byte. */
    private record Strict(String text, long errorAt) {
    }

    private static Strict strictDecode(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        // none of the supported charsets yields more chars than bytes
        CharBuffer out = CharBuffer.allocate(b.length - offset + 16);
        CoderResult r = dec.decode(in, out, true);
        if (r.isUnderflow()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            return new Strict(null, in.position());
        }
        out.flip();
        return new Strict(out.toString(), -1);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}

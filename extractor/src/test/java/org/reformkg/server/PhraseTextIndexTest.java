package org.reformkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query-string rewrite: a bare run of Chinese becomes a phrase, everything else is left as written. */
class PhraseTextIndexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "户籍制度|\"户籍制度\"",
        "户籍制度 改革|\"户籍制度\" \"改革\"",
        "'  户籍制度\t'|'  \"户籍制度\"\t'",
        "+户籍制度 -医疗|+\"户籍制度\" -\"医疗\"",
        "(户籍制度 OR 国有企业)|(\"户籍制度\" OR \"国有企业\")",
        "户籍制度^2|\"户籍制度\"^2",
        "5G网络|\"5G网络\"",
        "制|制",
        "reform|reform",
        "AND|AND",
        "户籍 AND 制度|\"户籍\" AND \"制度\"",
        "\"户籍 制度\"|\"户籍 制度\"",
        "\"户籍制度|\"户籍制度",
        "\"a \\\" 户籍制度\" 国有|\"a \\\" 户籍制度\" \"国有\"",
        "户籍*|户籍*",
        "户籍~|户籍~",
        "label:户籍制度|label:户籍制度",
        "户籍\\制度|户籍\\制度",
        "户籍\"制度\"|\"户籍\"\"制度\"",
        "''|''",
    })
    void rewrites(String in, String out) {
        assertEquals(out, PhraseTextIndex.phrases(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\", "\"", "a\\", "户籍\\"})
    void aTrailingEscapeOrQuoteIsCopied(String in) {
        assertEquals(in, PhraseTextIndex.phrases(in));
    }
}

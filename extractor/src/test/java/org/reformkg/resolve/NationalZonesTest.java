package org.reformkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The national zone list: how short zone names expand, and what a malformed list is told. */
class NationalZonesTest {

    private static final NationalZones BUNDLED = NationalZones.get();

    private static NationalZones of(String rows) throws Exception {
        return NationalZones.read(new BufferedReader(new StringReader("# comment\nname\tkind\tprovince\n" + rows)));
    }

    @Test
    void shortFormsOfNationalZonesAreTheirOfficialNames() throws Exception {
        NationalZones z = of("长春经济技术开发区\tetdz\t吉林省\n钦州港经济技术开发区\tetdz\t广西壮族自治区\n长春高新技术产业开发区\thtz\t吉林省\n");
        assertEquals("长春经济技术开发区", z.officialName("长春经开区"));
        assertEquals("长春经济技术开发区", z.officialName("长春开发区"));
        // the one national zone whose name starts with the written head
        assertEquals("钦州港经济技术开发区", z.officialName("钦州开发区"));
        assertEquals("长春高新技术产业开发区", z.officialName("长春高新区"));
    }

    @Test
    void aZoneTheListLacksIsProvincial() throws Exception {
        NationalZones z = of("长春经济技术开发区\tetdz\t吉林省\n");
        assertEquals("舒城经济开发区", z.officialName("舒城经开区"));
        // a bare 开发区 of a provincial zone is not settled by the list; a spelled-out zone word is no short form
        assertNull(z.officialName("舒城开发区"));
        assertNull(z.officialName("舒城经济开发区"));
        assertNull(z.officialName("长春经济技术开发区"));
    }

    @Test
    void theBundledListHasBothKindsAndNoProvincialZones() {
        assertTrue(BUNDLED.isNational("昆山经济技术开发区"));
        assertTrue(BUNDLED.isNational("昆山高新技术产业开发区"));
        assertEquals("昆山经济技术开发区", BUNDLED.officialName("昆山开发区"));
        assertEquals("霍山经济开发区", BUNDLED.officialName("霍山经开区"));
    }

    @Test
    void aMalformedRowIsNamedByLine() {
        var e = assertThrows(IllegalStateException.class, () -> of("长春经济技术开发区\tnational\t吉林省\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        var twice = assertThrows(IllegalStateException.class, () -> of("长春经济技术开发区\tetdz\t吉林省\n长春经济技术开发区\tetdz\t吉林省\n"));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
    }
}

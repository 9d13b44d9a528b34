package vn.lienthong.kernel.clock;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 5545 param-value: quoted when it holds ":", ";" or ","; never a DQUOTE or a control character inside; not TEXT-escaped. */
class ICalendarTextParamTest {
    @Test
    void paramValuesAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("Văn phòng Tỉnh ủy", ICalendarText.param("Văn phòng Tỉnh ủy"));
        assertEquals("\"Văn phòng Tỉnh ủy, tỉnh Bắc Ninh\"", ICalendarText.param("Văn phòng Tỉnh ủy, tỉnh Bắc Ninh"));
        assertEquals("\"A; B: C\"", ICalendarText.param("A; B: C"));
        assertEquals("Ông 'Khách'", ICalendarText.param("Ông \"Khách\""));
        assertEquals("a b", ICalendarText.param("a\nb"));
        assertEquals("a\\b", ICalendarText.param("a\\b"), "no TEXT escaping");
    }
}

package vn.lienthong.kernel.numbering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeOrderedIdsTest {

    @Test
    void anIdCarriesItsMillisecondVersionSevenAndTheVariant() {
        UUID id = TimeOrderedIds.of(0x0193_5F2A_1B3CL, -1L, -1L);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(0x0193_5F2A_1B3CL, id.getMostSignificantBits() >>> 16);
        assertEquals("01935f2a-1b3c-7fff-bfff-ffffffffffff", id.toString());
    }

    @Test
    void idsOfLaterMillisecondsSortAfterAsPostgresqlComparesThem() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TimeOrderedIds.next().toString());
            Thread.sleep(2);
        }
        // PostgreSQL orders uuid by its bytes, i.e. by the text of the lower-case hex form
        assertEquals(ids.stream().sorted().toList(), ids);
        HashSet<UUID> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(many.add(TimeOrderedIds.next()));
        }
    }
}

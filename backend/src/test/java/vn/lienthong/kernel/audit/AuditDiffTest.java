package vn.lienthong.kernel.audit;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDiffTest {
    @Test
    void onlyChangedFieldsAreRecordedWithFromAndTo() {
        Map<String, Object> changes = AuditTrail.diff(Map.of("name", "Sở A", "code", "SA", "version", 1),
                Map.of("name", "Sở B", "code", "SA", "version", 2));
        assertEquals(Map.of("name", Map.of("from", "Sở A", "to", "Sở B")), changes);
    }

    @Test
    void aCreationRecordsEveryFieldFromNothing() {
        Map<String, Object> changes = AuditTrail.diff(Map.of(), Map.of("name", "Sở A"));
        Map<String, Object> expected = new HashMap<>();
        expected.put("from", null);
        expected.put("to", "Sở A");
        assertEquals(Map.of("name", expected), changes);
    }

    @Test
    void bookkeepingFieldsAreLeftOut() {
        assertTrue(AuditTrail.diff(Map.of("updatedAt", "a", "createdAt", "b", "version", 1), Map.of("updatedAt", "c", "createdAt", "d", "version", 2)).isEmpty());
    }
}

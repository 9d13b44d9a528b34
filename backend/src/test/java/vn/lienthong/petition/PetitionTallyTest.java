package vn.lienthong.petition;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Seed000Petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics read figures kept by triggers (petition_tally, petition_document_tally: whole months from the MONTH
 * rows, the days at a period's edges from the DAY rows; the petitions' changes wait in petition_tally_change until
 * folded). After petitions and documents are inserted, classified, resolved, moved to another day, body or kind, and
 * deleted, the endpoint's figures for periods of every shape must equal those counted here, in Java, from the
 * petitions and documents themselves — before the changes are folded and after.
 */
@MicronautTest(transactional = false)
class PetitionTallyTest extends ApiTestBase {
    @Inject
    PetitionTallyFold fold;

    static final List<String> FIELDS = List.of("received", "eligible", "notEligible", "unclassified", "awaitingHandling", "accepted", "inResolution",
            "forwarded", "guided", "filed", "resolved", "resolvedOnTime", "resolvedLate", "firstStepOnTime", "firstStepLate", "overdue", "crowd");

    @Test
    void aPeriodIsItsWholeMonthsAndTheDaysAtItsEdges() {
        record Case(String from, String to, String monthsFrom, String monthsTo, String headTo, String tailFrom) {
        }
        for (Case c : List.of(
                new Case("2025-01-01", "2025-12-31", "2025-01-01", "2026-01-01", "2025-01-01", "2026-01-01"),
                new Case("2025-03-15", "2025-07-04", "2025-04-01", "2025-07-01", "2025-04-01", "2025-07-01"),
                new Case("2025-03-15", "2025-03-20", "2025-04-01", "2025-03-01", "2025-03-21", "2025-03-21"),
                new Case("2025-03-15", "2025-04-10", "2025-04-01", "2025-04-01", "2025-04-01", "2025-04-01"),
                new Case("2025-03-01", "2025-03-30", "2025-03-01", "2025-03-01", "2025-03-01", "2025-03-01"),
                new Case("2025-02-10", "2025-03-31", "2025-03-01", "2025-04-01", "2025-03-01", "2025-04-01"))) {
            PetitionStatistics.Spans s = PetitionStatistics.Spans.of(LocalDate.parse(c.from()), LocalDate.parse(c.to()));
            assertEquals(new PetitionStatistics.Spans(LocalDate.parse(c.monthsFrom()), LocalDate.parse(c.monthsTo()), LocalDate.parse(c.headTo()),
                    LocalDate.parse(c.tailFrom())), s, c.toString());
        }
    }

    @Test
    void theFiguresFollowEveryChangeForPeriodsOfEveryShape() {
        Seed000Petitions.Petitions s = Seed000Petitions.petitions(fixtures, fixtures.world());
        UUID jurisdiction = s.w().jurisdictionId();
        String token = login(s.w().specialist());
        String inWorld = " AND jurisdiction_id = '" + jurisdiction + "'";

        // classified and handled (some late), resolved (some late), moved to other days and months, to no body, to another
        // kind and to a crowd, then deleted
        assertTrue(fixtures.update("UPDATE petition SET status = 'FORWARDED', eligible = false, ineligible_reason = 'OUTSIDE_COMPETENCE', classified_at = now(), handled_on = received_on + (length(number) % 20) "
                + "WHERE status = 'RECEIVED' AND number ~ '^TU-[0-9]*[13]$'" + inWorld) > 5);
        assertTrue(fixtures.update("UPDATE petition SET status = 'RESOLVED', resolved_on = resolution_due_on + (length(number) % 3) - 1 "
                + "WHERE status = 'ACCEPTED' AND number ~ '^TU-9'" + inWorld) > 5);
        assertTrue(fixtures.update("UPDATE petition SET received_on = received_on + 17 WHERE number ~ '^HDND-1'" + inWorld) > 100);
        assertTrue(fixtures.update("UPDATE petition SET addressed_body_id = NULL WHERE number ~ '^DBQH-2'" + inWorld) > 100);
        assertTrue(fixtures.update("UPDATE petition SET kind = 'DENUNCIATION', petitioner_count = 9 WHERE number ~ '^TU-5'" + inWorld) > 100);
        assertTrue(fixtures.update("UPDATE petition SET status = 'ACCEPTED', eligible = true, classified_at = now(), handled_on = received_on + 2, resolution_due_on = received_on + 9 "
                + "WHERE status = 'RECEIVED' AND number ~ '^HDND-14'" + inWorld) > 5);
        assertTrue(fixtures.update("DELETE FROM petition WHERE status = 'FILED' AND number ~ '^DBQH-7'" + inWorld) > 10);
        assertTrue(fixtures.update("UPDATE petition_document SET issued_on = issued_on + 25 WHERE petition_id IN (SELECT id FROM petition WHERE number ~ '^TU-1'"
                + inWorld + ")") > 100);
        assertTrue(fixtures.update("DELETE FROM petition_document WHERE petition_id IN (SELECT id FROM petition WHERE number ~ '^DBQH-3'" + inWorld + ")") > 50);
        // while the changes wait to be folded (the tests' fold is not scheduled), then folded
        assertTrue(fixtures.count("SELECT count(*) FROM petition_tally_change WHERE jurisdiction_id = ?", jurisdiction) > 1000);
        theFiguresAreThoseOfThePetitions(jurisdiction, token);
        fold.fold();
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition_tally_change WHERE jurisdiction_id = ?", jurisdiction));
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition_tally WHERE jurisdiction_id = ? AND least(received, eligible, not_eligible, "
                + "unclassified, awaiting, accepted, in_resolution, forwarded, guided, filed, resolved, resolved_on_time, resolved_late, first_on_time, "
                + "first_late, crowd) < 0", jurisdiction), "no count below zero");
        theFiguresAreThoseOfThePetitions(jurisdiction, token);
    }

    private void theFiguresAreThoseOfThePetitions(UUID jurisdiction, String token) {
        List<Object[]> petitions = fixtures.rows("SELECT kind, channel, office_id, addressed_body_id, received_on, status, eligible, first_due_on, handled_on, "
                + "resolution_due_on, resolved_on, petitioner_count FROM petition WHERE jurisdiction_id = ?", jurisdiction);
        List<Object[]> documents = fixtures.rows("SELECT d.office_id, d.kind, d.issued_on FROM petition_document d JOIN office o ON o.id = d.office_id "
                + "WHERE o.jurisdiction_id = ?", jurisdiction);
        for (String[] period : List.of(
                new String[]{Seed000Petitions.FROM, Seed000Petitions.TO},
                new String[]{"2023-03-15", "2023-03-20"},
                new String[]{"2023-03-15", "2023-04-10"},
                new String[]{"2023-03-15", "2023-07-04"},
                new String[]{"2022-10-01", "2023-01-17"},
                new String[]{"2022-09-30", "2023-02-28"},
                new String[]{"2024-07-01", "2024-07-01"},
                new String[]{"2022-01-01", "2031-12-31"})) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            Api.Response response = api().get("/api/v1/petition-statistics?from=" + from + "&to=" + to, token);
            assertEquals(200, response.status(), response.toString());
            JsonNode stats = response.json();
            LocalDate today = LocalDate.parse(stats.get("asOf").getStringValue());
            String at = from + " – " + to;

            Map<String, long[]> expected = new TreeMap<>();
            for (Object[] p : petitions) {
                LocalDate received = (LocalDate) p[4];
                if (received.isBefore(from) || received.isAfter(to)) {
                    continue;
                }
                long[] f = figures(p, today);
                for (String key : List.of("TOTAL", "KIND:" + p[0], "CHANNEL:" + p[1], "OFFICE:" + p[2], "BODY:" + p[3], "MONTH:" + received.toString().substring(0, 7))) {
                    long[] sum = expected.computeIfAbsent(key, k -> new long[FIELDS.size()]);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += f[i];
                    }
                }
            }
            Map<String, long[]> actual = new TreeMap<>();
            actual.put("TOTAL", counts(stats.get("totals")));
            breakdown(stats.get("byKind"), "KIND:", "kind", actual);
            breakdown(stats.get("byChannel"), "CHANNEL:", "channel", actual);
            breakdown(stats.get("byOffice"), "OFFICE:", "id", actual);
            breakdown(stats.get("byBody"), "BODY:", "id", actual);
            breakdown(stats.get("byMonth"), "MONTH:", "month", actual);
            assertEquals(describe(expected), describe(actual), at);

            Map<String, Long> expectedDocuments = new TreeMap<>();
            for (Object[] d : documents) {
                LocalDate issued = (LocalDate) d[2];
                if (!issued.isBefore(from) && !issued.isAfter(to)) {
                    expectedDocuments.merge("TOTAL", 1L, Long::sum);
                    expectedDocuments.merge("KIND:" + d[1], 1L, Long::sum);
                    expectedDocuments.merge("OFFICE:" + d[0], 1L, Long::sum);
                }
            }
            Map<String, Long> actualDocuments = new TreeMap<>();
            JsonNode issued = stats.get("documents");
            if (issued.get("total").getLongValue() > 0) {
                actualDocuments.put("TOTAL", issued.get("total").getLongValue());
            }
            issued.get("byKind").values().forEach(k -> {
                if (k.get("documents").getLongValue() > 0) {
                    actualDocuments.put("KIND:" + k.get("kind").getStringValue(), k.get("documents").getLongValue());
                }
            });
            issued.get("byOffice").values().forEach(o -> actualDocuments.put("OFFICE:" + o.get("officeId").getStringValue(), o.get("documents").getLongValue()));
            assertEquals(expectedDocuments, actualDocuments, at + " documents");
        }
    }

    /** What one petition counts for, in the order of {@link #FIELDS}: the definitions of the API's counts, written again here. */
    private static long[] figures(Object[] p, LocalDate today) {
        String status = (String) p[5];
        Boolean eligible = (Boolean) p[6];
        LocalDate firstDue = date(p[7]);
        LocalDate handled = date(p[8]);
        LocalDate resolutionDue = date(p[9]);
        LocalDate resolved = date(p[10]);
        boolean resolvedLate = status.equals("RESOLVED") && resolved != null && resolutionDue != null && resolved.isAfter(resolutionDue);
        boolean firstLate = handled != null && firstDue != null && handled.isAfter(firstDue);
        boolean overdue = (status.equals("RECEIVED") && firstDue != null && firstDue.isBefore(today))
                || (status.equals("ACCEPTED") && resolutionDue != null && resolutionDue.isBefore(today));
        boolean[] f = {true, Boolean.TRUE.equals(eligible), Boolean.FALSE.equals(eligible), eligible == null, status.equals("RECEIVED"),
                status.equals("ACCEPTED") || status.equals("RESOLVED"), status.equals("ACCEPTED"), status.equals("FORWARDED"), status.equals("GUIDED"),
                status.equals("FILED"), status.equals("RESOLVED"), status.equals("RESOLVED") && !resolvedLate, resolvedLate, handled != null && !firstLate,
                firstLate, overdue, ((Number) p[11]).intValue() >= 5};
        long[] out = new long[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i] ? 1 : 0;
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return (LocalDate) value;
    }

    private static long[] counts(JsonNode counts) {
        long[] out = new long[FIELDS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts.get(FIELDS.get(i)).getLongValue();
        }
        return out;
    }

    /** The lines of a breakdown that count anything (the API lists every kind, channel and month, also empty ones). */
    private static void breakdown(JsonNode lines, String prefix, String key, Map<String, long[]> into) {
        for (JsonNode line : lines.values()) {
            long[] c = counts(line.get("counts"));
            if (c[0] > 0) {
                into.put(prefix + (line.get(key).isNull() ? "null" : line.get(key).coerceStringValue()), c);
            }
        }
    }

    private static List<String> describe(Map<String, long[]> counts) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> {
            StringBuilder line = new StringBuilder(k);
            for (int i = 0; i < v.length; i++) {
                line.append(' ').append(FIELDS.get(i)).append('=').append(v[i]);
            }
            out.add(line.toString());
        });
        return out;
    }
}

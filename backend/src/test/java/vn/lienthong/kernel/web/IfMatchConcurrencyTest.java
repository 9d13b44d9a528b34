package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Lost updates (issue 23.2): every operation of the contract (openapi/lienthong.yml) that takes an If-Match header gets,
 * for a few rounds, two requests at the same moment with the same, current ETag. Exactly one may win (2xx); the other is
 * told 412 (or 404, for a DELETE whose row is gone), and what is stored is the winner's. The operations are read from
 * the contract, so a new one without a recipe here fails the build instead of slipping by.
 */
@MicronautTest(transactional = false)
class IfMatchConcurrencyTest extends ApiTestBase {
    static final Path CONTRACT = Path.of("..", "openapi", "lienthong.yml");
    static final int ROUNDS = 3;

    record Operation(String method, String path, String operationId) {
        boolean delete() {
            return method.equals("DELETE");
        }
    }

    /**
     * A resource an operation writes: its path, who may write it, its version (the ETag is `"version"`, see
     * {@link Versions#etag}), the request body that writes `label` into it (null for a DELETE), and what it holds now:
     * the label last written, or null once the row is gone.
     */
    record Target(String path, String token, Supplier<Long> version, Function<String, String> body, Supplier<String> stored) {
    }

    /** Every operation of the contract with an If-Match header parameter. */
    @SuppressWarnings("unchecked")
    static List<Operation> ifMatchOperations() throws IOException {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(CONTRACT));
        Map<String, Object> sharedParameters = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("parameters", Map.of());
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, Object> path : ((Map<String, Object>) document.get("paths")).entrySet()) {
            Map<String, Object> item = (Map<String, Object>) path.getValue();
            List<Object> common = (List<Object>) item.getOrDefault("parameters", List.of());
            for (Map.Entry<String, Object> method : item.entrySet()) {
                if (!(method.getValue() instanceof Map) || method.getKey().equals("parameters")) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                List<Object> parameters = new ArrayList<>(common);
                parameters.addAll((List<Object>) operation.getOrDefault("parameters", List.of()));
                boolean ifMatch = parameters.stream().map(p -> (Map<String, Object>) p)
                        .map(p -> p.containsKey("$ref") ? (Map<String, Object>) sharedParameters.get(((String) p.get("$ref")).replaceFirst(".*/", "")) : p)
                        .anyMatch(p -> p != null && "header".equals(p.get("in")) && "if-match".equalsIgnoreCase(String.valueOf(p.get("name"))));
                if (ifMatch) {
                    out.add(new Operation(method.getKey().toUpperCase(), path.getKey(), (String) operation.get("operationId")));
                }
            }
        }
        return out;
    }

    // ---- the world the recipes write in ------------------------------------------------------------------------

    private Fixtures.World w;
    private UUID standingBoard;
    private UUID secretary;
    private UUID chair;
    private String party;
    private String partyLeader;
    private String ubnd;
    private String admin;
    /** Statutory deadline rules are national data: only a national administrator changes them. */
    private String nationalAdmin;

    private void world() {
        w = fixtures.world();
        standingBoard = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", standingBoard, w.jurisdictionId(), w.partyOffice());
        secretary = UUID.randomUUID();
        chair = UUID.randomUUID();
        fixtures.update("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Nguyễn Văn Bí Thư', 'Bí thư Tỉnh ủy', 'Provincial Party Secretary', 1, now(), now()), "
                + "(?, ?, ?, 'Trần Văn Chủ Tịch', 'Chủ tịch UBND tỉnh', 'Chairman of the People''s Committee', 2, now(), now())",
                secretary, w.jurisdictionId(), standingBoard, chair, w.jurisdictionId(), w.body());
        party = login(w.specialist());
        partyLeader = login(w.leader());
        ubnd = login(w.otherOfficeSpecialist());
        admin = login(w.admin());
        nationalAdmin = login(w.nationalAdmin());
    }

    /** How to build a target for each If-Match operation, by operationId. */
    private Map<String, Supplier<Target>> recipes() {
        Map<String, Supplier<Target>> r = new LinkedHashMap<>();
        r.put("updateConclusion", () -> {
            String number = UUID.randomUUID().toString().substring(0, 8) + "-TB/UBND";
            Function<String, String> body = label -> "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"" + number + "\",\"issuedOn\":\"" + today()
                    + "\",\"issuingBodyId\":\"" + w.body() + "\",\"signer\":\"Trần Văn Cường\",\"summary\":\"" + label + "\"";
            String id = created(api().postJson("/api/v1/conclusions", ubnd, body.apply("Kết luận giao ban") + ",\"tasks\":[]}"));
            return target("/api/v1/conclusions/" + id, ubnd, "conclusion_document", "summary", id, label -> body.apply(label) + "}");
        });
        r.put("updateMachineClient", () -> {
            Api.Response registered = api().postJson("/api/v1/machine-clients", admin, "{\"clientId\":\"" + w.code().toLowerCase() + "-ifmatch\","
                    + "\"name\":\"Ứng dụng di động\",\"scopes\":[\"public:read\"]}");
            assertEquals(201, registered.status(), registered.toString());
            String id = registered.json().get("client").get("id").getStringValue();
            return target("/api/v1/machine-clients/" + id, admin, "machine_client", "name", id,
                    label -> "{\"name\":\"" + label + "\",\"scopes\":[\"public:read\"]}");
        });
        r.put("updateMeetingBridgePoint", () -> {
            String meeting = meeting(4, "ONLINE");
            String id = created(api().postJson("/api/v1/meetings/" + meeting + "/bridge-points", party, "{\"name\":\"Điểm cầu A\",\"expectedDelegates\":40}"));
            return target("/api/v1/meeting-bridge-points/" + id, party, "meeting_bridge_point", "contact_name", id,
                    label -> "{\"name\":\"Điểm cầu A\",\"contactName\":\"" + label + "\",\"expectedDelegates\":40,\"actualDelegates\":null}");
        });
        r.put("updateMeetingTask", () -> {
            String meeting = meeting(3, "IN_PERSON");
            Function<String, String> body = label -> "{\"category\":\"SOUND_AND_SCREENS\",\"title\":\"" + label + "\",\"assigneeOfficeId\":\""
                    + w.peoplesCommitteeOffice() + "\",\"assigneeUnitId\":null,\"dueAt\":\"" + at(2, "16:00") + "\",\"note\":null}";
            String id = created(api().postJson("/api/v1/meetings/" + meeting + "/tasks", party, body.apply("Âm thanh")));
            return target("/api/v1/meeting-tasks/" + id, party, "meeting_task", "title", id, body);
        });
        r.put("updateMeeting", () -> {
            String id = meeting(5, "IN_PERSON");
            return target("/api/v1/meetings/" + id, party, "meeting", "title", id, label -> meetingJson(label, 5, "IN_PERSON"));
        });
        r.put("updateAgendaItem", () -> {
            String meeting = meeting(6, "IN_PERSON");
            String id = created(api().postJson("/api/v1/meetings/" + meeting + "/agenda", party, "{\"title\":\"Khai mạc\",\"presenter\":\"Chánh Văn phòng\"}"));
            return target("/api/v1/meetings/" + meeting + "/agenda/" + id, party, "meeting_agenda_item", "title", id,
                    label -> "{\"title\":\"" + label + "\",\"presenter\":\"Chánh Văn phòng\"}");
        });
        r.put("writeMinutes", () -> {
            String meeting = meeting(0, "IN_PERSON");
            created(api().postJson("/api/v1/meetings/" + meeting + "/invitees", party, "{\"kind\":\"UNIT\",\"unitId\":\"" + w.unit() + "\"}"));
            ok(api().postJson("/api/v1/meetings/" + meeting + "/invitation", party, "{}"));
            ok(api().postJson("/api/v1/meetings/" + meeting + "/holding", party, "{}"));
            Function<String, String> body = label -> "{\"content\":\"" + label + "\",\"attachmentIds\":[]}";
            ok(api().send(HttpRequest.PUT("/api/v1/meetings/" + meeting + "/minutes", body.apply("Dự thảo")).contentType("application/json").bearerAuth(party)));
            return new Target("/api/v1/meetings/" + meeting + "/minutes", party,
                    () -> version("SELECT version FROM meeting_minutes WHERE meeting_id = ?::uuid", meeting), body,
                    () -> value("SELECT content FROM meeting_minutes WHERE meeting_id = ?::uuid", meeting));
        });
        r.put("updatePetitionDeadlineRule", () -> {
            // the statutory rules are shared by every jurisdiction: only the note is written, and it is put back afterwards (restoreRuleNote)
            UUID id = fixtures.id("SELECT id FROM petition_deadline_rule WHERE code = 'DENUNCIATION_FORWARDING'");
            Object[] rule = fixtures.rows("SELECT days, day_type, extension_days, max_extensions, legal_reference, note FROM petition_deadline_rule WHERE id = ?", id).get(0);
            ruleNote = new Object[]{id, rule[5]};
            return target("/api/v1/petition-deadline-rules/" + id, nationalAdmin, "petition_deadline_rule", "note", id.toString(), label -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("days", rule[0]);
                body.put("dayType", rule[1]);
                body.put("extensionDays", rule[2]);
                body.put("maxExtensions", rule[3]);
                body.put("legalReference", rule[4]);
                body.put("note", label);
                return json(body);
            });
        });
        r.put("updateProgrammeDeadlineRule", () -> new Target("/api/v1/programme-deadline-rules/WEEK", partyLeader,
                () -> version("SELECT version FROM programme_deadline_rule WHERE jurisdiction_id = ? AND period_kind = 'WEEK'", w.jurisdictionId()),
                label -> "{\"monthsBeforeStart\":null,\"dayOfMonth\":null,\"daysBeforeStart\":3,\"weekendShift\":\"PREVIOUS_WORKING_DAY\",\"reminderDaysBefore\":1,"
                        + "\"source\":\"" + label + "\"}",
                () -> value("SELECT source FROM programme_deadline_rule WHERE jurisdiction_id = ? AND period_kind = 'WEEK'", w.jurisdictionId())));
        r.put("updateProgrammeItem", () -> {
            String id = programmeItem();
            return target("/api/v1/programme-items/" + id, ubnd, "programme_item", "title", id, this::programmeItemJson);
        });
        r.put("deleteProgrammeItem", () -> {
            String id = programmeItem();
            return target("/api/v1/programme-items/" + id, ubnd, "programme_item", "title", id, label -> null);
        });
        r.put("updateReceptionSession", () -> {
            Function<String, String> body = venue -> "{\"kind\":\"REGULAR\",\"bodyId\":\"" + w.body() + "\",\"leaderIds\":[\"" + chair + "\"],\"participatingOfficeIds\":[],"
                    + "\"occasion\":null,\"startsAt\":\"" + at(3, "07:30") + "\",\"endsAt\":\"" + at(3, "11:30") + "\",\"venue\":\"" + venue + "\",\"publicSession\":true,"
                    + "\"reason\":null}";
            String id = created(api().postJson("/api/v1/reception-sessions", ubnd, body.apply("Trụ sở Tiếp công dân tỉnh")));
            return target("/api/v1/reception-sessions/" + id, ubnd, "reception_session", "venue", id, body);
        });
        r.put("updateReview", () -> {
            String id = review();
            return target("/api/v1/reviews/" + id, party, "review", "title", id, label -> "{\"kind\":\"ANNUAL\",\"title\":\"" + label
                    + "\",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-12-31\",\"hostOfficeId\":\"" + w.partyOffice() + "\",\"participatingOfficeIds\":null,\"meetingId\":null}");
        });
        r.put("updateReviewFinding", () -> {
            String review = review();
            String id = created(api().postJson("/api/v1/reviews/" + review + "/findings", party, "{\"section\":\"LESSON\",\"content\":\"Phối hợp chặt chẽ\"}"));
            return target("/api/v1/reviews/" + review + "/findings/" + id, party, "review_finding", "content", id,
                    label -> "{\"section\":\"LESSON\",\"content\":\"" + label + "\",\"cause\":null}");
        });
        r.put("deleteReviewFinding", () -> {
            String review = reviewForDeletes == null ? (reviewForDeletes = review()) : reviewForDeletes;
            String id = created(api().postJson("/api/v1/reviews/" + review + "/findings", party, "{\"section\":\"LESSON\",\"content\":\"Phối hợp chặt chẽ\"}"));
            return target("/api/v1/reviews/" + review + "/findings/" + id, party, "review_finding", "content", id, label -> null);
        });
        r.put("updateUnit", () -> target("/api/v1/units/" + w.unit(), admin, "unit", "name", w.unit().toString(),
                label -> "{\"code\":\"SNV\",\"name\":\"" + label + "\",\"kind\":\"DEPARTMENT\",\"validFrom\":\"2020-01-01\",\"validTo\":null}"));
        r.put("updateUser", () -> {
            String username = w.code().toLowerCase() + ".race" + UUID.randomUUID().toString().substring(0, 6);
            Api.Response created = api().postJson("/api/v1/users", admin, "{\"username\":\"" + username + "\",\"fullName\":\"Nguyễn Văn Đua\",\"role\":\"SPECIALIST\","
                    + "\"officeId\":\"" + w.partyOffice() + "\",\"unitId\":null,\"email\":null,\"phone\":null}");
            assertEquals(201, created.status(), created.toString());
            String id = created.json().get("user").get("id").getStringValue();
            return target("/api/v1/users/" + id, admin, "app_user", "full_name", id, label -> "{\"fullName\":\"" + label + "\",\"role\":\"SPECIALIST\",\"officeId\":\""
                    + w.partyOffice() + "\",\"unitId\":null,\"email\":null,\"phone\":null}");
        });
        r.put("updateJurisdiction", () -> {
            String code = "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
            Function<String, String> body = name -> "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"PROVINCE\"}";
            String id = created(api().send(HttpRequest.POST("/api/v1/jurisdictions", body.apply("Tỉnh Thử")).contentType("application/json").bearerAuth(nationalAdmin)));
            return target("/api/v1/jurisdictions/" + id, nationalAdmin, "jurisdiction", "name", id, body);
        });
        r.put("updateOffice", () -> {
            String code = "VP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            Function<String, String> body = name -> "{\"code\":\"" + code + "\",\"kind\":\"OTHER\",\"nameVi\":\"" + name + "\",\"nameEn\":\"Office\",\"shortName\":\"VP\"}";
            String id = created(api().postJson("/api/v1/offices", admin, body.apply("Văn phòng thử")));
            return target("/api/v1/offices/" + id, admin, "office", "name_vi", id, body);
        });
        r.put("updateLeadershipBody", () -> {
            String code = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            Function<String, String> body = name -> "{\"officeId\":\"" + w.partyOffice() + "\",\"code\":\"" + code + "\",\"nameVi\":\"" + name + "\",\"nameEn\":\"Body\"}";
            String id = created(api().postJson("/api/v1/bodies", admin, body.apply("Ban thử")));
            return target("/api/v1/bodies/" + id, admin, "leadership_body", "name_vi", id, body);
        });
        r.put("updateLeader", () -> {
            String id = created(api().postJson("/api/v1/leaders", admin, "{\"fullName\":\"Nguyễn Văn Thử\",\"titleVi\":\"Bí thư\",\"titleEn\":\"Secretary\","
                    + "\"validFrom\":\"2025-01-01\"}"));
            return target("/api/v1/leaders/" + id, admin, "leader", "full_name", id, name -> "{\"fullName\":\"" + name + "\",\"protocolOrder\":1}");
        });
        r.put("updateVoterRecommendation", () -> {
            Function<String, String> body = content -> "{\"gatheredBy\":\"PEOPLES_COUNCIL\",\"meetingDate\":\"" + today().minusDays(20)
                    + "\",\"meetingPlace\":\"Nhà văn hóa khu phố 3\",\"delegates\":\"Đại biểu HĐND tỉnh\",\"content\":\"" + content + "\",\"topic\":\"Giao thông\",\"note\":null}";
            String id = created(api().postJson("/api/v1/voter-recommendations", party, body.apply("Sửa chữa tuyến đường liên phường")));
            return target("/api/v1/voter-recommendations/" + id, party, "voter_recommendation", "content", id, body);
        });
        return r;
    }

    private Object[] ruleNote;
    private String reviewForDeletes;
    private String programme;

    // ---- the tests ---------------------------------------------------------------------------------------------

    @Test
    void everyOperationWithIfMatchInTheContractHasARecipe() throws IOException {
        List<Operation> operations = ifMatchOperations();
        assertTrue(operations.size() >= 16, "the contract's If-Match operations were not found: " + operations);
        TreeSet<String> recipes = new TreeSet<>(recipes().keySet());
        TreeSet<String> missing = new TreeSet<>();
        for (Operation operation : operations) {
            if (!recipes.remove(operation.operationId())) {
                missing.add(operation.method() + " " + operation.path() + " (" + operation.operationId() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "If-Match operations without a recipe in IfMatchConcurrencyTest.recipes(): " + missing
                + "; add one, so that concurrent writes with the same ETag are tested for it too");
        assertTrue(recipes.isEmpty(), "recipes for operations the contract no longer has (or that lost If-Match): " + recipes);
    }

    @Test
    void twoWritesWithTheSameIfMatchHaveExactlyOneWinner() throws Exception {
        world();
        Map<String, Supplier<Target>> recipes = recipes();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Executable> checks = new ArrayList<>();
            for (Operation operation : ifMatchOperations()) {
                Supplier<Target> recipe = recipes.get(operation.operationId());
                if (recipe == null) {
                    checks.add(() -> fail("no recipe for " + operation.operationId()));
                    continue;
                }
                String outcome = race(pool, operation, recipe);
                checks.add(() -> assertEquals("", outcome, operation.method() + " " + operation.path() + " (" + operation.operationId() + ")"));
            }
            assertAll(checks);
        } finally {
            pool.shutdownNow();
            restoreRuleNote();
        }
    }

    /** ROUNDS races on one operation; "" when each had one winner, a loser told 412 (or 404 for a DELETE) and the winner's state stored. */
    private String race(ExecutorService pool, Operation operation, Supplier<Target> recipe) throws Exception {
        Target target = null;
        StringBuilder problems = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            if (target == null || operation.delete()) {
                target = recipe.get();
            }
            Target t = target;
            String etag = Versions.etag(t.version().get());
            String[] labels = {operation.operationId() + " " + round + " A", operation.operationId() + " " + round + " B"};
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (String label : labels) {
                MutableHttpRequest<?> request = operation.delete() ? HttpRequest.DELETE(t.path())
                        : HttpRequest.PUT(t.path(), t.body().apply(label)).contentType("application/json");
                request.bearerAuth(t.token()).header("If-Match", etag);
                sent.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return api().send(request);
                }));
            }
            Api.Response a = sent.get(0).get(30, TimeUnit.SECONDS);
            Api.Response b = sent.get(1).get(30, TimeUnit.SECONDS);
            boolean aWon = a.status() / 100 == 2;
            boolean bWon = b.status() / 100 == 2;
            if (aWon == bWon) {
                problems.append("round ").append(round).append(": ").append(aWon ? "both won" : "neither won").append(" (").append(brief(a)).append(" | ").append(brief(b)).append("); ");
                continue;
            }
            Api.Response loser = aWon ? b : a;
            boolean told = loser.status() == 412 || (operation.delete() && loser.status() == 404);
            if (!told) {
                problems.append("round ").append(round).append(": the loser got ").append(brief(loser)).append("; ");
            }
            String stored = t.stored().get();
            String expected = operation.delete() ? null : labels[aWon ? 0 : 1];
            if (!Objects.equals(expected, stored)) {
                problems.append("round ").append(round).append(": stored ").append(stored).append(" rather than the winner's ").append(expected).append("; ");
            }
        }
        return problems.toString();
    }

    private static String brief(Api.Response response) {
        String body = response.body();
        return response.status() + (body.isEmpty() ? "" : " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body));
    }

    private void restoreRuleNote() {
        if (ruleNote != null) {
            fixtures.update("UPDATE petition_deadline_rule SET note = ? WHERE id = ?", ruleNote[1], ruleNote[0]);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A target whose version and label are the columns `version` and `column` of the row `id` of `table`. */
    private Target target(String path, String token, String table, String column, String id, Function<String, String> body) {
        return new Target(path, token, () -> version("SELECT version FROM " + table + " WHERE id = ?::uuid", id), body,
                () -> value("SELECT " + column + " FROM " + table + " WHERE id = ?::uuid", id));
    }

    private long version(String sql, Object... values) {
        List<Object[]> rows = fixtures.rows(sql, values);
        assertEquals(1, rows.size(), sql);
        return ((Number) rows.get(0)[0]).longValue();
    }

    private String value(String sql, Object... values) {
        List<Object[]> rows = fixtures.rows(sql, values);
        return rows.isEmpty() ? null : String.valueOf(rows.get(0)[0]);
    }

    private String json(Map<String, Object> values) {
        try {
            return jsonMapper.writeValueAsString(values);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "2026-12-10T08:00:00+07:00": `days` from today, Vietnamese time. */
    private String at(int days, String time) {
        return today().plusDays(days) + "T" + time + ":00+07:00";
    }

    private String meetingJson(String title, int days, String format) {
        UUID kind = fixtures.id("SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = 'STANDING_BOARD'");
        return "{\"kindId\":\"" + kind + "\",\"title\":\"" + title + "\",\"startsAt\":\"" + at(days, "08:00") + "\",\"endsAt\":\"" + at(days, "11:00")
                + "\",\"venue\":\"Phòng họp số 1\",\"format\":\"" + format + "\",\"bodyId\":\"" + standingBoard + "\",\"leaderIds\":[\"" + secretary
                + "\"],\"hostOfficeId\":null,\"supportingOfficeIds\":[\"" + w.peoplesCommitteeOffice() + "\"],\"confidentiality\":\"PUBLIC\",\"description\":null,\"reason\":null}";
    }

    private String meeting(int days, String format) {
        return created(api().postJson("/api/v1/meetings", party, meetingJson("Hội nghị Thường trực Tỉnh ủy", days, format)));
    }

    private String programmeItemJson(String title) {
        LocalDate day = today().withDayOfMonth(1).plusMonths(1).withDayOfMonth(12);
        return "{\"title\":\"" + title + "\",\"startsAt\":\"" + day + "T08:00:00+07:00\",\"endsAt\":\"" + day + "T11:00:00+07:00\",\"allDay\":false,\"venue\":null,"
                + "\"localityUnitId\":null,\"leaderIds\":[],\"participantBodyIds\":[],\"participantUnitIds\":[],\"participantPersons\":[],\"servingOfficeId\":\""
                + w.peoplesCommitteeOffice() + "\",\"visibility\":\"INTERNAL\",\"notes\":null,\"meetingId\":null,\"amendmentReason\":null}";
    }

    /** A new item of a draft monthly programme of the People's Committee (the programme is made once). */
    private String programmeItem() {
        if (programme == null) {
            String calendar = fixtures.id("SELECT id FROM calendar WHERE body_id = ?", w.body()).toString();
            programme = created(api().postJson("/api/v1/programmes", ubnd, "{\"calendarId\":\"" + calendar + "\",\"periodKind\":\"MONTH\",\"periodStart\":\""
                    + today().withDayOfMonth(1).plusMonths(1) + "\"}"));
        }
        Api.Response added = api().postJson("/api/v1/programmes/" + programme + "/items", ubnd, programmeItemJson("Làm việc với các sở"));
        assertEquals(201, added.status(), added.toString());
        return added.json().get("item").get("id").getStringValue();
    }

    private String review() {
        return created(api().postJson("/api/v1/reviews", party, "{\"kind\":\"ANNUAL\",\"title\":\"Sơ kết Quy chế phối hợp\",\"periodFrom\":\"2025-01-01\","
                + "\"periodTo\":\"2025-12-31\",\"hostOfficeId\":\"" + w.partyOffice() + "\",\"participatingOfficeIds\":null,\"meetingId\":null}"));
    }

    private static String created(Api.Response response) {
        assertEquals(201, response.status(), response.toString());
        return response.text("id");
    }

    private static void ok(Api.Response response) {
        assertEquals(200, response.status(), response.toString());
    }
}

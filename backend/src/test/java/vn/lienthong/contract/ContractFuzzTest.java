package vn.lienthong.contract;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the committed contract, fed what its schema refuses: malformed and non-object JSON, the wrong
 * content type, every body field with the wrong JSON type, left out when required, holding NUL and other control
 * characters, a 1 MB string (one field per operation, in turn), an unknown enum value, extreme and impossible dates;
 * every query parameter with text its type refuses, out-of-range paging and dates, NUL; every path parameter with an
 * invalid UUID; malformed If-Match and Idempotency-Key headers. Generated from openapi/lienthong.yml, so a new
 * operation is covered without a test of its own.
 *
 * <p>Each answer must be below 500 and problem+json; a 400 names the fields; a value the schema refuses must be a 400
 * naming that field (the contract is the promise to generated clients). Afterwards every table has as many rows as
 * before (nothing refused was written) and no ERROR was logged.
 */
@MicronautTest(transactional = false)
class ContractFuzzTest extends ApiTestBase {

    /** Rows written by the server on its own while the test runs, not by a request of it. */
    private static final Set<String> WRITTEN_IN_BACKGROUND = Set.of("job_run", "job_lock", "flyway_schema_history");

    private static final String ONE_MEGABYTE = "x".repeat(1 << 20);

    private final ContractSchemas contract = new ContractSchemas();

    private final java.net.http.HttpClient raw = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    @Inject
    EmbeddedServer server;

    record Raw(int status, String body, String contentType) {
    }

    /** One request the fuzz sends, and what the contract says must come back. */
    record Case(String operation, String inputClass, HttpMethod method, String uri, String contentType, String body,
                Map<String, String> headers, String field, Set<Integer> expected) {
    }

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Set<String>> classesByOperation = new TreeMap<>();
    private int sent;
    /** Operations no test token gets past security (their input is refused before it is read, which is checked too). */
    private final List<String> unreached = new ArrayList<>();

    @Test
    void everyOperationRefusesWhatItsSchemaRefusesWithoutA5xxOrAWrite() {
        Fixtures.World world = fixtures.world();
        List<String> tokens = new ArrayList<>();
        for (String user : List.of(world.admin(), world.nationalAdmin(), world.specialist(), world.leader(), world.unitOfficer(), world.otherOfficeLeader())) {
            tokens.add(login(user));
        }
        tokens.add(machineToken(world));
        tokens.add(null);

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        Map<String, Long> before = rowCounts();
        try {
            List<ContractSchemas.Operation> operations = contract.operations();
            int index = 0;
            for (ContractSchemas.Operation operation : operations) {
                String token = reachingToken(operation, tokens);
                for (Case c : cases(operation, index++)) {
                    check(c, token);
                }
            }
            assertTrue(operations.size() > 150, "the contract lists " + operations.size() + " operations");
            for (ContractSchemas.Operation operation : operations) {
                assertTrue(classesByOperation.containsKey(operation.id()), "no case for " + operation.id());
            }
        } finally {
            root.detachAppender(log);
        }
        Map<String, Long> after = rowCounts();
        List<String> changed = new ArrayList<>();
        before.forEach((table, count) -> {
            if (!WRITTEN_IN_BACKGROUND.contains(table) && !count.equals(after.get(table))) {
                changed.add(table + ": " + count + " → " + after.get(table));
            }
        });
        List<String> errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).distinct().limit(20).toList();
        try {
            // the whole list, for the one fixing them (the assertion shows the first 80)
            java.nio.file.Files.write(java.nio.file.Path.of("target", "contract-fuzz-failures.txt"), failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("ContractFuzzTest: " + sent + " requests over " + classesByOperation.size() + " operations; behind security for every token: " + unreached);
        assertTrue(unreached.isEmpty(), "no test token gets past the security of " + unreached + ": add one that does");
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the contract:\n" + String.join("\n", failures.stream().limit(80).toList()));
        assertTrue(changed.isEmpty(), "refused requests changed the database: " + changed);
        assertTrue(errors.isEmpty(), "client input caused ERROR log lines: " + errors);
    }

    private String machineToken(Fixtures.World world) {
        String clientId = fixtures.machineClient(world, "public:read", "petitions:submit");
        Api.Response token = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertEquals(200, token.status(), token.body());
        return token.text("access_token");
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : fixtures.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            String table = (String) row[0];
            counts.put(table, fixtures.count("SELECT count(*) FROM \"" + table + "\""));
        }
        return counts;
    }

    /**
     * The first token the operation's security lets through, so that the bad input reaches the binding and validation
     * it is meant for: probed with a body that cannot be read (a write) or the plain request (a read).
     */
    private String reachingToken(ContractSchemas.Operation operation, List<String> tokens) {
        String uri = baseUri(operation, Map.of());
        boolean hasBody = !ContractSchemas.bodyContent(operation).isEmpty();
        for (String token : tokens) {
            MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.parse(operation.method().toUpperCase()), uri);
            if (hasBody) {
                String type = ContractSchemas.bodyContent(operation).keySet().iterator().next();
                request = HttpRequest.create(HttpMethod.parse(operation.method().toUpperCase()), uri).body(type.startsWith("application/json") ? "{\"probe\":" : "%%%zz").contentType(type.startsWith("multipart") ? MediaType.APPLICATION_FORM_URLENCODED : type);
            } else if (!"get".equals(operation.method())) {
                // a write without a body, on a random id: it can only be refused or not found
                request = HttpRequest.create(HttpMethod.parse(operation.method().toUpperCase()), uri);
            }
            int status = api().send(Api.auth(request, token)).status();
            if (status != 401 && status != 403) {
                return token;
            }
        }
        unreached.add(operation.id());
        return tokens.get(0);
    }

    /** The operation's URI with a valid value for every path parameter (overridable) and its required query parameters. */
    private String baseUri(ContractSchemas.Operation operation, Map<String, String> pathOverrides) {
        String uri = operation.path();
        List<String> query = new ArrayList<>();
        for (Map<String, Object> parameter : ContractSchemas.parameters(operation)) {
            String name = (String) parameter.get("name");
            ContractSchemas.Schema schema = contract.resolve(parameter.get("schema"));
            if ("path".equals(parameter.get("in"))) {
                String value = pathOverrides.containsKey(name) ? pathOverrides.get(name) : encode(String.valueOf(contract.valid(schema, 0)));
                uri = uri.replace("{" + name + "}", value);
            } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                query.add(name + "=" + encode(String.valueOf(validQueryValue(schema))));
            }
        }
        return query.isEmpty() ? uri : uri + "?" + String.join("&", query);
    }

    private Object validQueryValue(ContractSchemas.Schema schema) {
        Object value = contract.valid(schema, 0);
        return value instanceof Long number && schema.minimum() == null ? 2026L : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<Case> cases(ContractSchemas.Operation operation, int operationIndex) {
        List<Case> cases = new ArrayList<>();
        String id = operation.id();
        HttpMethod method = HttpMethod.parse(operation.method().toUpperCase());
        Map<String, Object> content = ContractSchemas.bodyContent(operation);
        String base = baseUri(operation, Map.of());
        Set<Integer> badRequest = Set.of(400);

        // path parameters: what their type refuses
        for (Map<String, Object> parameter : ContractSchemas.parameters(operation)) {
            String name = (String) parameter.get("name");
            ContractSchemas.Schema schema = contract.resolve(parameter.get("schema"));
            String in = (String) parameter.get("in");
            if ("path".equals(in)) {
                for (String bad : refusedScalars(schema, true)) {
                    cases.add(new Case(id, "path " + name, method, baseUri(operation, Map.of(name, encode(bad))), null, null, Map.of(), null,
                            // an id that cannot be a UUID is not found or a 400; a year out of range is a 400
                            "uuid".equals(schema.format()) ? Set.of(400, 404) : badRequest));
                }
            } else if ("query".equals(in)) {
                for (String bad : refusedScalars(schema, false)) {
                    String separator = base.contains("?") ? "&" : "?";
                    String uri = base.replaceAll("([?&])" + name + "=[^&]*(&|$)", "$1").replaceAll("[?&]$", "");
                    separator = uri.contains("?") ? "&" : "?";
                    cases.add(new Case(id, "query " + classOf(bad), method, uri + separator + name + "=" + encode(bad), null, null, Map.of(), name, badRequest));
                }
            } else if ("header".equals(in) && "If-Match".equals(name)) {
                cases.add(new Case(id, "header If-Match", method, base, content.isEmpty() ? null : "application/json", content.isEmpty() ? null : "{",
                        Map.of("If-Match", "not-an-etag"), null, Set.of(400, 404, 412, 428)));
            } else if ("header".equals(in) && "Idempotency-Key".equals(name)) {
                cases.add(new Case(id, "header Idempotency-Key", method, base, content.isEmpty() ? null : "application/json", content.isEmpty() ? null : "{}",
                        Map.of("Idempotency-Key", "k".repeat(2000)), "Idempotency-Key", badRequest));
            }
        }

        if (content.containsKey("application/json")) {
            cases.add(new Case(id, "malformed JSON", method, base, "application/json", "{\"a\": [1, ", Map.of(), "body", badRequest));
            cases.add(new Case(id, "body not an object", method, base, "application/json", "[]", Map.of(), "body", badRequest));
            cases.add(new Case(id, "body a string", method, base, "application/json", "\"x\"", Map.of(), "body", badRequest));
            cases.add(new Case(id, "empty body", method, base, "application/json", "", Map.of(), "body", badRequest));
            cases.add(new Case(id, "wrong content type", method, base, "text/plain", "{}", Map.of(), null, Set.of(415)));
            @SuppressWarnings("unchecked")
            ContractSchemas.Schema body = contract.resolve(((Map<String, Object>) content.get("application/json")).get("schema"));
            if ("object".equals(body.type())) {
                Map<String, Object> valid = castMap(contract.valid(body, 0));
                List<Object[]> mutations = new ArrayList<>();
                collectMutations(body, "", new ArrayList<>(), mutations, 0);
                // a 1 MB string in one string field per operation, a different one from operation to operation
                int megabyteFields = countStrings(mutations);
                int megabyteField = megabyteFields == 0 ? -1 : operationIndex % megabyteFields;
                int strings = 0;
                for (Object[] mutation : mutations) {
                    @SuppressWarnings("unchecked") List<Object> path = (List<Object>) mutation[0];
                    String field = (String) mutation[1];
                    String inputClass = (String) mutation[2];
                    Object value = mutation[3];
                    if ("1 MB string".equals(inputClass) && strings++ != megabyteField) {
                        continue;
                    }
                    Map<String, Object> mutated = deepCopy(valid);
                    set(mutated, path, value);
                    cases.add(new Case(id, "body " + inputClass, method, base, "application/json", json(mutated), Map.of(), field, badRequest));
                }
            }
        } else if (content.containsKey("application/x-www-form-urlencoded")) {
            cases.add(new Case(id, "malformed form", method, base, "application/x-www-form-urlencoded", "%%%zz", Map.of(), null, badRequest));
            cases.add(new Case(id, "form NUL", method, base, "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=a%00b&client_secret=x", Map.of(), "client_id", badRequest));
            cases.add(new Case(id, "form field twice", method, base, "application/x-www-form-urlencoded", "grant_type=a&grant_type=b&client_id=x&client_secret=x", Map.of(), "grant_type", badRequest));
            cases.add(new Case(id, "wrong content type", method, base, "application/json", "{\"grant_type\":\"client_credentials\"}", Map.of(), null, Set.of(415)));
        } else if (content.containsKey("multipart/form-data")) {
            cases.add(new Case(id, "wrong content type", method, base, "application/json", "{}", Map.of(), null, Set.of(400, 415)));
            cases.add(new Case(id, "malformed multipart", method, base, "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"quote\"semi;colon.txt\"\r\n\r\nabc\r\n--XYZ--\r\n",
                    Map.of(), null, Set.of(400)));
        }
        if (cases.isEmpty()) {
            // an operation without inputs of its own still answers an unknown query parameter cleanly
            cases.add(new Case(id, "no inputs", method, base + (base.contains("?") ? "&" : "?") + "x=%00", null, null, Map.of(), null, Set.of()));
        }
        return cases;
    }

    private static int countStrings(List<Object[]> mutations) {
        return (int) mutations.stream().filter(m -> "1 MB string".equals(m[2])).count();
    }

    private static String classOf(String bad) {
        return bad.length() > 40 ? "long" : bad.replace("\u0000", "NUL");
    }

    /** Text a parameter of this type must refuse. */
    private List<String> refusedScalars(ContractSchemas.Schema schema, boolean path) {
        List<String> bad = new ArrayList<>();
        if (schema.enumValues() != null) {
            bad.add("NOT_A_VALUE");
        }
        switch (schema.type()) {
            case "integer" -> {
                bad.add("abc");
                bad.add("99999999999999999999");
                bad.add("1.5");
                if (schema.minimum() != null) {
                    bad.add(String.valueOf(schema.minimum().longValue() - 1));
                }
                if (schema.maximum() != null) {
                    bad.add(String.valueOf(schema.maximum().longValue() + 1));
                }
            }
            case "boolean" -> bad.add("maybe");
            default -> {
                String format = schema.format();
                if ("uuid".equals(format)) {
                    bad.add("not-a-uuid");
                } else if ("date".equals(format)) {
                    bad.addAll(List.of("-999999999-01-01", "+999999999-12-31", "2300-01-01", "1800-01-01", "2026-02-30", "20261208"));
                } else if ("date-time".equals(format)) {
                    bad.addAll(List.of("+1000000000-12-31T23:59:59Z", "2300-01-01T00:00:00Z", "2026-12-08T25:00:00+07:00"));
                }
                if (!path && schema.maxLength() != null) {
                    bad.add("q".repeat(schema.maxLength() + 1));
                }
                bad.add("a\u0000b");
                bad.add("a\u001bb");
            }
        }
        return bad;
    }

    /** For every property (nested objects and the first item of arrays too): values its schema refuses. */
    private void collectMutations(ContractSchemas.Schema object, String prefix, List<Object> path, List<Object[]> out, int depth) {
        List<String> required = ContractSchemas.required(object);
        ContractSchemas.properties(object).forEach((name, propertySchema) -> {
            ContractSchemas.Schema schema = contract.resolve(propertySchema);
            if (Boolean.TRUE.equals(schema.raw().get("readOnly"))) {
                return;
            }
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            List<Object> here = new ArrayList<>(path);
            here.add(name);
            if (required.contains(name)) {
                out.add(new Object[]{here, field, "missing required", Missing.VALUE});
                if (!schema.nullable()) {
                    out.add(new Object[]{here, field, "null for required", null});
                }
            }
            for (Map.Entry<String, Object> wrong : wrongValues(schema).entrySet()) {
                out.add(new Object[]{here, field, wrong.getKey(), wrong.getValue()});
            }
            if (depth < 3 && "object".equals(schema.type())) {
                collectMutations(schema, field, here, out, depth + 1);
            }
            if (depth < 3 && "array".equals(schema.type()) && schema.raw().get("items") != null) {
                ContractSchemas.Schema item = contract.resolve(schema.raw().get("items"));
                List<Object> first = new ArrayList<>(here);
                first.add(0);
                if ("object".equals(item.type())) {
                    collectMutations(item, field + "[0]", first, out, depth + 1);
                } else {
                    for (Map.Entry<String, Object> wrong : wrongValues(item).entrySet()) {
                        out.add(new Object[]{first, field + "[0]", "item " + wrong.getKey(), wrong.getValue()});
                    }
                }
            }
        });
    }

    /** Values of every other JSON type, and the values of its own type the schema still refuses. */
    private static Map<String, Object> wrongValues(ContractSchemas.Schema schema) {
        Map<String, Object> wrong = new LinkedHashMap<>();
        switch (schema.type()) {
            case "string" -> {
                wrong.put("array for string", List.of("x"));
                wrong.put("object for string", Map.of("a", 1));
                wrong.put("number for string", 12);
                wrong.put("boolean for string", true);
                if (schema.enumValues() != null) {
                    wrong.put("unknown enum", "NOT_A_VALUE");
                    wrong.put("enum in an array", List.of(schema.enumValues().get(0)));
                } else if ("date".equals(schema.format())) {
                    wrong.put("extreme date", "-999999999-01-01");
                    wrong.put("date after 2200", "2300-01-01");
                    wrong.put("impossible date", "2026-02-30");
                } else if ("date-time".equals(schema.format())) {
                    wrong.put("maximum instant", "+1000000000-12-31T23:59:59.999999999Z");
                    wrong.put("date-time after 2200", "2300-01-01T00:00:00Z");
                    wrong.put("date-time without offset", "2026-12-08T08:00:00");
                } else if ("uuid".equals(schema.format())) {
                    wrong.put("invalid uuid", "not-a-uuid");
                } else if (!"binary".equals(schema.format()) && !"byte".equals(schema.format())) {
                    wrong.put("NUL in string", "a\u0000b");
                    wrong.put("control character in string", "a\u001b[31mb");
                    wrong.put("1 MB string", ONE_MEGABYTE);
                }
            }
            case "boolean" -> {
                wrong.put("string for boolean", "true");
                wrong.put("number for boolean", 1);
                wrong.put("array for boolean", List.of(true));
            }
            case "integer" -> {
                wrong.put("string for integer", "1");
                wrong.put("fraction for integer", 1.5);
                wrong.put("boolean for integer", true);
                wrong.put("huge integer", new java.math.BigInteger("99999999999999999999999"));
                if (schema.minimum() != null) {
                    wrong.put("below minimum", schema.minimum().longValue() - 1);
                }
                if (schema.maximum() != null) {
                    wrong.put("above maximum", schema.maximum().longValue() + 1);
                }
            }
            case "number" -> {
                wrong.put("string for number", "1");
                wrong.put("boolean for number", true);
            }
            case "array" -> {
                wrong.put("string for array", "x");
                wrong.put("object for array", Map.of("a", 1));
            }
            case "object" -> {
                wrong.put("string for object", "x");
                wrong.put("array for object", List.of());
            }
            default -> {
            }
        }
        return wrong;
    }

    private enum Missing { VALUE }

    @SuppressWarnings("unchecked")
    private static void set(Object target, List<Object> path, Object value) {
        Object container = target;
        for (int i = 0; i < path.size() - 1; i++) {
            Object key = path.get(i);
            Object next = key instanceof Integer index ? ((List<Object>) container).get(index) : ((Map<String, Object>) container).get(key);
            if (next == null) {
                return;
            }
            container = next;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            List<Object> list = (List<Object>) container;
            if (index < list.size()) {
                list.set(index, value);
            }
        } else if (value == Missing.VALUE) {
            ((Map<String, Object>) container).remove(last);
        } else {
            ((Map<String, Object>) container).put((String) last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private String json(Object value) {
        try {
            return jsonMapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sent raw with java.net.http, so that a body or header the Micronaut client would refuse to write goes out as it is. */
    private void check(Case c, String token) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(c.uri()))
                .method(c.method().name(), c.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
        if (c.contentType() != null) {
            builder.header("Content-Type", c.contentType());
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        c.headers().forEach(builder::header);
        Raw response;
        try {
            java.net.http.HttpResponse<String> answer = raw.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response = new Raw(answer.statusCode(), answer.body(), answer.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent++;
        classesByOperation.computeIfAbsent(c.operation(), k -> new LinkedHashSet<>()).add(c.inputClass());
        String where = c.operation() + " [" + c.inputClass() + (c.field() == null ? "" : " on " + c.field()) + "]: ";
        int status = response.status();
        String shown = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
        if (status >= 500) {
            failures.add(where + status + " " + shown);
            return;
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(where + status + " not problem+json: " + response.contentType());
            return;
        }
        if (!c.expected().isEmpty() && !c.expected().contains(status)) {
            failures.add(where + "expected " + c.expected() + ", got " + status + " " + shown);
            return;
        }
        if (status == 400) {
            JsonNode errors;
            try {
                errors = jsonMapper.readValue(response.body().getBytes(StandardCharsets.UTF_8), JsonNode.class).get("errors");
            } catch (IOException e) {
                failures.add(where + "400 body is not JSON: " + shown);
                return;
            }
            if (errors == null || !errors.isArray() || errors.size() == 0) {
                failures.add(where + "400 names no field: " + shown);
                return;
            }
            List<String> fields = new ArrayList<>();
            for (JsonNode error : errors.values()) {
                JsonNode field = error.get("field");
                if (field == null || !field.isString() || field.getStringValue().isBlank()) {
                    failures.add(where + "a field error without a field: " + shown);
                    return;
                }
                fields.add(field.getStringValue());
            }
            if (c.field() != null && !fields.contains(c.field())) {
                failures.add(where + "400 names " + fields + ", not " + c.field());
            }
        }
    }
}

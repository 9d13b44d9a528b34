package vn.lienthong.contract;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The committed contract (openapi/lienthong.yml) read as the generated clients read it: operations with their
 * parameters and bodies, schemas with {@code $ref}, {@code allOf}, {@code oneOf [X, null]} and {@code type: [x, null]}
 * resolved to one type and a nullable flag. Tests that must cover every operation are generated from it.
 */
public final class ContractSchemas {
    public static final Path DOCUMENT = Path.of("..", "openapi", "lienthong.yml");

    private final Map<String, Object> document;

    public record Operation(String method, String path, Map<String, Object> raw) {
        public String id() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** A schema resolved to its JSON type (string, integer, number, boolean, array, object) and the rest of it. */
    public record Schema(String type, boolean nullable, Map<String, Object> raw) {
        public String format() {
            return (String) raw.get("format");
        }

        @SuppressWarnings("unchecked")
        public List<Object> enumValues() {
            return (List<Object>) raw.get("enum");
        }

        public Number minimum() {
            return (Number) raw.get("minimum");
        }

        public Number maximum() {
            return (Number) raw.get("maximum");
        }

        public Integer maxLength() {
            return (Integer) raw.get("maxLength");
        }
    }

    @SuppressWarnings("unchecked")
    public ContractSchemas() {
        try (InputStream in = Files.newInputStream(DOCUMENT)) {
            document = new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                operations.add(new Operation(method, path, (Map<String, Object>) op));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> parameters(Operation operation) {
        return (List<Map<String, Object>>) operation.raw().getOrDefault("parameters", List.of());
    }

    /** The media types of the request body, in the document's order; empty when the operation takes none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> bodyContent(Operation operation) {
        Map<String, Object> body = (Map<String, Object>) operation.raw().get("requestBody");
        return body == null ? Map.of() : (Map<String, Object>) body.get("content");
    }

    @SuppressWarnings("unchecked")
    public Schema resolve(Object schemaObject) {
        Map<String, Object> schema = (Map<String, Object>) schemaObject;
        boolean nullable = false;
        for (int depth = 0; depth < 20; depth++) {
            if (schema.containsKey("$ref")) {
                Map<String, Object> merged = new LinkedHashMap<>(component((String) schema.get("$ref")));
                schema = merged;
                continue;
            }
            List<Map<String, Object>> choices = (List<Map<String, Object>>) (schema.containsKey("allOf") ? schema.get("allOf")
                    : schema.containsKey("oneOf") ? schema.get("oneOf") : schema.get("anyOf"));
            if (choices != null) {
                Map<String, Object> chosen = null;
                for (Map<String, Object> choice : choices) {
                    if ("null".equals(choice.get("type"))) {
                        nullable = true;
                    } else if (chosen == null) {
                        chosen = choice;
                    }
                }
                Map<String, Object> rest = new LinkedHashMap<>(schema);
                rest.remove("allOf");
                rest.remove("oneOf");
                rest.remove("anyOf");
                Map<String, Object> next = new LinkedHashMap<>(resolve(chosen).raw());
                next.putAll(rest);
                schema = next;
                continue;
            }
            break;
        }
        Object type = schema.get("type");
        String primary;
        if (type instanceof List<?> types) {
            nullable |= types.contains("null");
            primary = types.stream().filter(t -> !"null".equals(t)).map(String::valueOf).findFirst().orElse("string");
        } else {
            primary = type == null ? (schema.containsKey("properties") ? "object" : "string") : String.valueOf(type);
        }
        return new Schema(primary, nullable, schema);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> component(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas")).get(name);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Schema object) {
        return (Map<String, Object>) object.raw().getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    public static List<String> required(Schema object) {
        return (List<String>) object.raw().getOrDefault("required", List.of());
    }

    /** A value the schema accepts: the first enum constant, a date in 2026, a fresh UUID, one array item. */
    public Object valid(Schema schema, int depth) {
        switch (schema.type()) {
            case "boolean":
                return false;
            case "integer": {
                Number min = schema.minimum();
                return min != null ? min.longValue() : 1L;
            }
            case "number":
                return schema.minimum() != null ? schema.minimum().doubleValue() : 1.0;
            case "array": {
                List<Object> items = new ArrayList<>();
                if (depth < 4 && schema.raw().get("items") != null) {
                    items.add(valid(resolve(schema.raw().get("items")), depth + 1));
                }
                return items;
            }
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 4) {
                    properties(schema).forEach((name, property) -> object.put(name, valid(resolve(property), depth + 1)));
                }
                return object;
            }
            default:
                if (schema.enumValues() != null) {
                    return schema.enumValues().get(0);
                }
                String format = schema.format();
                if ("date".equals(format)) {
                    return "2026-12-08";
                }
                if ("date-time".equals(format)) {
                    return "2026-12-08T08:00:00+07:00";
                }
                if ("uuid".equals(format)) {
                    return UUID.randomUUID().toString();
                }
                if ("email".equals(format)) {
                    return "thu.nghiem@example.vn";
                }
                return "Thử nghiệm";
        }
    }
}

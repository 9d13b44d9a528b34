package vn.lienthong.contract;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the OpenAPI 3.0 document that micronaut-openapi generates into the committed OpenAPI 3.1 document.
 * micronaut-openapi's own 3.1 output (6.19) drops class-level examples, writes `exampleSetFlag` and types nullable
 * dates as `[string, null, object]`; its 3.0 output is correct, and 3.0 → 3.1 is mechanical:
 * `nullable: true` becomes a `null` type (or `oneOf` with `null` for a reference), and every property that is not
 * nullable is listed as `required`. Schemas that only appear in responses list every property as required: the API
 * always writes every field, nulls included, so clients need no "maybe absent" checks.
 */
public final class OpenApiNormalizer {
    private OpenApiNormalizer() {
    }

    public static String normalize(String openApi30Yaml) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()), new DumperOptions(),
                new LoaderOptions(), new StringDatesResolver());
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) yaml.load(openApi30Yaml);
        Set<String> requestSchemas = requestSchemas(document);
        Map<String, Object> converted = new LinkedHashMap<>();
        converted.put("openapi", "3.1.0");
        document.forEach((key, value) -> {
            if (key.equals("components") && value instanceof Map<?, ?> components) {
                Map<String, Object> out = new LinkedHashMap<>();
                ((Map<String, Object>) components).forEach((part, content) -> {
                    if (part.equals("schemas") && content instanceof Map<?, ?> schemas) {
                        Map<String, Object> converted2 = new LinkedHashMap<>();
                        ((Map<String, Object>) schemas).forEach((name, schema) ->
                                converted2.put(name, visit(schema, !requestSchemas.contains(name))));
                        out.put(part, converted2);
                    } else {
                        out.put(part, visit(content, false));
                    }
                });
                converted.put(key, out);
            } else if (!key.equals("openapi")) {
                converted.put(key, visit(value, false));
            }
        });
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new Representer(options), options).dump(converted);
    }

    /** Keeps `2020-01-01` a string: the document's examples are JSON values, not YAML timestamps. */
    private static final class StringDatesResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /** Names of the component schemas reachable from any request body. */
    @SuppressWarnings("unchecked")
    private static Set<String> requestSchemas(Map<String, Object> document) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        Set<String> found = new TreeSet<>();
        Deque<Object> pending = new ArrayDeque<>();
        ((Map<String, Object>) document.getOrDefault("paths", Map.of())).values().forEach(path ->
                ((Map<String, Object>) path).values().forEach(operation -> {
                    if (operation instanceof Map<?, ?> op && op.get("requestBody") != null) {
                        pending.add(op.get("requestBody"));
                    }
                }));
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            if (node instanceof Map<?, ?> map) {
                Object ref = map.get("$ref");
                if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
                    String name = r.substring("#/components/schemas/".length());
                    if (found.add(name) && schemas.containsKey(name)) {
                        pending.add(schemas.get(name));
                    }
                }
                map.values().stream().filter(java.util.Objects::nonNull).forEach(pending::add);
            } else if (node instanceof List<?> list) {
                list.stream().filter(java.util.Objects::nonNull).forEach(pending::add);
            }
        }
        return found;
    }

    private static Object visit(Object node) {
        return visit(node, false);
    }

    @SuppressWarnings("unchecked")
    private static Object visit(Object node, boolean responseOnly) {
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(visit(item)));
            return out;
        }
        if (!(node instanceof Map<?, ?> raw)) {
            return node;
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        Map<String, Object> out = new LinkedHashMap<>();
        boolean nullable = Boolean.TRUE.equals(map.get("nullable"));
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String key = entry.getKey();
            if (key.equals("nullable")) {
                continue;
            }
            if (key.equals("properties") && entry.getValue() instanceof Map<?, ?> properties) {
                out.put(key, visit(properties));
                List<String> required = new ArrayList<>((List<String>) map.getOrDefault("required", List.of()));
                properties.forEach((name, schema) -> {
                    boolean optional = !responseOnly && schema instanceof Map<?, ?> s && Boolean.TRUE.equals(s.get("nullable"));
                    if (!optional && !required.contains((String) name)) {
                        required.add((String) name);
                    }
                });
                if (!required.isEmpty()) {
                    out.put("required", required);
                }
                continue;
            }
            if (key.equals("required") && map.containsKey("properties")) {
                continue;
            }
            out.put(key, visit(entry.getValue()));
        }
        if (nullable) {
            if (out.get("type") instanceof String type) {
                out.put("type", List.of(type, "null"));
            } else if (out.get("allOf") instanceof List<?> allOf && allOf.size() == 1) {
                out.remove("allOf");
                out.put("oneOf", List.of(allOf.get(0), Map.of("type", "null")));
            } else if (out.containsKey("$ref")) {
                Object ref = out.remove("$ref");
                out.put("oneOf", List.of(Map.of("$ref", ref), Map.of("type", "null")));
            }
        }
        return out;
    }
}

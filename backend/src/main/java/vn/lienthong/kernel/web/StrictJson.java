package vn.lienthong.kernel.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON bodies are read as strictly as the contract describes them, for every operation: a string field takes only a
 * JSON string (not an array, an object, a number or a boolean), a boolean only {@code true}/{@code false}, dates and
 * date-times only their ISO strings within {@link InputRules}' years, and no text holds a control character. The
 * framework's own deserializers coerce (["a"] → "a", 12 → "12", "true" → true); these replace them.
 * A refusal names the field through the path Serde adds, and {@link ConversionProblemHandler} answers 400.
 */
@Factory
public class StrictJson {

    /** A refused JSON value, with a message fit for the client (no class names, no input echoed). */
    public static final class Refused extends SerdeException {
        private final String field;

        public Refused(String message) {
            this(null, message);
        }

        /** A refusal of a named field where Serde has no path to add (a value read by hand from a node). */
        public Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    @Singleton
    @Primary
    Deserializer<String> strings() {
        return (decoder, context, type) -> text(decoder);
    }

    /**
     * Every enum: only a JSON string naming a constant exactly (the framework also took ["WEEK"] for WEEK). The
     * refusal lists the constants, as the contract's enum does.
     */
    @Singleton
    @Primary
    @SuppressWarnings({"rawtypes", "unchecked"})
    Deserializer<Enum> enums() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            Enum[] constants = ((Class<Enum>) type.getType()).getEnumConstants();
            if (node.isString()) {
                String name = node.getStringValue();
                for (Enum constant : constants) {
                    if (constant.name().equals(name)) {
                        return constant;
                    }
                }
            }
            StringBuilder names = new StringBuilder();
            for (Enum constant : constants) {
                names.append(names.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw new Refused("must be one of " + names);
        };
    }

    /**
     * Every list: only a JSON array (the framework also took "x" for ["x"]), each item read by the item type's own
     * deserializer, so a list of strings or ids obeys the same rules as a single one; a refused item is named by its
     * index ({@code participantPersons[0]}, {@code petitioners[1].fullName}).
     */
    @Singleton
    @Primary
    @SuppressWarnings({"rawtypes", "unchecked"})
    Deserializer<List> lists() {
        return new Deserializer<>() {
            @Override
            public Deserializer<List> createSpecific(DecoderContext context, Argument<? super List> type) throws SerdeException {
                Argument<Object> item = (Argument<Object>) type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
                Deserializer<Object> items = (Deserializer<Object>) context.findDeserializer(item).createSpecific(context, item);
                return (decoder, ctx, t) -> {
                    Decoder array;
                    try {
                        array = decoder.decodeArray();
                    } catch (SerdeException e) {
                        throw new Refused("must be an array");
                    }
                    List<Object> out = new ArrayList<>();
                    int index = 0;
                    while (array.hasNextArrayValue()) {
                        try {
                            out.add(items.deserializeNullable(array, ctx, item));
                        } catch (IOException | RuntimeException e) {
                            // Serde's own item deserializers (UUID) fail with conversion errors that carry no path
                            throw refusedItem(index, e);
                        }
                        index++;
                    }
                    array.finishStructure();
                    return out;
                };
            }

            @Override
            public List deserialize(Decoder decoder, DecoderContext context, Argument<? super List> type) throws IOException {
                return createSpecific(context, type).deserialize(decoder, context, type);
            }

            @Override
            public List deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List> type) throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }

    private static Refused refusedItem(int index, Throwable failure) {
        ConversionProblemHandler.Located inner = ConversionProblemHandler.locate(failure);
        String field = "[" + index + "]" + (inner.field() == null ? "" : (inner.field().startsWith("[") ? "" : ".") + inner.field());
        return new Refused(field, inner.message());
    }

    /** Whole numbers: only a JSON number without a fraction, within the Java type's range (not "1", 1.5 or true). */
    @Singleton
    @Primary
    Deserializer<Integer> integers() {
        return whole(Integer.MIN_VALUE, Integer.MAX_VALUE, Long::intValue);
    }

    @Singleton
    @Primary
    Deserializer<Long> longs() {
        return whole(Long.MIN_VALUE, Long.MAX_VALUE, Long::longValue);
    }

    private static <N> Deserializer<N> whole(long min, long max, java.util.function.Function<Long, N> convert) {
        return new Deserializer<>() {
            @Override
            public N deserialize(Decoder decoder, DecoderContext context, Argument<? super N> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                if (!node.isNumber()) {
                    throw new Refused("must be a whole number");
                }
                java.math.BigDecimal value;
                try {
                    value = new java.math.BigDecimal(node.getNumberValue().toString());
                } catch (NumberFormatException e) {
                    throw new Refused("must be a whole number");
                }
                if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                    throw new Refused("must be a whole number");
                }
                if (value.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                    throw new Refused("must be a whole number from " + min + " to " + max);
                }
                return convert.apply(value.longValueExact());
            }

            @Override
            public N getDefaultValue(DecoderContext context, Argument<? super N> type) {
                if (type.isPrimitive()) {
                    throw new Missing(type.getName());
                }
                return null;
            }
        };
    }

    /** A required primitive (a {@code boolean} the contract marks required) that the body left out. */
    public static final class Missing extends RuntimeException {
        private final String field;

        public Missing(String field) {
            super(field + " is required", null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    @Singleton
    @Primary
    Deserializer<Boolean> booleans() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                if (!node.isBoolean()) {
                    throw new Refused("must be true or false");
                }
                return node.getBooleanValue();
            }

            @Override
            public Boolean getDefaultValue(DecoderContext context, Argument<? super Boolean> type) {
                if (type.isPrimitive()) {
                    throw new Missing(type.getName());
                }
                return null;
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<LocalDate> dates() {
        return (decoder, context, type) -> {
            String text = text(decoder);
            try {
                return InputRules.date(text);
            } catch (DateTimeException e) {
                throw new Refused("must be a date (YYYY-MM-DD) in the years " + InputRules.MIN_YEAR + "–" + InputRules.MAX_YEAR);
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<OffsetDateTime> dateTimes() {
        return (decoder, context, type) -> dateTime(decoder);
    }

    @Singleton
    @Primary
    Deserializer<Instant> instants() {
        return (decoder, context, type) -> dateTime(decoder).toInstant();
    }

    private static OffsetDateTime dateTime(Decoder decoder) throws IOException {
        String text = text(decoder);
        try {
            return InputRules.dateTime(text);
        } catch (DateTimeException e) {
            throw new Refused("must be a date-time with an offset (RFC 3339) in the years " + InputRules.MIN_YEAR + "–" + InputRules.MAX_YEAR);
        }
    }

    private static String text(Decoder decoder) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw new Refused("must be a string");
        }
        return checked(null, node.getStringValue());
    }

    private static String checked(String field, String text) throws Refused {
        if (text.length() > InputRules.MAX_STRING_LENGTH) {
            throw new Refused(field, "must be at most " + InputRules.MAX_STRING_LENGTH + " characters");
        }
        if (InputRules.hasControlCharacter(text)) {
            throw new Refused(field, InputRules.CONTROL_MESSAGE);
        }
        return text;
    }

    /**
     * One field of a form-encoded body ({@code application/x-www-form-urlencoded}), which the framework hands to Serde
     * as an object whose every value is the list of the values sent: absent is null, a field sent twice is refused,
     * and the value obeys the same text rules as a JSON string.
     */
    public static String formField(JsonNode form, String name) throws Refused {
        JsonNode value = form.isObject() ? form.get(name) : null;
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            if (value.size() != 1) {
                throw new Refused(name, "must be given once");
            }
            value = value.get(0);
        }
        if (!value.isString()) {
            throw new Refused(name, "must be a string");
        }
        return checked(name, value.getStringValue());
    }
}

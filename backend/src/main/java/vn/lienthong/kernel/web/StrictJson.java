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

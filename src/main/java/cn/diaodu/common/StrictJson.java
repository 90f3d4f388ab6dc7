package cn.diaodu.common;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;

/**
 * The API reads JSON strictly (docs/ARCHITECTURE.md, "Input"): a number field refuses a string, an integer field a
 * fraction, a boolean a string or number, a date or instant a number (never epoch seconds) and any date outside
 * 2000–2100; a text refuses NUL and bidirectional controls ({@link InputText}). Applied to the copy of the mapper
 * that reads request bodies only, so that the application's own serialisations are unaffected. Refusals are
 * {@link MismatchedInputException}s with the path of the field, which {@link ApiErrors} answers with 422.
 */
public final class StrictJson {
    private StrictJson() {
    }

    /** A refused value with the reason to show; the field is the exception's path or {@code field} when set. */
    public static final class Refused extends MismatchedInputException {
        private final String field;

        Refused(JsonParser p, String message, String field) {
            super(p, message);
            this.field = field;
        }

        /** The field as the walk of a JSON tree found it, or null to take the exception's path. */
        public String field() {
            return field;
        }
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule m = new SimpleModule("diaodu-strict-input");
        m.addDeserializer(String.class, new Text());
        m.addDeserializer(JsonNode.class, new Tree());
        m.addDeserializer(LocalDate.class, new DateText<>(LocalDateDeserializer.INSTANCE, InputText::inRange));
        m.addDeserializer(LocalDateTime.class, new DateText<>(LocalDateTimeDeserializer.INSTANCE,
                t -> InputText.inRange(t.toLocalDate())));
        m.addDeserializer(OffsetDateTime.class, new DateText<>(InstantDeserializer.OFFSET_DATE_TIME,
                InputText::inRange));
        m.addDeserializer(Instant.class, new DateText<>(InstantDeserializer.INSTANT, InputText::inRange));
        mapper.registerModule(m);
        return mapper;
    }

    /** A string without NUL or bidirectional controls. */
    static final class Text extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (InputText.forbidden(s)) {
                throw new Refused(p, InputText.CONTROL_MESSAGE, null);
            }
            return s;
        }
    }

    /** A JSON tree (for the bodies read as {@link JsonNode}): every text in it checked like {@link Text}. */
    static final class Tree extends JsonDeserializer<JsonNode> {
        @SuppressWarnings("unchecked")
        private final JsonDeserializer<JsonNode> plain =
                (JsonDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = plain.deserialize(p, ctxt);
            String bad = find(n, "");
            if (bad != null) {
                throw new Refused(p, InputText.CONTROL_MESSAGE, bad.isEmpty() ? "body" : bad);
            }
            return n;
        }

        private static String find(JsonNode n, String path) {
            if (n.isTextual()) {
                return InputText.forbidden(n.textValue()) ? path : null;
            }
            if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    String bad = find(n.get(i), path + "[" + i + "]");
                    if (bad != null) {
                        return bad;
                    }
                }
            } else if (n.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    if (InputText.forbidden(e.getKey())) {
                        return here;
                    }
                    String bad = find(e.getValue(), here);
                    if (bad != null) {
                        return bad;
                    }
                }
            }
            return null;
        }
    }

    /** A date or instant written as text ("YYYY-MM-DD", ISO-8601), never a number, and within 2000–2100. */
    static final class DateText<T> extends JsonDeserializer<T> {
        private final JsonDeserializer<T> plain;
        private final Predicate<T> inRange;

        DateText(JsonDeserializer<T> plain, Predicate<T> inRange) {
            this.plain = plain;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new Refused(p, "common.error.date-written-text-e-g-2024",
                        null);
            }
            if (p.getText().isBlank()) {
                return null;
            }
            T value = plain.deserialize(p, ctxt);
            if (value != null && !inRange.test(value)) {
                throw new Refused(p, InputText.DATE_MESSAGE, null);
            }
            return value;
        }
    }
}

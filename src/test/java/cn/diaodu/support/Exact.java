package cn.diaodu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an answer's JSON with its numbers as exact decimals (as written, not as binary floating point), and checks
 * amounts and percentages against hand-computed values (CONTRACT §2: numbers with at most 2 decimals).
 */
public final class Exact {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Exact() {
    }

    /** The body of the answer, numbers as written. */
    public static JsonNode json(Api.Res r) {
        try {
            return JSON.readTree(r.text());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }

    /** Asserts that the field is a JSON number equal to {@code expected}, written with at most 2 decimals. */
    public static void number(JsonNode node, String field, String expected) {
        JsonNode v = node.get(field);
        assertThat(v).as("%s in %s", field, node).isNotNull();
        assertThat(v.isNumber()).as("%s is a number in %s", field, node).isTrue();
        BigDecimal d = v.decimalValue();
        assertThat(d).as("%s in %s", field, node).isEqualByComparingTo(expected);
        assertThat(Math.max(0, d.scale())).as("decimals of %s in %s", field, node).isLessThanOrEqualTo(2);
    }

    /** Asserts several number fields at once: field, value, field, value, … */
    public static void numbers(JsonNode node, String... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            number(node, fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
    }

    /** The elements of an array that match. */
    public static List<JsonNode> where(JsonNode array, Predicate<JsonNode> test) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (test.test(n)) {
                out.add(n);
            }
        });
        return out;
    }

    /** The one element of an array whose field has the text (a code, a name, a key). */
    public static JsonNode one(JsonNode array, String field, String text) {
        List<JsonNode> found = where(array, n -> n.hasNonNull(field) && n.get(field).asText().equals(text));
        assertThat(found).as("%s = %s in %s", field, text, array).hasSize(1);
        return found.get(0);
    }
}

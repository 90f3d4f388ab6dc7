package cn.diaodu.assessment;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.FieldError;

/**
 * A kind of scoring rule, as data: its {@code type} and how its JSON is read. Each kind is one class (a bean nested
 * in its rule, such as {@code RankRule.Kind}); {@link RuleKinds} collects them, so a new rule (a deduction per
 * occurrence, a bonus, threshold bands) is added by adding its class.
 */
public interface RuleKind {
    String type();

    /** The rule the JSON describes, or null after adding its refusals (fields below {@code field}) to errors. */
    Rule read(JsonNode rule, String field, List<FieldError> errors);
}

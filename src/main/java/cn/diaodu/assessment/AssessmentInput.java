package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/assessments}: the round's name, year, last month, subject kind ({@code REGION|UNIT}), its
 * indicators and, optionally, the region it is taken at (default: the caller's region, else the top of the tree).
 */
public record AssessmentInput(String name, Integer year, Integer month, String subject,
        List<IndicatorInput> indicators, String regionCode) {

    /** One indicator as posted; {@code rule} is the rule's JSON object. */
    public record IndicatorInput(String code, String name, BigDecimal weight, String source, JsonNode rule) {
    }

    /** {@code POST /api/assessments/{id}/copy}: the new round's year and month, and optionally its name. */
    public record CopyInput(Integer year, Integer month, String name) {
    }

    /** {@code POST /api/assessments/{id}/scores}; {@code subject} a region code or a unit id (text or number). */
    public record ScoreInput(JsonNode subject, String indicator, BigDecimal score, String note) {
    }

    /** {@code POST /api/assessments/{id}/vetoes}. */
    public record VetoInput(JsonNode subject, String reason) {
    }
}

package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One indicator of a round (考核指标): its code and name, its weight (any positive number; the total divides by the
 * sum of the weights), its source (where the values come from, {@link Sources}) and its scoring {@link Rule}.
 */
public record Indicator(String code, String name, BigDecimal weight, String source, @JsonIgnore Rule scoring) {

    @JsonProperty("rule")
    public Map<String, Object> rule() {
        return scoring.json();
    }

    public boolean manual() {
        return scoring.manual();
    }
}

package cn.diaodu.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A subject of a round (被考核对象): a group of {@code GET /api/analysis/summary?groupBy=REGION|UNIT}, keyed the same
 * way ({@code json}: the region's code as text, or the unit's id as a number); {@code key} is that key as text, as
 * the tables and the inputs hold it.
 */
public record Subject(@JsonIgnore String key, Object subject, String name) {

    static Subject of(Object summaryKey, String name) {
        return new Subject(String.valueOf(summaryKey), summaryKey, name);
    }
}

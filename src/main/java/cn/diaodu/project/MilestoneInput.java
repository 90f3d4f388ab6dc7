package cn.diaodu.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * A milestone as written: the body of POST /api/projects/{id}/milestones, and of PUT …/milestones/{mid}, where
 * {@code present} names the fields the body carries (the others keep their value) and {@code version}, when given,
 * must be the current one (409 otherwise).
 */
public record MilestoneInput(String name, LocalDate plannedDate, LocalDate actualDate, String note, Integer version,
        Set<String> present) {

    /** Every field given (a create, or a whole replacement). */
    public static MilestoneInput of(String name, LocalDate plannedDate, LocalDate actualDate, String note) {
        return new MilestoneInput(name, plannedDate, actualDate, note, null,
                Set.of("name", "plannedDate", "actualDate", "note"));
    }

    public boolean has(String field) {
        return present != null && present.contains(field);
    }
}

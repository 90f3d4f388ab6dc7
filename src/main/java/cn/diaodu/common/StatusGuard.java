package cn.diaodu.common;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The state condition of a conditional write, {@code status in ('SUBMITTED','RETURNED')}, built from a workflow's
 * transition table (enum constants or fixed codes, never input), so that the check and the change are one statement.
 */
public final class StatusGuard {
    private StatusGuard() {
    }

    public static String statusIn(Collection<?> states) {
        return states.stream().map(s -> "'" + (s instanceof Enum<?> e ? e.name() : s.toString()) + "'").sorted()
                .collect(Collectors.joining(",", "status in (", ")"));
    }
}

package cn.diaodu.common;

import java.math.BigDecimal;
import java.util.List;

/** Field checks that collect every refusal of a request before answering 422. */
public final class Checks {
    private Checks() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static void requireText(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "common.error.required"));
        } else {
            maxLength(value, field, max, errors);
        }
    }

    public static void maxLength(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.trim().length() > max) {
            errors.add(FieldError.of(field, "common.error.at-most-characters", String.valueOf(max)));
        }
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "common.error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(field, "common.error.unknown-value", value));
            return null;
        }
    }

    /** A required amount in 万元: at most two decimals, not negative (or, when {@code positive}, above zero). */
    public static void money(BigDecimal value, String field, boolean positive, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "common.error.required"));
        } else if (positive && value.signum() <= 0) {
            errors.add(new FieldError(field, "common.error.must-greater-than-0"));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, "common.error.must-not-negative"));
        } else if (Money.tooPrecise(value)) {
            errors.add(new FieldError(field, "common.error.at-most-2-decimals"));
        } else if (value.compareTo(new BigDecimal("99999999999999")) > 0) {
            errors.add(new FieldError(field, "common.error.too-large"));
        }
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}

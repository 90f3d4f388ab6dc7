package cn.diaodu.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;

/** The request parameters of the log's API, page and export, checked: 422 naming the field that is wrong. */
record AuditQuery(String from, String to, String user, String kind, String objectType, String objectId) {

    AuditFilter filter() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "audit.error.must-not-before-from"));
        }
        Checks.throwIfAny(errors);
        return new AuditFilter(f, t, user, kind, objectType, objectId);
    }

    static int page(int page) {
        if (page < 0) {
            Checks.throwIfAny(List.of(new FieldError("page", "audit.error.page-must-not-negative")));
        }
        return page;
    }

    static int size(int size, int max) {
        if (size < 1 || size > max) {
            Checks.throwIfAny(List.of(FieldError.of("size", "audit.error.page-size", String.valueOf(max))));
        }
        return size;
    }

    private static LocalDate date(String s, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.trim());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.add(new FieldError(field, "audit.error.date-from-2000-2100"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "audit.error.date-yyyy-mm-dd"));
            return null;
        }
    }
}

package cn.diaodu.onboarding;

import java.util.List;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;

/** Rows of a list that lie outside the caller's region: 403, each row named, nothing written. */
final class OutOfScope extends ForbiddenException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> rows;

    OutOfScope(List<FieldError> rows) {
        super("rows outside the caller's region");
        this.rows = List.copyOf(rows);
    }

    List<FieldError> rows() {
        return rows;
    }
}

package cn.diaodu.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One refused value: the field (or spreadsheet column) and why; row only for spreadsheets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer row, String column) {
    public FieldError(String field, String message) {
        this(field, message, null, null);
    }
}

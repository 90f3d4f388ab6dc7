package cn.diaodu.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One refused value: the field (or spreadsheet column) and why, as a message key with arguments ({@link Messages});
 * row only for spreadsheets. Written as {@code {"field","message"[,"row","column"]}} with the message resolved.
 */
public record FieldError(String field, String key, Integer row, String column, List<Object> args) {
    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public FieldError(String field, String key) {
        this(field, key, null, null, List.of());
    }

    public FieldError(String field, String key, Integer row, String column) {
        this(field, key, row, column, List.of());
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, null, null, List.of(args));
    }

    /** The message in the language of the running request (Chinese outside one). */
    public String message() {
        return Messages.text(key, args);
    }

    public String message(Locale locale) {
        return Messages.text(key, args, locale);
    }

    /** The JSON form, resolved in the given locale. */
    public Map<String, Object> json(Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message(locale));
        if (row != null) {
            m.put("row", row);
        }
        if (column != null) {
            m.put("column", column);
        }
        return m;
    }

    @JsonValue
    Map<String, Object> json() {
        return json(null == org.springframework.context.i18n.LocaleContextHolder.getLocaleContext() ? null
                : org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}

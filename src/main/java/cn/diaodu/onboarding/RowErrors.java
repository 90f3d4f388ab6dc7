package cn.diaodu.onboarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;

/**
 * Every refused cell of a list, each with its row (as the spreadsheet numbers it), its column (the header as written
 * in the file), the API field it stands for and the reason: the 422 of an import lists them all, in row order.
 */
final class RowErrors {
    private final List<FieldError> errors = new ArrayList<>();
    private final ImportSheet sheet;
    private final Headers headers;

    RowErrors(ImportSheet sheet, Headers headers) {
        this.sheet = sheet;
        this.headers = headers;
    }

    void add(int row, String key, String messageKey, Object... args) {
        addAs(row, key, headers.column(key).field(), messageKey, args);
    }

    /** A refusal whose field is not the column's (a month of the monthly plan: {@code monthlyPlan[2]}). */
    void addAs(int row, String key, String field, String messageKey, Object... args) {
        String column = sheet.header(key, headers.column(key).header());
        errors.add(new FieldError(field, messageKey, row, column, List.of(args)));
    }

    /** The refusals of a service for a row, their fields mapped back to the columns ({@code fieldToKey}). */
    void addAll(int row, List<FieldError> refused, Map<String, String> fieldToKey, String otherwiseKey) {
        for (FieldError e : refused) {
            String field = e.field() == null ? "" : e.field();
            String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            String key = fieldToKey.getOrDefault(field, fieldToKey.getOrDefault(base, otherwiseKey));
            String column = sheet.header(key, headers.column(key).header());
            errors.add(new FieldError(field, e.key(), row, column, e.args()));
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    List<FieldError> list() {
        List<FieldError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row()));
        return out;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(list());
        }
    }
}

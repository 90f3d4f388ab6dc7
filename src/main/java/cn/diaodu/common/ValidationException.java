package cn.diaodu.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Invalid input: answered with 422 and the list of refused fields; nothing has been written. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid" : errors.get(0).field() + ": " + errors.get(0).key());
        this.errors = List.copyOf(errors);
    }

    /** One refused field, its message a key with arguments ({@link Messages}). */
    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, key, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first refused field and its message in the language of the running request. */
    @Override
    public String getMessage() {
        return errors.isEmpty() ? "invalid" : errors.get(0).field() + ": " + errors.get(0).message();
    }
}

package cn.diaodu.common;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A write based on a stale version, or one the current state does not allow: 409. The message is a key with arguments. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public ConflictException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the language of the running request (Chinese outside one). */
    @Override
    public String getMessage() {
        return Messages.text(key, args);
    }

    public String message(Locale locale) {
        return Messages.text(key, args, locale);
    }
}

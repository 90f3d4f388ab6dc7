package cn.diaodu.common;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action outside the caller's roles or data scope: 403. The message is a key with arguments. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public ForbiddenException(String key, Object... args) {
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

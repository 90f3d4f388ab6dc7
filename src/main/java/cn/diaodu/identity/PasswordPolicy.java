package cn.diaodu.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.diaodu.common.Messages;
import cn.diaodu.common.FieldError;

/**
 * The password policy (CONTRACT §16) for every password a person sets: at least {@code diaodu.security.min-length}
 * (8) characters, at least three of upper case, lower case, digits and other characters, not containing the username
 * (ignoring case), and at most 72 bytes in UTF-8 (bcrypt reads no further). Messages from messages-identity.
 */
@Component
class PasswordPolicy {
    static final int MAX_BYTES = 72;

    private final MessageSource messages;
    private final int minLength;

    PasswordPolicy(MessageSource messages, @Value("${diaodu.security.min-length:8}") int minLength) {
        this.messages = messages;
        this.minLength = Math.max(8, minLength);
    }

    /** Adds the refusals of {@code password} for {@code username} (null when not yet known) to {@code errors}. */
    void check(String username, String password, String field, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of(field, "password.required"));
            return;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(FieldError.of(field, "password.tooLong", MAX_BYTES));
            return;
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            errors.add(FieldError.of(field, "password.tooShort", minLength));
        }
        if (classes(password) < 3) {
            errors.add(FieldError.of(field, "password.classes"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(field, "password.containsUsername"));
        }
    }

    /** Only what bcrypt can take: for the demo accounts, which are exempt from the policy. */
    void checkStorable(String password, String field, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of(field, "password.required"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(FieldError.of(field, "password.tooLong", MAX_BYTES));
        }
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** The text of a key in the language of the running request (Accept-Language on the API). */
    String text(String key, Object... args) {
        return Messages.text(key, List.of(args));
    }
}

package cn.diaodu.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's error answers (CONTRACT §2): 422 {@code {"errors":[{"field","message"}]}}, 404, 403, 409, and never a
 * stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The 422 body, its messages in the language of the running request. */
    public static Map<String, Object> body(List<FieldError> errors) {
        return Map.of("errors", errors);
    }

    /** The 422 body, its messages resolved in the given locale. */
    public static Map<String, Object> body(List<FieldError> errors, Locale locale) {
        return Map.of("errors", errors.stream().map(e -> e.json(locale)).toList());
    }

    /** An error body; a message key is resolved in the language of the running request. */
    public static Map<String, Object> message(String message) {
        return Map.of("error", Messages.text(message, List.of()));
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e, HttpServletRequest request) {
        return ResponseEntity.unprocessableEntity().body(body(e.errors(), ApiLocale.of(request)));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.message(ApiLocale.of(request))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noRoute(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(message("not found"));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(message("forbidden"));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.message(ApiLocale.of(request))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String msg = "common.error.request-body-not-valid-json";
        if (e.getCause() instanceof JsonMappingException jme) {
            if (!jme.getPath().isEmpty()) {
                field = path(jme);
                msg = "common.error.wrong-type-format";
            }
            if (jme instanceof StrictJson.Refused r) {
                field = r.field() != null ? r.field() : field;
                msg = r.getOriginalMessage();
            }
        }
        return ResponseEntity.unprocessableEntity().body(body(List.of(new FieldError(field, msg))));
    }

    /** The JSON path of the refused value: "annualPlan", "monthlyPlan[3]", "rows[0].name". */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** A unique key taken by a concurrent write (the check before the insert passed in both): 409 naming it. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateKeyException e) {
        String field = UniqueKeys.field(e);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error",
                field == null ? Messages.text("common.error.already-exists", List.of()) : Messages.text("common.error.already-exists-field", List.of(field)), "field", field == null ? "" : field));
    }

    /** Any other value the database refuses: 422, nothing written (the transaction is rolled back). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.unprocessableEntity().body(body(List.of(new FieldError("body",
                "common.error.data-was-refused-nothing-was-saved"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParam(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.unprocessableEntity()
                .body(body(List.of(new FieldError(e.getName(), "common.error.wrong-type-format"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParam(MissingServletRequestParameterException e) {
        return ResponseEntity.unprocessableEntity()
                .body(body(List.of(new FieldError(e.getParameterName(), "common.error.required"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.unprocessableEntity()
                .body(body(List.of(new FieldError(e.getRequestPartName(), "common.error.required"))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(message("method not allowed"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(message("unsupported media type"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(message("internal error"));
    }
}

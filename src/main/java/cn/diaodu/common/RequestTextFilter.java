package cn.diaodu.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them (the sign-in form, the page forms, query parameters, uploads), request
 * parameters and uploaded file names holding a NUL or a bidirectional control ({@link InputText}): 422, with the
 * API's error body on {@code /api}, the error page elsewhere. JSON bodies are checked by {@link StrictJson}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding filter, before Spring Security (-100)
class RequestTextFilter extends OncePerRequestFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bad = refusedField(request);
        if (bad == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(422);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            JSON.writeValue(response.getOutputStream(),
                    ApiErrors.body(List.of(new FieldError(bad, InputText.CONTROL_MESSAGE)), ApiLocale.of(request)));
        } else {
            response.sendError(422);
        }
    }

    /** The first parameter or file part whose name or value holds a forbidden character, or null. */
    static String refusedField(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    if (InputText.forbidden(part.getSubmittedFileName()) || InputText.forbidden(part.getName())) {
                        return part.getName();
                    }
                }
            } catch (InvalidFileNameException e) {
                return "file"; // Tomcat's own refusal of a NUL in a file name
            } catch (IOException | ServletException | RuntimeException e) {
                if (e.getCause() instanceof InvalidFileNameException) {
                    return "file";
                }
                // too large or malformed: left to the multipart resolver, which answers it as before
                return null;
            }
        }
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (InputText.forbidden(e.getKey())) {
                return "parameter";
            }
            for (String v : e.getValue()) {
                if (InputText.forbidden(v)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}

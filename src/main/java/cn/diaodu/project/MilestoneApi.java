package cn.diaodu.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.InputText;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * Milestones (时间节点) of a project (docs/figures.md §4): {@code {"name","plannedDate","actualDate","note"}}, dates
 * as "YYYY-MM-DD". PUT changes the fields it carries; {@code "version"}, when given, must be the current one.
 */
@RestController
@RequestMapping("/api/projects/{id}/milestones")
class MilestoneApi {
    private static final Set<String> FIELDS = Set.of("name", "plannedDate", "actualDate", "note", "version");

    private final MilestoneService milestones;

    /** The body as the OpenAPI description shows it (read as JSON so that PUT can tell absent from null). */
    @Schema(name = "MilestoneBody", description = "POST: name and plannedDate required. PUT: the fields sent change, "
            + "the others keep their value; version, when given, must be the current one (409).")
    record MilestoneBody(@Schema(maxLength = 200, example = "主体结构封顶") String name,
            @Schema(type = "string", format = "date", example = "2024-09-30") LocalDate plannedDate,
            @Schema(type = "string", format = "date", nullable = true, description = "not after today")
            LocalDate actualDate,
            @Schema(maxLength = 1000, nullable = true) String note,
            @Schema(nullable = true) Integer version) {
    }

    MilestoneApi(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @GetMapping
    List<Milestone> list(@PathVariable long id) {
        return milestones.list(id, CurrentUsers.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Milestone create(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = MilestoneBody.class))) @RequestBody JsonNode body) {
        MilestoneInput in = parse(body);
        return milestones.create(id, MilestoneInput.of(in.name(), in.plannedDate(), in.actualDate(), in.note()),
                CurrentUsers.get());
    }

    @PutMapping("/{mid}")
    Milestone update(@PathVariable long id, @PathVariable long mid,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = MilestoneBody.class)))
            @RequestBody JsonNode body) {
        return milestones.update(id, mid, parse(body), CurrentUsers.get());
    }

    /** The body's fields, each checked for its type; unknown fields are ignored. */
    static MilestoneInput parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ValidationException.of("body", "project.error.body-must-json-object");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> present = new HashSet<>();
        body.fieldNames().forEachRemaining(f -> {
            if (FIELDS.contains(f)) {
                present.add(f);
            }
        });
        String name = text(body, "name", errors);
        LocalDate planned = date(body, "plannedDate", errors);
        LocalDate actual = date(body, "actualDate", errors);
        String note = text(body, "note", errors);
        Integer version = null;
        JsonNode v = body.get("version");
        if (v != null && !v.isNull()) {
            if (v.canConvertToInt() && v.isIntegralNumber()) {
                version = v.intValue();
            } else {
                errors.add(new FieldError("version", "project.error.wrong-type-format"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MilestoneInput(name, planned, actual, note, version, present);
    }

    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            errors.add(new FieldError(field, "project.error.wrong-type-format"));
            return null;
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        try {
            if (n.isTextual() && n.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(n.asText());
                if (!InputText.inRange(d)) {
                    errors.add(new FieldError(field, InputText.DATE_MESSAGE));
                    return null;
                }
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "project.error.date-must-yyyy-mm-dd"));
        return null;
    }
}

package cn.diaodu.investment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.ApiLocale;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ListPage;
import cn.diaodu.identity.CurrentUsers;

/**
 * CONTRACT §12: the leads of the attraction pipeline and their stages. {@code GET /api/investments} answers every
 * lead in the caller's scope that matches the filters, newest first; with {@code page} (from 1) it answers that page
 * of {@code size} (20, at most 500) and the total in {@code X-Total-Count}, as {@code /api/audit} does.
 */
@RestController
class InvestmentApi {
    private final InvestmentService investments;
    private final InvestmentQueries queries;
    private final InvestmentConversion conversion;

    InvestmentApi(InvestmentService investments, InvestmentQueries queries, InvestmentConversion conversion) {
        this.investments = investments;
        this.queries = queries;
        this.conversion = conversion;
    }

    @PostMapping("/api/investments")
    @ResponseStatus(HttpStatus.CREATED)
    Investment create(@RequestBody(required = false) InvestmentInput in) {
        return investments.create(in, CurrentUsers.get());
    }

    @GetMapping("/api/investments")
    List<Investment> list(@RequestParam(required = false) String year, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String responsibleUnitId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, HttpServletResponse response) {
        InvestmentFilter f = filter(year, stage, first(responsibleUnitId, unitId, unit), first(regionCode, region), q);
        List<Investment> all = queries.list(f, CurrentUsers.get());
        if (Checks.blankToNull(page) == null) {
            return all;
        }
        int p = number(page, "page", 1, Integer.MAX_VALUE);
        int s = Checks.blankToNull(size) == null ? ListPage.DEFAULT_SIZE : number(size, "size", 1, 500);
        response.setHeader("X-Total-Count", String.valueOf(all.size()));
        long from = (long) (p - 1) * s;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + s));
    }

    @GetMapping("/api/investments/{id}")
    Investment get(@PathVariable long id) {
        return investments.get(id, CurrentUsers.get());
    }

    @PostMapping("/api/investments/{id}/advance")
    Investment advance(@PathVariable long id, @RequestBody(required = false) AdvanceInput in) {
        return investments.advance(id, in, CurrentUsers.get());
    }

    @PostMapping("/api/investments/{id}/lose")
    Investment lose(@PathVariable long id, @RequestBody(required = false) LoseInput in) {
        return investments.lose(id, in, CurrentUsers.get());
    }

    /** Funds in place; before SIGNED (or once LOST) → 409 "not signed yet". */
    @PostMapping("/api/investments/{id}/funds")
    @ResponseStatus(HttpStatus.CREATED)
    Investment funds(@PathVariable long id, @RequestBody(required = false) FundsInput in) {
        return investments.funds(id, in, CurrentUsers.get());
    }

    @PostMapping("/api/investments/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Investment note(@PathVariable long id, @RequestBody(required = false) NoteInput in) {
        return investments.note(id, in, CurrentUsers.get());
    }

    /** 转为重点项目: 201 with the new project; a second call → 409 with the existing project's {@code projectId}. */
    @PostMapping("/api/investments/{id}/project")
    @ResponseStatus(HttpStatus.CREATED)
    InvestmentConversion.Conversion convert(@PathVariable long id, @RequestBody(required = false) ConvertInput in) {
        return conversion.convert(id, in, CurrentUsers.get());
    }

    @ExceptionHandler(ProjectExists.class)
    ResponseEntity<Map<String, Object>> exists(ProjectExists e, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.message(ApiLocale.of(request)));
        body.put("projectId", e.projectId());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /** The list's filters as typed; 422 naming a bad one. */
    static InvestmentFilter filter(String year, String stage, String unitId, String regionCode, String q) {
        List<FieldError> errors = new ArrayList<>();
        Integer y = null;
        if (Checks.blankToNull(year) != null) {
            y = parse(year, "year", 2000, 2100, errors);
        }
        InvestmentStage s = Checks.blankToNull(stage) == null ? null
                : Checks.parseEnum(InvestmentStage.class, stage, "stage", errors);
        Long u = null;
        if (Checks.blankToNull(unitId) != null) {
            try {
                u = Long.valueOf(unitId.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("unitId", "common.error.wrong-type-format"));
            }
        }
        Checks.throwIfAny(errors);
        return new InvestmentFilter(y, s, u, Checks.blankToNull(regionCode), Checks.blankToNull(q));
    }

    private static Integer parse(String text, String field, int min, int max, List<FieldError> errors) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                errors.add(FieldError.of(field, "investment.error.out-of-range", String.valueOf(min),
                        String.valueOf(max)));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "common.error.wrong-type-format"));
            return null;
        }
    }

    private static int number(String text, String field, int min, int max) {
        List<FieldError> errors = new ArrayList<>();
        Integer v = parse(text, field, min, max, errors);
        Checks.throwIfAny(errors);
        return v;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (Checks.blankToNull(v) != null) {
                return v;
            }
        }
        return null;
    }
}

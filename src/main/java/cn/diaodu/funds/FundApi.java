package cn.diaodu.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §13: fund applications (向上争取资金) and their stages. */
@RestController
class FundApi {
    static final int MAX_PAGE_SIZE = 500;

    private final FundService funds;

    FundApi(FundService funds) {
        this.funds = funds;
    }

    @PostMapping("/api/fund-applications")
    @ResponseStatus(HttpStatus.CREATED)
    FundApplication create(@RequestBody(required = false) FundInput in) {
        return funds.create(in, CurrentUsers.get());
    }

    /**
     * {@code ?year=&stage=&programme=&unitId=&regionCode=&q=}: the applications in the caller's scope, newest first;
     * with {@code page} (from 0) and {@code size} (1–500) one page of them. {@code X-Total-Count}: how many match.
     */
    @GetMapping("/api/fund-applications")
    List<FundApplication> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String programme,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long responsibleUnitId,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletResponse response) {
        List<FieldError> errors = new ArrayList<>();
        FundService.Filter f = new FundService.Filter(year, optional(FundStage.class, stage, "stage", errors),
                optional(Programme.class, programme, "programme", errors),
                unitId != null ? unitId : responsibleUnitId, regionCode, q);
        if (page != null && page < 0) {
            errors.add(new FieldError("page", "funds.error.page"));
        }
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            errors.add(FieldError.of("size", "funds.error.size", String.valueOf(MAX_PAGE_SIZE)));
        }
        Checks.throwIfAny(errors);
        List<FundApplication> all = funds.list(f, CurrentUsers.get());
        response.setHeader("X-Total-Count", String.valueOf(all.size()));
        if (page == null && size == null) {
            return all;
        }
        int s = size == null ? 50 : size;
        int from = (int) Math.min((long) (page == null ? 0 : page) * s, all.size());
        return all.subList(from, Math.min(from + s, all.size()));
    }

    /** An optional filter as typed: null when blank, 422 on {@code field} when not one of the codes. */
    static <E extends Enum<E>> E optional(Class<E> type, String value, String field, List<FieldError> errors) {
        if (Checks.blankToNull(value) == null) {
            return null;
        }
        return Checks.parseEnum(type, value.strip().toUpperCase(Locale.ROOT), field, errors);
    }

    /** A year typed in a page's filter: {@code otherwise} when blank or not a year of 2000–2100. */
    static int optionalYear(String s, int otherwise) {
        try {
            int y = Integer.parseInt(s == null ? "" : s.strip());
            return y >= 2000 && y <= 2100 ? y : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    @GetMapping("/api/fund-applications/{id}")
    FundApplication get(@PathVariable long id) {
        return funds.get(id, CurrentUsers.get());
    }

    @PutMapping("/api/fund-applications/{id}")
    FundApplication update(@PathVariable long id, @RequestBody(required = false) FundInput in) {
        return funds.update(id, in, CurrentUsers.get());
    }

    @PostMapping("/api/fund-applications/{id}/advance")
    FundApplication advance(@PathVariable long id, @RequestBody(required = false) AdvanceInput in) {
        return funds.advance(id, in, CurrentUsers.get());
    }
}

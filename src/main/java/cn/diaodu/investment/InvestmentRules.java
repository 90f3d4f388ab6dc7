package cn.diaodu.investment;

import static cn.diaodu.common.Checks.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.InputText;
import cn.diaodu.organisation.OrganisationService;

/** The field checks of a lead's input (422 naming each refused field, every refusal collected first). */
final class InvestmentRules {
    static final int MAX_NAME = 200;
    static final int MAX_PERSON = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_NOTE = 1000;

    private InvestmentRules() {
    }

    /** The refusals of a new lead's fields; {@code today} bounds its date. */
    static List<FieldError> ofNew(InvestmentInput in, LocalDate today, OrganisationService organisation) {
        List<FieldError> errors = new ArrayList<>();
        requireText(in.name(), "name", MAX_NAME, errors);
        InputText.check(in.name(), "name", errors);
        requireText(in.investor(), "investor", MAX_NAME, errors);
        InputText.check(in.investor(), "investor", errors);
        parseEnum(InvestmentOrigin.class, in.origin(), "origin", errors);
        maxLength(in.industry(), "industry", MAX_PERSON, errors);
        money(in.plannedInvestment(), "plannedInvestment", true, errors);
        if (blankToNull(in.regionCode()) == null) {
            errors.add(new FieldError("regionCode", "common.error.required"));
        } else if (organisation.region(in.regionCode().trim()).isEmpty()) {
            errors.add(FieldError.of("regionCode", "investment.error.unknown-region", in.regionCode()));
        }
        if (in.responsibleUnitId() == null) {
            errors.add(new FieldError("responsibleUnitId", "common.error.required"));
        } else if (organisation.unit(in.responsibleUnitId()).isEmpty()) {
            errors.add(FieldError.of("responsibleUnitId", "investment.error.unknown-unit",
                    String.valueOf(in.responsibleUnitId())));
        }
        maxLength(in.negotiator(), "negotiator", MAX_PERSON, errors);
        maxLength(in.informant(), "informant", MAX_PERSON, errors);
        for (String[] f : new String[][] {{in.industry(), "industry"}, {in.negotiator(), "negotiator"},
                {in.informant(), "informant"}}) {
            InputText.check(f[0], f[1], errors);
        }
        notAfterToday(in.date(), "date", today, errors);
        return errors;
    }

    /** A date that must be given and must not lie after today. */
    static void requiredDate(LocalDate d, String field, LocalDate today, List<FieldError> errors) {
        if (d == null) {
            errors.add(new FieldError(field, "common.error.required"));
        } else {
            notAfterToday(d, field, today, errors);
        }
    }

    static void notAfterToday(LocalDate d, String field, LocalDate today, List<FieldError> errors) {
        if (d == null) {
            return;
        }
        if (!InputText.inRange(d)) {
            errors.add(new FieldError(field, InputText.DATE_MESSAGE));
        } else if (d.isAfter(today)) {
            errors.add(FieldError.of(field, "investment.error.after-today", today.toString()));
        }
    }

    static void optionalText(String value, String field, int max, List<FieldError> errors) {
        maxLength(value, field, max, errors);
        InputText.check(value, field, errors);
    }
}

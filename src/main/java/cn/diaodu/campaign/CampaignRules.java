package cn.diaodu.campaign;

import static cn.diaodu.common.Checks.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.InputText;
import cn.diaodu.organisation.OrganisationService;

/** The refusals of a new campaign's fields (422 naming each one). */
final class CampaignRules {
    static final Pattern DEADLINE = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    static final int MAX_FIELDS = 40;

    private CampaignRules() {
    }

    static List<FieldError> ofNew(CampaignInput in, OrganisationService organisation) {
        List<FieldError> errors = new ArrayList<>();
        requireText(in.name(), "name", 200, errors);
        InputText.check(in.name(), "name", errors);
        if (blankToNull(in.kind()) == null) {
            errors.add(new FieldError("kind", "common.error.required"));
        } else {
            parseEnum(CampaignKind.class, in.kind(), "kind", errors);
        }
        if (in.from() == null) {
            errors.add(new FieldError("from", "common.error.required"));
        } else {
            InputText.checkDate(in.from(), "from", errors);
        }
        if (in.to() != null) {
            InputText.checkDate(in.to(), "to", errors);
            if (in.from() != null && in.to().isBefore(in.from())) {
                errors.add(FieldError.of("to", "campaign.error.to-before-from", in.from().toString()));
            }
        }
        if (blankToNull(in.deadline()) == null) {
            errors.add(new FieldError("deadline", "common.error.required"));
        } else if (!DEADLINE.matcher(in.deadline().trim()).matches()) {
            errors.add(FieldError.of("deadline", "campaign.error.deadline", in.deadline()));
        }
        units(in.unitIds(), organisation, errors);
        fields(in.fields(), errors);
        return errors;
    }

    private static void units(List<Long> ids, OrganisationService organisation, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            errors.add(new FieldError("unitIds", "campaign.error.no-units"));
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "unitIds[" + i + "]";
            if (id == null || organisation.unit(id).isEmpty()) {
                errors.add(FieldError.of(field, "campaign.error.unknown-unit", String.valueOf(id)));
            } else if (!seen.add(id)) {
                errors.add(FieldError.of(field, "campaign.error.duplicate-unit", String.valueOf(id)));
            }
        }
    }

    private static void fields(List<CampaignInput.FieldInput> fields, List<FieldError> errors) {
        if (fields == null) {
            return;
        }
        if (fields.size() > MAX_FIELDS) {
            errors.add(FieldError.of("fields", "campaign.error.too-many-fields", String.valueOf(MAX_FIELDS)));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            CampaignInput.FieldInput f = fields.get(i);
            String at = "fields[" + i + "].";
            if (f == null) {
                errors.add(new FieldError("fields[" + i + "]", "common.error.required"));
                continue;
            }
            if (blankToNull(f.code()) == null) {
                errors.add(new FieldError(at + "code", "common.error.required"));
            } else if (!CODE.matcher(f.code().trim()).matches()) {
                errors.add(FieldError.of(at + "code", "campaign.error.code", f.code()));
            } else if (!codes.add(f.code().trim())) {
                errors.add(FieldError.of(at + "code", "campaign.error.duplicate-code", f.code()));
            }
            requireText(f.name(), at + "name", 100, errors);
            InputText.check(f.name(), at + "name", errors);
            if (blankToNull(f.type()) == null) {
                errors.add(new FieldError(at + "type", "common.error.required"));
            } else {
                parseEnum(FieldType.class, f.type(), at + "type", errors);
            }
        }
    }
}

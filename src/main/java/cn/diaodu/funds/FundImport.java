package cn.diaodu.funds;

import static cn.diaodu.funds.FundSheet.Col;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Money;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * The offices' own lists of fund applications from Excel (issue 13 point 5): every row checked (unknown unit or
 * project, programme or stage; a missing name; a negative amount; a date after today; 下达资金 missing for 已下达 …),
 * every bad cell listed with its row and column (422), and nothing written unless all rows are valid; then each row is
 * entered and moved to its stage through {@link FundService} in one transaction, so that every rule and audit entry
 * of the API holds (a stage skipped takes the row's date).
 */
@Service
class FundImport {
    private static final Map<String, Col> FIELD_COLUMN = Map.of("name", Col.NAME, "programme", Col.PROGRAMME,
            "totalInvestment", Col.TOTAL, "requested", Col.REQUESTED, "responsibleUnitId", Col.UNIT, "projectId",
            Col.PROJECT, "stage", Col.STAGE, "obtained", Col.OBTAINED, "date", Col.DATE);

    private final FundService funds;
    private final FundAccess access;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final AppClock clock;

    FundImport(FundService funds, FundAccess access, OrganisationService organisation, ProjectService projects,
            AppClock clock) {
        this.funds = funds;
        this.access = access;
        this.organisation = organisation;
        this.projects = projects;
        this.clock = clock;
    }

    private record Draft(int row, FundInput input, FundStage stage, BigDecimal obtained) {
    }

    /** Imports the list as applications of {@code year}: the number entered. */
    @Transactional
    public int importFile(Integer year, Path file, CurrentUser user) {
        if (!FundAccess.writesAny(user)) {
            throw new ForbiddenException("fund applications are entered by the project office or the unit");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw ValidationException.of("year", "funds.error.year-range");
        }
        FundSheet sheet = FundSheet.read(file);
        List<Unit> units = organisation.units();
        List<Project> ofYear = projects.list(ProjectFilter.ofYear(year), user);
        List<FieldError> errors = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (FundSheet.Line l : sheet.lines) {
            Draft d = check(sheet, l, year, units, ofYear, user, errors);
            if (d != null) {
                drafts.add(d);
            }
        }
        throwSorted(errors);
        for (Draft d : drafts) {
            try {
                FundApplication a = funds.create(d.input(), user);
                if (d.stage() == FundStage.REJECTED) {
                    funds.advance(a.id(), new AdvanceInput("SUBMITTED", d.input().date(), null, null), user);
                }
                if (d.stage() != FundStage.RESERVE) {
                    funds.advance(a.id(), new AdvanceInput(d.stage().name(), d.input().date(), d.obtained(), null),
                            user);
                }
            } catch (ValidationException e) {
                for (FieldError f : e.errors()) {
                    Col c = FIELD_COLUMN.getOrDefault(f.field(), Col.NAME);
                    errors.add(new FieldError(f.field(), f.key(), d.row(), sheet.header(c), f.args()));
                }
            }
        }
        throwSorted(errors);
        return drafts.size();
    }

    private static void throwSorted(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::row));
            throw new ValidationException(errors);
        }
    }

    /** The row's application, or null with its refused cells added to {@code errors}. */
    private Draft check(FundSheet sheet, FundSheet.Line l, int year, List<Unit> units, List<Project> ofYear,
            CurrentUser user, List<FieldError> errors) {
        int before = errors.size();
        Refusals r = (col, field, key, args) -> errors.add(new FieldError(field, key, l.row(), sheet.header(col),
                List.of(args)));
        String name = FundSheet.text(l.cell(Col.NAME));
        if (name.isEmpty()) {
            r.add(Col.NAME, "name", "common.error.required");
        } else if (name.length() > FundService.MAX_NAME) {
            r.add(Col.NAME, "name", "common.error.at-most-characters", String.valueOf(FundService.MAX_NAME));
        }
        String pText = FundSheet.text(l.cell(Col.PROGRAMME));
        Programme programme = Programme.parse(pText);
        if (programme == null) {
            r.add(Col.PROGRAMME, "programme", pText.isEmpty() ? "common.error.required" : "funds.import.unknown-programme",
                    pText);
        }
        BigDecimal total = amount(l, Col.TOTAL, "totalInvestment", true, r);
        BigDecimal requested = amount(l, Col.REQUESTED, "requested", true, r);
        String uText = FundSheet.text(l.cell(Col.UNIT));
        List<Unit> named = units.stream().filter(u -> u.name().equals(uText)).toList();
        Unit unit = named.size() == 1 ? named.get(0) : null;
        if (uText.isEmpty()) {
            r.add(Col.UNIT, "responsibleUnitId", "common.error.required");
        } else if (named.isEmpty()) {
            r.add(Col.UNIT, "responsibleUnitId", "funds.import.unknown-unit", uText);
        } else if (named.size() > 1) {
            r.add(Col.UNIT, "responsibleUnitId", "funds.import.ambiguous-unit", uText);
        }
        String prText = FundSheet.text(l.cell(Col.PROJECT));
        Project project = null;
        if (!prText.isEmpty()) {
            List<Project> ps = ofYear.stream().filter(p -> p.name().equals(prText) || prText.equals(p.code())).toList();
            if (ps.size() == 1) {
                project = ps.get(0);
            } else {
                r.add(Col.PROJECT, "projectId", ps.isEmpty() ? "funds.import.unknown-project"
                        : "funds.import.ambiguous-project", prText, String.valueOf(year));
            }
        }
        if (unit != null && (prText.isEmpty() || project != null) && !access.canWrite(user, unit.id(),
                project != null ? project.regionCode() : unit.regionCode())) {
            r.add(Col.UNIT, "responsibleUnitId", "funds.import.outside-scope", uText);
        }
        String sText = FundSheet.text(l.cell(Col.STAGE));
        FundStage stage = sText.isEmpty() ? FundStage.RESERVE : FundStage.parse(sText);
        if (stage == null) {
            r.add(Col.STAGE, "stage", "funds.import.unknown-stage", sText);
        }
        BigDecimal obtained = amount(l, Col.OBTAINED, "obtained", stage == FundStage.APPROVED, r);
        if (obtained != null && stage != null && stage != FundStage.APPROVED) {
            r.add(Col.OBTAINED, "obtained", "funds.import.obtained-only-approved");
        }
        LocalDate date = clock.today();
        if (l.cell(Col.DATE) != null) {
            date = sheet.date(l.cell(Col.DATE));
            if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
                r.add(Col.DATE, "date", "funds.import.bad-date", FundSheet.text(l.cell(Col.DATE)));
            } else if (date.isAfter(clock.today())) {
                r.add(Col.DATE, "date", "funds.error.date-after-today", clock.today().toString());
            }
        }
        if (errors.size() > before) {
            return null;
        }
        FundInput in = new FundInput(name, year, programme.name(), total, requested, unit.id(),
                project == null ? null : project.id(), date, null);
        return new Draft(l.row(), in, stage, obtained);
    }

    @FunctionalInterface
    private interface Refusals {
        void add(Col col, String field, String key, Object... args);
    }

    /** An amount of the row: required when {@code required}, a number, not negative, two decimals at most. */
    private static BigDecimal amount(FundSheet.Line l, Col col, String field, boolean required, Refusals r) {
        if (l.cell(col) == null) {
            if (required) {
                r.add(col, field, "common.error.required");
            }
            return null;
        }
        BigDecimal v = FundSheet.amount(l.cell(col));
        if (v == null) {
            r.add(col, field, "funds.import.not-a-number", FundSheet.text(l.cell(col)));
        } else if (v.signum() < 0) {
            r.add(col, field, "common.error.must-not-negative");
        } else if (Money.tooPrecise(v)) {
            r.add(col, field, "common.error.at-most-2-decimals");
        }
        return v;
    }
}

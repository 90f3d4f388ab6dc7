package cn.diaodu.assessment.economy;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.assessment.AssessmentService;
import cn.diaodu.assessment.Scoring;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/**
 * Economic indicators (经济运行, issue 14 point 6): the project office enters, per region and month, an indicator's
 * amount for months 1..M, its target and last year's amount (entering again replaces; audited); whoever reads the
 * assessments reads them, for the regions in their scope, ranked by growth.
 */
@Service
public class EconomyService {
    private static final BigDecimal MAX = new BigDecimal("99999999999999");
    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    EconomyService(JdbcClient jdbc, OrganisationService organisation, ApplicationEventPublisher events,
            AppClock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Enters the figures: a dispatcher whose region covers the region. */
    @Transactional
    public EconomicValue put(EconomicInput in, CurrentUser user) {
        if (!user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("economy");
        }
        EconomicInput input = in == null ? new EconomicInput(null, null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        RegionTree tree = organisation.regionTree();
        String region = blankToNull(input.regionCode());
        if (region == null) {
            errors.add(new FieldError("regionCode", "common.error.required"));
        } else if (!tree.contains(region)) {
            errors.add(new FieldError("regionCode", "analysis.error.unknown-region"));
        } else if (!tree.covers(user.regionCode(), region)) {
            throw new ForbiddenException("region " + region);
        }
        Period period = null;
        try {
            period = Period.parse(input.period(), "period");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        EconomicIndicator indicator = parseEnum(EconomicIndicator.class, input.indicator(), "indicator", errors);
        money(input.value(), "value", false, errors);
        optionalPositive(input.target(), "target", errors);
        optionalPositive(input.lastYear(), "lastYear", errors);
        throwIfAny(errors);
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update economic_value set amount = ?, target = ?, last_year = ?, entered_by = ?, "
                + "entered_at = ? where region_code = ? and value_year = ? and value_month = ? and indicator = ?")
                .params(input.value(), input.target(), input.lastYear(), user.username(), now, region, period.year(),
                        period.month(), indicator.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into economic_value(region_code, value_year, value_month, indicator, amount, target, "
                    + "last_year, entered_by, entered_at) values (?,?,?,?,?,?,?,?,?)")
                    .params(region, period.year(), period.month(), indicator.name(), input.value(), input.target(),
                            input.lastYear(), user.username(), now).update();
        }
        events.publishEvent(AuditRecord.of("ECONOMY_VALUE", "ECONOMY", region + "/" + period + "/" + indicator.name(),
                tree.get(region).name()).withChanges(List.of(new AuditRecord.Change("value", null,
                        AuditRecord.text(input.value())))));
        return rows(period, indicator).stream().filter(v -> v.regionCode().equals(region)).findFirst().orElseThrow();
    }

    private static void optionalPositive(BigDecimal v, String field, List<FieldError> errors) {
        if (v != null) {
            money(v, field, true, errors);
        }
    }

    /** The regions' figures for the period and indicator in the user's scope, by growth (1, 2, 2, 4). */
    public List<EconomicValue> list(Period period, EconomicIndicator indicator, CurrentUser user) {
        if (!AssessmentService.assesses(user)) {
            throw new ForbiddenException("economy");
        }
        RegionTree tree = organisation.regionTree();
        return ranked(rows(period, indicator).stream()
                .filter(v -> tree.covers(user.regionCode(), v.regionCode())).toList());
    }

    /** Every region's figures for the period and indicator (for the assessment sources), by region code. */
    public Map<String, EconomicValue> byRegion(Period period, EconomicIndicator indicator) {
        Map<String, EconomicValue> out = new LinkedHashMap<>();
        rows(period, indicator).forEach(v -> out.put(v.regionCode(), v));
        return out;
    }

    static List<EconomicValue> ranked(List<EconomicValue> rows) {
        Map<String, BigDecimal> growth = new LinkedHashMap<>();
        rows.forEach(v -> growth.put(v.regionCode(), v.growth()));
        Map<String, Integer> ranks = Scoring.ranks(growth);
        return rows.stream().map(v -> v.ranked(ranks.get(v.regionCode())))
                .sorted(Comparator.comparing(EconomicValue::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<EconomicValue> rows(Period period, EconomicIndicator indicator) {
        RegionTree tree = organisation.regionTree();
        return jdbc.sql("select region_code, amount, target, last_year, entered_by, entered_at from economic_value "
                + "where value_year = ? and value_month = ? and indicator = ? order by region_code")
                .params(period.year(), period.month(), indicator.name())
                .query((ResultSet rs, int i) -> row(rs, tree, period, indicator)).list();
    }

    private static EconomicValue row(ResultSet rs, RegionTree tree, Period period, EconomicIndicator indicator)
            throws SQLException {
        String code = rs.getString(1);
        BigDecimal value = rs.getBigDecimal(2);
        BigDecimal target = rs.getBigDecimal(3);
        BigDecimal last = rs.getBigDecimal(4);
        OffsetDateTime at = rs.getObject(6, OffsetDateTime.class);
        return new EconomicValue(code, tree.contains(code) ? tree.get(code).name() : code, period.toString(),
                indicator, value, target, last, EconomicFigures.growth(value, last),
                EconomicFigures.completion(value, target), EconomicFigures.gap(value, target, last), null,
                rs.getString(5), at == null ? null : at.atZoneSameInstant(AppClock.ZONE).toOffsetDateTime());
    }
}

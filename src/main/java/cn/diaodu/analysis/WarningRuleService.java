package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/** The configured warning thresholds: read for every figure, changed by an administrator, every change audited. */
@Service
public class WarningRuleService {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    public WarningRuleService(JdbcClient jdbc, ApplicationEventPublisher events, AppClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public WarningRules current() {
        return jdbc.sql("select red_gap, yellow_gap, red_late_start_days from warning_rule where id = 1")
                .query((rs, i) -> new WarningRules(rs.getBigDecimal(1).stripTrailingZeros(),
                        rs.getBigDecimal(2).stripTrailingZeros(), rs.getInt(3)))
                .optional().orElse(WarningRules.DEFAULT);
    }

    /** Replaces the thresholds: red below yellow, both between −100 and 0 with two decimals; days 0 to 366. */
    @Transactional
    public WarningRules update(WarningRules in, CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("warning rules are set by an administrator");
        }
        List<FieldError> errors = new ArrayList<>();
        check(in.redGap(), "redGap", errors);
        check(in.yellowGap(), "yellowGap", errors);
        if (errors.isEmpty() && in.redGap().compareTo(in.yellowGap()) >= 0) {
            errors.add(new FieldError("redGap", "analysis.error.red-must-below-yellow"));
        }
        if (in.redLateStartDays() < 0 || in.redLateStartDays() > 366) {
            errors.add(new FieldError("redLateStartDays", "analysis.error.0-366-days"));
        }
        Checks.throwIfAny(errors);
        WarningRules old = current();
        jdbc.sql("update warning_rule set red_gap = ?, yellow_gap = ?, red_late_start_days = ?, updated_by = ?, "
                + "updated_at = ? where id = 1")
                .params(in.redGap(), in.yellowGap(), in.redLateStartDays(), user.username(), clock.now()).update();
        WarningRules now = current();
        events.publishEvent(AuditRecord.of("WARNING_RULES", "WARNING_RULE", 1, null)
                .withChanges(AuditRecord.changes(old, now)).by(user.username()));
        return now;
    }

    private static void check(BigDecimal v, String field, List<FieldError> errors) {
        if (v == null) {
            errors.add(new FieldError(field, "analysis.error.required"));
        } else if (v.compareTo(BigDecimal.valueOf(-100)) < 0 || v.signum() > 0) {
            errors.add(new FieldError(field, "analysis.error.must-between-100-0"));
        } else if (v.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "analysis.error.most-2-decimals"));
        }
    }
}

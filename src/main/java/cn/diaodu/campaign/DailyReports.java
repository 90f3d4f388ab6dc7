package cn.diaodu.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The daily reports of a campaign (日报告 / 零报告, CONTRACT §15): a unit's reporter puts the day's figures or a zero
 * report; a report after the day's deadline (Beijing time) is accepted and marked late; putting the day again
 * replaces it (and is judged late or not anew). The day's summary counts and totals them.
 */
@Service
public class DailyReports {
    private final CampaignService campaigns;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    DailyReports(CampaignService campaigns, JdbcClient jdbc, ApplicationEventPublisher events, AppClock clock) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DailyReport put(long campaignId, LocalDate day, DailyReportInput in, CurrentUser user) {
        return putAsOf(campaignId, day, in, user, clock.now());
    }

    /**
     * A report received earlier by other means (the paper or group-chat register, the demo city), with the moment it
     * was received: late ⇔ that moment is after the day's deadline.
     */
    @Transactional
    public DailyReport putAsOf(long campaignId, LocalDate day, DailyReportInput in, CurrentUser user,
            OffsetDateTime receivedAt) {
        Campaign c = campaigns.get(campaignId, user);
        DailyReportInput input = in == null ? new DailyReportInput(null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        if (input.unitId() == null) {
            errors.add(new FieldError("unitId", "common.error.required"));
        } else if (!c.hasUnit(input.unitId())) {
            errors.add(FieldError.of("unitId", "campaign.error.not-a-unit", String.valueOf(input.unitId())));
        }
        LocalDate today = clock.today();
        if (!c.covers(day)) {
            errors.add(FieldError.of("date", "campaign.error.day-outside", day.toString()));
        } else if (day.isAfter(today)) {
            errors.add(FieldError.of("date", "campaign.error.day-future", today.toString()));
        }
        boolean zero = Boolean.TRUE.equals(input.zero());
        Map<String, ReportValues.Value> values = ReportValues.check(c, input.values(), zero, errors);
        Checks.throwIfAny(errors);
        if (!CampaignAccess.reportsFor(user, input.unitId())) {
            throw new ForbiddenException("reports of unit " + input.unitId());
        }
        OffsetDateTime now = receivedAt;
        boolean late = now.toInstant().isAfter(c.dueAt(day).toInstant());
        jdbc.sql("delete from campaign_report_value where campaign_id = ? and unit_id = ? and report_date = ?")
                .params(campaignId, input.unitId(), day).update();
        int updated = jdbc.sql("update campaign_report set zero = ?, late = ?, submitted_by = ?, submitted_at = ? "
                + "where campaign_id = ? and unit_id = ? and report_date = ?")
                .params(zero, late, user.username(), now, campaignId, input.unitId(), day).update();
        if (updated == 0) {
            jdbc.sql("insert into campaign_report(campaign_id, unit_id, report_date, zero, late, submitted_by, "
                    + "submitted_at) values (?,?,?,?,?,?,?)")
                    .params(campaignId, input.unitId(), day, zero, late, user.username(), now).update();
        }
        for (var e : values.entrySet()) {
            jdbc.sql("insert into campaign_report_value(campaign_id, unit_id, report_date, code, number_value, "
                    + "text_value) values (?,?,?,?,?,?)").params(campaignId, input.unitId(), day, e.getKey(),
                    e.getValue().number(), e.getValue().text()).update();
        }
        String unitName = c.units().stream().filter(u -> u.unitId() == input.unitId()).findFirst()
                .map(UnitRef::unitName).orElse("");
        events.publishEvent(AuditRecord.of(zero ? "CAMPAIGN_ZERO_REPORT" : "CAMPAIGN_REPORT", "CAMPAIGN",
                campaignId + "/" + input.unitId() + "/" + day, c.name())
                .withNote(unitName + (late ? "（迟报）" : "")).by(user.username()));
        return reportsOf(c, day).get(input.unitId());
    }

    /** The day's reports by unit. */
    Map<Long, DailyReport> reportsOf(Campaign c, LocalDate day) {
        Map<Long, String> names = new HashMap<>();
        c.units().forEach(u -> names.put(u.unitId(), u.unitName()));
        Map<Long, Map<String, Object>> values = new HashMap<>();
        jdbc.sql("select unit_id, code, number_value, text_value from campaign_report_value where campaign_id = ? "
                + "and report_date = ?").params(c.id(), day)
                .query((rs, i) -> {
                    BigDecimal n = rs.getBigDecimal(3);
                    return values.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            n != null ? plain(n) : rs.getString(4));
                }).list();
        Map<Long, DailyReport> out = new LinkedHashMap<>();
        jdbc.sql("select unit_id, zero, late, submitted_by, submitted_at from campaign_report where campaign_id = ? "
                + "and report_date = ? order by unit_id").params(c.id(), day)
                .query((rs, i) -> out.put(rs.getLong(1), new DailyReport(c.id(), rs.getLong(1),
                        names.getOrDefault(rs.getLong(1), ""), day, rs.getBoolean(2), rs.getBoolean(3),
                        values.getOrDefault(rs.getLong(1), Map.of()), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))).list();
        return out;
    }

    /** The day's summary (CONTRACT §15). */
    public DaySummary day(long campaignId, LocalDate day, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        if (!c.covers(day)) {
            throw cn.diaodu.common.ValidationException.of("date", "campaign.error.day-outside", day.toString());
        }
        return summary(c, reportsOf(c, day));
    }

    /** 12.5000 → 12.5, 30.0000 → 30. */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static DaySummary summary(Campaign c, Map<Long, DailyReport> reports) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        c.fields().stream().filter(f -> f.type() == FieldType.NUMBER).forEach(f -> totals.put(f.code(),
                BigDecimal.ZERO));
        int zero = 0;
        int late = 0;
        List<UnitRef> missing = new ArrayList<>();
        for (UnitRef u : c.units()) {
            DailyReport r = reports.get(u.unitId());
            if (r == null) {
                missing.add(u);
                continue;
            }
            zero += r.zero() ? 1 : 0;
            late += r.late() ? 1 : 0;
            for (var e : r.values().entrySet()) {
                if (totals.containsKey(e.getKey()) && e.getValue() instanceof BigDecimal n) {
                    totals.merge(e.getKey(), n, (a, b) -> plain(a.add(b)));
                }
            }
        }
        int reported = c.units().size() - missing.size();
        return new DaySummary(c.units().size(), reported, zero, late, missing.size(), totals, List.copyOf(missing));
    }
}

package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.PeriodClosed;
import cn.diaodu.reporting.PeriodReopened;
import cn.diaodu.reporting.ReportService;

/**
 * The month snapshot (月度快照, docs/figures.md §7): closing a period records, in the closing transaction, every
 * project of the year as it stood, what each had completed through the month and the warning thresholds; reopening
 * drops the record, and closing again records the month anew. The listeners are synchronous, so the record is taken
 * exactly once with the close, or not at all.
 */
@Component
public class MonthSnapshots {
    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ReportService reports;
    private final WarningRuleService rules;
    private final AppClock clock;
    private final ObjectMapper json;

    MonthSnapshots(JdbcClient jdbc, ProjectService projects, ReportService reports, WarningRuleService rules,
            AppClock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.reports = reports;
        this.rules = rules;
        this.clock = clock;
        this.json = json;
    }

    /** What a closed month's figures are computed from. */
    public record Frozen(String period, OffsetDateTime takenAt, List<Project> projects,
            Map<Long, BigDecimal> completed, WarningRules rules) {
    }

    @EventListener
    void closed(PeriodClosed e) {
        take(Period.parse(e.period(), "period"));
    }

    @EventListener
    void reopened(PeriodReopened e) {
        jdbc.sql("delete from month_snapshot where period = ?").param(e.period()).update();
    }

    void take(Period period) {
        String key = period.toString();
        jdbc.sql("delete from month_snapshot where period = ?").param(key).update();
        WarningRules r = rules.current();
        jdbc.sql("insert into month_snapshot(period, taken_at, red_gap, yellow_gap, red_late_start_days) "
                + "values (?,?,?,?,?)").params(key, clock.now(), r.redGap(), r.yellowGap(), r.redLateStartDays())
                .update();
        Map<Long, BigDecimal> completed = reports.completedThrough(period.year(), period.month());
        for (Project p : projects.ofYear(period.year())) {
            jdbc.sql("insert into month_snapshot_project(period, project_id, project, completed) values (?,?,?,?)")
                    .params(key, p.id(), write(p), completed.get(p.id())).update();
        }
    }

    /** The record of a closed month, when the month's period is closed. */
    public Optional<Frozen> frozen(int year, int month) {
        return frozen(year, month, null);
    }

    /** The record of one project in a closed month (no projects when it was not in the month's record). */
    Optional<Frozen> frozenProject(int year, int month, long projectId) {
        return frozen(year, month, projectId);
    }

    /** The thresholds in force when the month was frozen. */
    Optional<WarningRules> rulesAt(int year, int month) {
        return jdbc.sql("select red_gap, yellow_gap, red_late_start_days from month_snapshot where period = ?")
                .param(String.format("%04d-%02d", year, month))
                .query((rs, i) -> new WarningRules(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3)))
                .optional();
    }

    private Optional<Frozen> frozen(int year, int month, Long onlyProject) {
        String key = String.format("%04d-%02d", year, month);
        Optional<Frozen> head = jdbc.sql("select taken_at, red_gap, yellow_gap, red_late_start_days from month_snapshot "
                + "where period = ?").param(key)
                .query((rs, i) -> new Frozen(key, rs.getObject(1, OffsetDateTime.class), List.of(), Map.of(),
                        new WarningRules(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4))))
                .optional();
        if (head.isEmpty()) {
            return head;
        }
        List<Project> list = new ArrayList<>();
        Map<Long, BigDecimal> completed = new HashMap<>();
        String sql = "select project_id, project, completed from month_snapshot_project where period = :period"
                + (onlyProject == null ? "" : " and project_id = :id");
        var spec = jdbc.sql(sql).param("period", key);
        if (onlyProject != null) {
            spec = spec.param("id", onlyProject);
        }
        spec.query(rs -> {
                    list.add(read(rs.getString(2)));
                    BigDecimal c = rs.getBigDecimal(3);
                    if (c != null) {
                        completed.put(rs.getLong(1), c);
                    }
                });
        list.sort(java.util.Comparator.comparing(Project::code));
        Frozen h = head.get();
        return Optional.of(new Frozen(key, h.takenAt(), list, completed, h.rules()));
    }

    /** When the month was frozen, without reading its projects. */
    public Optional<OffsetDateTime> takenAt(int year, int month) {
        return jdbc.sql("select taken_at from month_snapshot where period = ?")
                .param(String.format("%04d-%02d", year, month)).query(OffsetDateTime.class).optional();
    }

    private String write(Project p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Project read(String text) {
        try {
            return json.readValue(text, Project.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

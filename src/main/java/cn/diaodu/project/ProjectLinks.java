package cn.diaodu.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.Money;

/**
 * The project's rows in other tables: its cooperating units (配合部门) and its funding plan by source, read for many
 * projects in one query each and replaced as a whole on save.
 */
@Component
class ProjectLinks {
    private final JdbcClient jdbc;

    ProjectLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The projects with their cooperating units and funding lines. */
    List<Project> complete(List<Project> projects) {
        if (projects.isEmpty()) {
            return projects;
        }
        Map<Long, List<Long>> units = new HashMap<>();
        Map<Long, List<FundingLine>> lines = new HashMap<>();
        List<Long> ids = projects.stream().map(Project::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("select project_id, unit_id from project_cooperating_unit where project_id in (:ids) "
                    + "order by project_id, unit_id").param("ids", chunk)
                    .query(rs -> {
                        units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
            jdbc.sql("select project_id, source, planned, in_place from project_funding where project_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new FundingLine(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    });
        }
        List<Project> out = new ArrayList<>(projects.size());
        for (Project p : projects) {
            List<FundingLine> f = new ArrayList<>(lines.getOrDefault(p.id(), List.of()));
            f.sort((a, b) -> FundingSource.valueOf(a.source()).compareTo(FundingSource.valueOf(b.source())));
            out.add(p.withLinks(units.getOrDefault(p.id(), List.of()), f));
        }
        return out;
    }

    /** Replaces the project's cooperating units and funding lines with those of the body (null: none). */
    void save(long projectId, ProjectInput in) {
        jdbc.sql("delete from project_cooperating_unit where project_id = ?").param(projectId).update();
        if (in.cooperatingUnitIds() != null) {
            for (Long unit : in.cooperatingUnitIds()) {
                jdbc.sql("insert into project_cooperating_unit(project_id, unit_id) values (?,?)")
                        .params(projectId, unit).update();
            }
        }
        jdbc.sql("delete from project_funding where project_id = ?").param(projectId).update();
        if (in.funding() != null) {
            for (FundingLine line : in.funding()) {
                BigDecimal inPlace = line.inPlace() == null ? null : Money.of(line.inPlace());
                jdbc.sql("insert into project_funding(project_id, source, planned, in_place) values (?,?,?,?)")
                        .params(projectId, line.source().trim(), Money.of(line.planned()), inPlace).update();
            }
        }
    }
}

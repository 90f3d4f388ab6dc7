package cn.diaodu.funds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * Stored rows as the API shows them: the names of the unit and the project, the region (the project's, else the
 * unit's), the stages reached with their dates. The units and projects are read once per list.
 */
@Component
class FundViews {
    private final OrganisationService organisation;
    private final ProjectService projects;

    FundViews(OrganisationService organisation, ProjectService projects) {
        this.organisation = organisation;
        this.projects = projects;
    }

    FundApplication of(FundStore.Row r) {
        return of(List.of(r)).get(0);
    }

    List<FundApplication> of(Collection<FundStore.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.projectId() != null) {
                ids.add(r.projectId());
            }
        });
        Map<Long, Project> byId = ids.isEmpty() ? Map.of() : projects.byIds(ids);
        List<FundApplication> out = new ArrayList<>(rows.size());
        for (FundStore.Row r : rows) {
            out.add(view(r, units.get(r.unitId()), r.projectId() == null ? null : byId.get(r.projectId())));
        }
        return out;
    }

    static FundApplication view(FundStore.Row r, Unit unit, Project project) {
        List<FundApplication.StageDate> stages = new ArrayList<>();
        r.dates().forEach((s, d) -> stages.add(new FundApplication.StageDate(s, s.label(), d)));
        String region = project != null ? project.regionCode() : unit == null ? null : unit.regionCode();
        return new FundApplication(r.id(), r.name(), r.year(), r.programme(), r.programme().label(),
                r.totalInvestment(), r.requested(), r.obtained(), r.unitId(), unit == null ? null : unit.name(),
                r.projectId(), project == null ? null : project.name(), region, r.stage(), r.stage().label(),
                r.dates().get(r.stage()), List.copyOf(stages), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), r.version());
    }
}

package cn.diaodu.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Messages;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.supervision.SupervisionService;
import cn.diaodu.supervision.SupervisionTask;

/**
 * Proposes a veto for a subject with a supervision task overdue by more than {@code diaodu.assessment.veto-overdue-days}
 * days today (30 by default): a task of the unit itself, or of a unit on the subject's region.
 */
@Component
class OverdueTaskVetoes implements VetoProposals {
    private final SupervisionService supervision;
    private final OrganisationService organisation;
    private final AppClock clock;
    private final int days;

    OverdueTaskVetoes(SupervisionService supervision, OrganisationService organisation, AppClock clock,
            @Value("${diaodu.assessment.veto-overdue-days:30}") int days) {
        this.supervision = supervision;
        this.organisation = organisation;
        this.clock = clock;
        this.days = days;
    }

    @Override
    public List<Proposal> propose(RoundScope scope) {
        Map<Long, String> unitRegion = new HashMap<>();
        for (Unit u : organisation.units()) {
            unitRegion.put(u.id(), u.regionCode());
        }
        LocalDate today = clock.today();
        Map<String, List<SupervisionTask>> bySubject = new LinkedHashMap<>();
        for (SupervisionTask t : supervision.tasks(true, null, null, scope.viewer())) {
            if (ChronoUnit.DAYS.between(t.dueDate(), today) <= days) {
                continue;
            }
            String subject = scope.subjectOfUnit(t.responsibleUnitId(), unitRegion.get(t.responsibleUnitId()));
            if (subject != null) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(t);
            }
        }
        List<Proposal> out = new ArrayList<>();
        bySubject.forEach((s, tasks) -> {
            long worst = tasks.stream().mapToLong(t -> ChronoUnit.DAYS.between(t.dueDate(), today)).max().orElse(0);
            out.add(new Proposal(s, Messages.text("assessment.veto.overdueTasks",
                    List.of(tasks.size(), days, worst))));
        });
        return out;
    }
}

package cn.diaodu.suspension;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * The suspension section of the project's page, called from its fragment ({@code ${@suspensionView.of(p.id)}}), so
 * that the project page's controller needs to know nothing of suspensions: the history with what the signed-in user
 * may do on each entry, and whether the user may ask for a new one.
 */
@Component("suspensionView")
public class SuspensionView {
    private final SuspensionService suspensions;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final AppClock clock;

    SuspensionView(SuspensionService suspensions, ProjectService projects, ProjectAccess access, AppClock clock) {
        this.suspensions = suspensions;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    /** One entry of the history: the suspension, whether it is in force today, and the forms the user may use. */
    public record Entry(Suspension s, boolean inForce, boolean canDecide, boolean canResume) {
    }

    /** The section: the history newest first, the request form's permission, today (the date fields' default). */
    public record Section(List<Entry> entries, boolean canRequest, boolean suspendedToday, LocalDate today) {
    }

    public Section of(long projectId) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.find(projectId).orElse(null);
        LocalDate today = clock.today();
        if (p == null || !access.canRead(user, p)) {
            return new Section(List.of(), false, false, today);
        }
        boolean decides = suspensions.mayDecide(user, p);
        boolean reports = suspensions.mayRequest(user, p);
        List<Entry> entries = suspensions.ofProject(p).stream()
                .map(s -> new Entry(s, SuspensionFacts.inForce(s.status(), s.from(), s.resumedOn(), today),
                        decides && SuspensionTransition.APPROVE.allows(s.status()),
                        reports && SuspensionTransition.RESUME.allows(s.status())))
                .toList();
        boolean open = entries.stream().anyMatch(e -> e.s().status() == SuspensionStatus.REQUESTED
                || e.s().status() == SuspensionStatus.APPROVED);
        return new Section(entries, reports && !open, entries.stream().anyMatch(Entry::inForce), today);
    }
}

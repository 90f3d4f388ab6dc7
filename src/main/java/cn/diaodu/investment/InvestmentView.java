package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * What a lead's page shows, and — as the bean {@code investmentOrigin} — the line "来自招商项目 …" on the key
 * project's page ({@code templates/investment/origin.html}, included by the project page), so that the project
 * module knows nothing of the attraction pipeline.
 */
@Component("investmentOrigin")
public class InvestmentView {
    private final InvestmentService investments;
    private final InvestmentStore store;
    private final InvestmentAccess access;
    private final ProjectService projects;
    private final AppClock clock;

    InvestmentView(InvestmentService investments, InvestmentStore store, InvestmentAccess access,
            ProjectService projects, AppClock clock) {
        this.investments = investments;
        this.store = store;
        this.access = access;
        this.projects = projects;
        this.clock = clock;
    }

    /** One stage of the progress bar: reached (with its date), current, or still ahead. */
    public record Step(InvestmentStage stage, LocalDate date, boolean reached, boolean current) {
    }

    /** The page: the lead, its steps, what the user may do, the linked project, today (the date fields' default). */
    public record Page(Investment i, List<Step> steps, boolean canWrite, List<InvestmentStage> nextStages,
            boolean canLose, boolean canFunds, boolean canConvert, Project project, BigDecimal fundsRate,
            LocalDate today) {
    }

    Page of(long id, CurrentUser user) {
        Investment i = investments.get(id, user);
        List<Step> steps = new ArrayList<>();
        for (InvestmentStage s : InvestmentStage.PIPELINE) {
            LocalDate d = i.stages().get(s);
            steps.add(new Step(s, d, d != null, s == i.stage()));
        }
        boolean write = access.mayWrite(user, i.regionCode());
        List<InvestmentStage> next = InvestmentStage.PIPELINE.stream()
                .filter(s -> InvestmentAction.mayAdvance(i.stage(), s)).toList();
        Project p = i.projectId() == null ? null : projects.find(i.projectId()).orElse(null);
        BigDecimal rate = i.signedAmount() == null ? null
                : InvestmentFigures.rate(i.fundsInPlace(), i.signedAmount());
        return new Page(i, steps, write, write ? next : List.of(), write && InvestmentAction.LOSE.allows(i.stage()),
                write && InvestmentAction.FUNDS.allows(i.stage()),
                write && i.projectId() == null && InvestmentAction.CONVERT.allows(i.stage()), p, rate, clock.today());
    }

    /** The lead a key project came from, when the signed-in user reads it (the project page's line). */
    public Optional<Investment> of(long projectId) {
        CurrentUser user = CurrentUsers.get();
        return store.byProject(projectId).map(store::assemble)
                .filter(i -> access.mayRead(user, i.regionCode(), i.responsibleUnitId()));
    }
}

package cn.diaodu.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;
import cn.diaodu.suspension.DecisionInput;
import cn.diaodu.suspension.ResumeInput;
import cn.diaodu.suspension.SuspensionInput;
import cn.diaodu.suspension.SuspensionService;

/**
 * The demo city's suspensions (停缓建, CONTRACT §11), written through {@link SuspensionService} by the project office:
 * two approved and in force, one awaiting a decision, one resumed, one rejected — on projects started well before
 * today, so that every date is consistent with the project's.
 */
@Component
class DemoSuspensions {
    private final ProjectService projects;
    private final SuspensionService suspensions;

    DemoSuspensions(ProjectService projects, SuspensionService suspensions) {
        this.projects = projects;
        this.suspensions = suspensions;
    }

    /** Writes the five suspensions; returns how many. */
    int seed(LocalDate today) {
        List<Project> started = projects.ofYear(today.getYear()).stream()
                .filter(p -> p.actualStart() != null && p.actualStart().isBefore(today.minusDays(30))).toList();
        if (started.size() < 5) {
            return 0;
        }
        int n = started.size();
        Project envInspection = started.get(n / 7);
        Project funding = started.get(n * 2 / 7);
        Project awaiting = started.get(n * 3 / 7);
        Project resumed = started.get(n * 4 / 7);
        Project rejected = started.get(n * 5 / 7);

        long a = request(envInspection, "因环保督察停工整改，按中央生态环境保护督察反馈问题限期整改，验收合格后复工",
                today.minusDays(20), today.plusDays(40));
        suspensions.approve(a, new DecisionInput("同意停工整改，请按督察要求限期整改到位", null), DemoCitySeeder.OFFICE);

        long b = request(funding, "因资金链紧张缓建，业主正在协调银行贷款和股东增资", today.minusDays(45),
                today.plusDays(75));
        suspensions.approve(b, new DecisionInput("同意缓建，请每月报送融资进展", null), DemoCitySeeder.OFFICE);

        request(awaiting, "因征地拆迁遗留问题未解决，申请暂停施工", today.minusDays(3), today.plusDays(30));

        long d = request(resumed, "因汛期防汛要求暂停深基坑施工", today.minusDays(60), today.minusDays(15));
        suspensions.approve(d, new DecisionInput("同意", null), DemoCitySeeder.OFFICE);
        LocalDate back = max(suspensions.get(d, DemoCitySeeder.OFFICE).from(), today.minusDays(10));
        suspensions.resume(d, new ResumeInput(back, null), DemoCitySeeder.OFFICE);

        long e = request(rejected, "因施工单位更换，申请缓建三个月", today.minusDays(12), today.plusDays(80));
        suspensions.reject(e, new DecisionInput("理由不充分，请加快完成施工单位变更，不予批准", null),
                DemoCitySeeder.OFFICE);
        return 5;
    }

    private long request(Project p, String reason, LocalDate from, LocalDate expected) {
        LocalDate start = max(from, p.actualStart());
        return suspensions.request(p.id(), new SuspensionInput(reason, start, max(expected, start)),
                DemoCitySeeder.OFFICE).id();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

package cn.diaodu.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import cn.diaodu.organisation.Unit;
import cn.diaodu.procedure.ProcedureInput;
import cn.diaodu.procedure.ProcedureService;
import cn.diaodu.project.Project;

/**
 * The demo city's preliminary procedures (前期手续): a project under way has most of them approved before its start,
 * with 批复文号 such as 青发改审批〔2026〕12号 and the approving department; a project not started yet has the first
 * ones approved, one or two in progress and the rest pending, a few past their planned date (overdue), and about one
 * in six has them all and waits to start (手续齐备待开工). Written through {@link ProcedureService} as the project
 * office, drawn from each project's code so that the city is the same every time.
 */
@Component
class DemoProcedures {
    /** Per kind: the approving unit's catalogue key and the document number's pattern (year, number). */
    private record Issuer(String unitKey, String number) {
    }

    private static final Map<String, Issuer> ISSUERS = Map.of(
            "APPROVAL", new Issuer("fgw", "青发改审批〔%d〕%d号"),
            "SITE", new Issuer("zrj", "青自然资规选字〔%d〕%d号"),
            "LAND", new Issuer("zrj", "青自然资预审〔%d〕%d号"),
            "EIA", new Issuer("sthj", "青环审〔%d〕%d号"),
            "ENERGY", new Issuer("fgw", "青发改能审〔%d〕%d号"),
            "FEASIBILITY", new Issuer("fgw", "青发改可研〔%d〕%d号"),
            "DESIGN", new Issuer("zjj", "青建设初设〔%d〕%d号"),
            "PERMIT", new Issuer("zjj", "青建施许〔%d〕%d号"),
            "DEMOLITION", new Issuer("zrj", "青征收决〔%d〕%d号"));

    /** The kinds in the order a project goes through them. */
    static final List<String> ORDER = List.of("APPROVAL", "SITE", "LAND", "FEASIBILITY", "EIA", "ENERGY",
            "DEMOLITION", "DESIGN", "PERMIT");

    private final ProcedureService procedures;

    DemoProcedures(ProcedureService procedures) {
        this.procedures = procedures;
    }

    /** Seeds the procedures of the projects; {@code units} by catalogue key. Returns how many were recorded. */
    int seed(List<Project> projects, Map<String, Unit> units, LocalDate today) {
        Map<String, Integer> numbers = new HashMap<>();
        int n = 0;
        for (Project p : projects) {
            Random rnd = new Random(p.code().hashCode() * 31L + 7);
            boolean started = p.actualStart() != null && !p.actualStart().isAfter(today);
            boolean ready = !started && rnd.nextDouble() < 0.17;
            boolean smallProject = p.totalInvestment().doubleValue() < 50000;
            // a project not started has the first `done` kinds approved; the next one or two are being applied for
            int done = started || ready ? ORDER.size() : rnd.nextInt(ORDER.size() - 1);
            int inProgress = started || ready ? 0 : 1 + rnd.nextInt(2);
            LocalDate anchor = started ? p.actualStart()
                    : p.plannedStart() != null && p.plannedStart().isAfter(today.minusDays(60)) ? p.plannedStart()
                    : today.plusDays(30 + rnd.nextInt(90));
            for (int i = 0; i < ORDER.size(); i++) {
                String code = ORDER.get(i);
                Issuer issuer = ISSUERS.get(code);
                Long unit = units.containsKey(issuer.unitKey()) ? units.get(issuer.unitKey()).id() : null;
                boolean notNeeded = ("ENERGY".equals(code) && smallProject)
                        || ("DEMOLITION".equals(code) && rnd.nextDouble() < 0.35);
                // the kinds fall due one after the other before the start
                LocalDate planned = anchor.minusDays((long) (ORDER.size() - i) * (12 + rnd.nextInt(10)));
                ProcedureInput in;
                if (notNeeded && i < done + inProgress) {
                    in = new ProcedureInput("NOT_NEEDED", null, null, null, null, null, "按规定无需办理");
                } else if (i < done) {
                    LocalDate actual = min(planned.plusDays(rnd.nextInt(21) - 10), today.minusDays(1));
                    LocalDate applied = actual.minusDays(5 + rnd.nextInt(40));
                    int year = actual.getYear();
                    int no = numbers.merge(code + year, 1 + rnd.nextInt(3), Integer::sum);
                    in = new ProcedureInput("DONE", planned, applied, actual, String.format(issuer.number(), year, no),
                            unit, null);
                } else if (i < done + inProgress) {
                    // applied for; a third of them already past the planned date (overdue)
                    LocalDate due = rnd.nextDouble() < 0.35 ? today.minusDays(3 + rnd.nextInt(40))
                            : today.plusDays(5 + rnd.nextInt(50));
                    in = new ProcedureInput("IN_PROGRESS", due, min(due.minusDays(20), today.minusDays(2)), null, null,
                            unit, "已受理，正在审查");
                } else if (rnd.nextDouble() < 0.6) {
                    LocalDate due = max(planned, today.plusDays(10 + rnd.nextInt(120)));
                    if (rnd.nextDouble() < 0.12) {
                        due = today.minusDays(5 + rnd.nextInt(30));
                    }
                    in = new ProcedureInput("PENDING", due, null, null, null, unit, null);
                } else {
                    continue; // not recorded: pending
                }
                procedures.put(p.id(), code, in, DemoCitySeeder.OFFICE);
                n++;
            }
        }
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

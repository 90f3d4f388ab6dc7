package cn.diaodu.problem;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListExport;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/**
 * 问题台账: the board with the filterable, searchable, sortable, paged list ({@code /problems}) and the XLSX export of
 * what the list shows ({@code /problems/export.xlsx}, every page, same filters and sort).
 */
@Controller
class ProblemListPages {
    private final ProblemService problems;
    private final OrganisationService organisation;
    private final AppClock clock;

    ProblemListPages(ProblemService problems, OrganisationService organisation, AppClock clock) {
        this.problems = problems;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The list's filters as typed (kept in the form, the links and the export). */
    public record Filter(String status, String overdue, String category, String level, String assigneeUnitId,
            String projectId, String q) {
        Map<String, String> params() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", q);
            kept.put("status", status);
            kept.put("overdue", overdue);
            kept.put("category", category);
            kept.put("level", level);
            kept.put("assigneeUnitId", assigneeUnitId);
            kept.put("projectId", projectId);
            return kept;
        }
    }

    /** The sortable columns of the list. */
    static final Map<String, Comparator<Problem>> SORTS = Map.of(
            "id", Comparator.comparingLong(Problem::id),
            "title", Comparator.comparing(Problem::title, Comparator.nullsLast(String::compareTo)),
            "project", Comparator.comparing(Problem::projectName, Comparator.nullsLast(String::compareTo)),
            "category", Comparator.comparing(Problem::category),
            "assignee", Comparator.comparing(Problem::assigneeUnitName, Comparator.nullsLast(String::compareTo)),
            "due", Comparator.comparing(Problem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())),
            "status", Comparator.comparing(Problem::status),
            "level", Comparator.comparing(Problem::level));

    /** Keyword search over the number, the title, the project's name and the assignee unit's name. */
    static List<Problem> search(List<Problem> items, String q) {
        if (q == null || q.isBlank()) {
            return items;
        }
        String k = q.strip().toLowerCase(Locale.ROOT);
        return items.stream().filter(p -> String.valueOf(p.id()).equals(k) || contains(p.title(), k)
                || contains(p.projectName(), k) || contains(p.assigneeUnitName(), k)).toList();
    }

    private static boolean contains(String s, String k) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(k);
    }

    private ListPage<Problem> listOf(Filter q, String sort, String dir, String page, String size, CurrentUser user) {
        if (!ProblemService.readsProblems(user)) {
            throw new ForbiddenException("no problem reading role");
        }
        ProblemFilter f;
        try {
            f = ProblemApi.filter(q.status(), q.overdue(), ListPage.filterId(q.assigneeUnitId()),
                    ListPage.filterId(q.projectId()),
                    q.category(), q.level());
        } catch (ValidationException e) {
            f = ProblemFilter.ALL;
        }
        return ListPage.of("/problems", q.params(), search(problems.list(f, user), q.q()), SORTS, sort, dir, page,
                size);
    }

    @GetMapping("/problems")
    String list(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        ListPage<Problem> list = listOf(filter, sort, dir, page, size, user);
        model.addAttribute("board", problems.board(user));
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("filtered", filter.params().values().stream().anyMatch(v -> v != null && !v.isBlank()));
        model.addAttribute("f", filter);
        model.addAttribute("units", organisation.units());
        model.addAttribute("categories", ProblemCategory.values());
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("levels", ProblemLevel.values());
        model.addAttribute("canRaise", ProblemService.raisesProblems(user));
        model.addAttribute("today", clock.today());
        return "problem/list";
    }

    @GetMapping("/problems/export.xlsx")
    ResponseEntity<byte[]> export(Filter filter, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        List<Problem> all = listOf(filter, sort, dir, "1", null, CurrentUsers.get()).all();
        return ListExport.<Problem>titled("problem.export.title", clock.today().toString())
                .column("problem.col.id", 8, p -> p.id())
                .column("problem.col.title", 36, Problem::title)
                .column("problem.col.project", 30, Problem::projectName)
                .column("problem.col.category", 10, p -> Messages.text("problemCategory." + p.category().name()))
                .column("problem.col.assignee", 24, Problem::assigneeUnitName)
                .column("problem.assignedOn", 12, Problem::assignedOn)
                .column("problem.col.due", 12, Problem::dueDate)
                .column("problem.overdue", 8, p -> Messages.text(p.overdue() ? "common.yes" : "common.no"))
                .column("problem.col.status", 10, p -> Messages.text("problemStatus." + p.status().name()))
                .column("problem.col.level", 10, p -> Messages.text("problemLevel." + p.level().name()))
                .column("problem.description", 50, Problem::description)
                .download(all, "problems");
    }

}

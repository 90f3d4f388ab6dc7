package cn.diaodu.supervision;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;

/**
 * 督办事项: the searchable, filterable, sortable, paged list with the units' overdue ranking ({@code /tasks}), and the
 * XLSX export of what the list shows ({@code /tasks/export.xlsx}).
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR','LEADER','REPORTER')")
class TaskListPages {
    private final SupervisionService supervision;

    TaskListPages(SupervisionService supervision) {
        this.supervision = supervision;
    }

    /** The list's filters as typed. */
    public record Filter(String q, String status, String overdue, String unitId) {
        Map<String, String> params() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("q", q);
            m.put("status", status);
            m.put("overdue", overdue);
            m.put("unitId", unitId);
            return m;
        }

        boolean any() {
            return params().values().stream().anyMatch(v -> v != null && !v.isBlank());
        }
    }

    static final Map<String, Comparator<SupervisionTask>> SORTS = Map.of(
            "content", Comparator.comparing(SupervisionTask::content),
            "unit", Comparator.comparing(SupervisionTask::responsibleUnitName, Comparator.nullsLast(String::compareTo)),
            "due", Comparator.comparing(SupervisionTask::dueDate, Comparator.nullsLast(Comparator.naturalOrder())),
            "status", Comparator.comparing(SupervisionTask::status),
            "reminders", Comparator.comparingInt(SupervisionTask::reminders));

    private List<SupervisionTask> filtered(Filter f, CurrentUser user) {
        Boolean overdue = "true".equals(f.overdue()) ? Boolean.TRUE : "false".equals(f.overdue()) ? Boolean.FALSE : null;
        Long unit = ListPage.filterId(f.unitId());
        String k = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        return supervision.tasks(overdue, unit, null, user).stream()
                .filter(t -> f.status() == null || f.status().isBlank() || t.status().equals(f.status()))
                .filter(t -> k == null || contains(t.content(), k) || contains(t.responsibleUnitName(), k)
                        || contains(t.responsiblePerson(), k))
                .toList();
    }

    @GetMapping("/tasks")
    String tasks(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        List<SupervisionTask> all = filtered(filter, user);
        ListPage<SupervisionTask> list = ListPage.of("/tasks", filter.params(), all, SORTS, sort, dir, page, size);
        List<SupervisionService.UnitOverdue> ranking = supervision.ranking(user);
        model.addAttribute("list", list);
        model.addAttribute("tasks", list.items());
        model.addAttribute("ranking", ranking);
        model.addAttribute("f", filter);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("statuses", List.of("OPEN", "DONE", "CLOSED"));
        model.addAttribute("canSupervise", user.hasAny(Role.DISPATCHER, Role.SUPERVISOR));
        return "supervision/tasks";
    }

    @GetMapping("/tasks/export.xlsx")
    ResponseEntity<byte[]> export(Filter filter, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        List<SupervisionTask> all = ListPage.of("/tasks", Map.of(), filtered(filter, CurrentUsers.get()), SORTS, sort,
                dir, "1", null).all();
        return ListExport.<SupervisionTask>titled("task.export.title")
                .column("task.content", 50, SupervisionTask::content)
                .column("task.unit", 24, SupervisionTask::responsibleUnitName)
                .column("task.person", 12, SupervisionTask::responsiblePerson)
                .column("task.due", 12, SupervisionTask::dueDate)
                .column("task.status", 10, t -> Messages.text("taskStatus." + t.status()))
                .column("task.overdue", 8, t -> Messages.text(t.overdue() ? "common.yes" : "common.no"))
                .column("task.reminders", 8, t -> t.reminders())
                .download(all, "tasks");
    }

    private static boolean contains(String s, String k) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(k);
    }

}

package cn.diaodu.suspension;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * 停缓建 for the project office ({@code /suspensions}): the suspensions in the user's scope, those awaiting a decision
 * first, filtered by status, searched by the project's name or code, sortable and paged like the other lists.
 */
@Controller
class SuspensionListPages {
    private final SuspensionService suspensions;

    SuspensionListPages(SuspensionService suspensions) {
        this.suspensions = suspensions;
    }

    /** The filters as typed (kept in the form and the links). */
    public record Filter(String status, String q) {
        Map<String, String> params() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", q);
            kept.put("status", status);
            return kept;
        }
    }

    static final Map<String, Comparator<Suspension>> SORTS = Map.of(
            "project", Comparator.comparing(Suspension::projectName, Comparator.nullsLast(String::compareTo)),
            "from", Comparator.comparing(Suspension::from),
            "expectedResume", Comparator.comparing(Suspension::expectedResume,
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "status", Comparator.comparing(Suspension::status),
            "requestedAt", Comparator.comparing(Suspension::requestedAt));

    /** Search over the project's name and code. */
    static List<Suspension> search(List<Suspension> items, String q) {
        if (q == null || q.isBlank()) {
            return items;
        }
        String k = q.strip().toLowerCase(Locale.ROOT);
        return items.stream().filter(s -> contains(s.projectName(), k) || contains(s.projectCode(), k)).toList();
    }

    private static boolean contains(String s, String k) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(k);
    }

    @GetMapping("/suspensions")
    String list(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        if (!SuspensionService.readsSuspensions(user)) {
            throw new ForbiddenException("no project reading role");
        }
        SuspensionStatus status;
        try {
            status = SuspensionApi.status(filter.status());
        } catch (ValidationException e) {
            status = null;
        }
        List<Suspension> all = suspensions.list(status, null, user);
        ListPage<Suspension> list = ListPage.of("/suspensions", filter.params(), search(all, filter.q()), SORTS, sort,
                dir, page, size);
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("pending", all.stream().filter(s -> s.status() == SuspensionStatus.REQUESTED).count());
        model.addAttribute("filtered", filter.params().values().stream().anyMatch(v -> v != null && !v.isBlank()));
        model.addAttribute("f", filter);
        model.addAttribute("statuses", SuspensionStatus.values());
        return "suspension/list";
    }
}

package cn.diaodu.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ListPage;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * The review queue of a month as the page shows it: the projects of the year in the dispatcher's scope with their
 * report, filtered by status (a report's, {@code MISSING} for none yet, {@code ALL} for every report), unit and a
 * keyword in the name or code; ordered by unit (in pinyin order) and code, one page of it, and that page's rows
 * grouped by unit.
 */
@Component
class ReviewQueue {
    static final List<String> STATUSES = List.of("SUBMITTED", "RETURNED", "APPROVED", "MISSING", "ALL");

    private final ReportService reports;
    private final ProjectService projects;
    private final OrganisationService organisation;

    ReviewQueue(ReportService reports, ProjectService projects, OrganisationService organisation) {
        this.reports = reports;
        this.projects = projects;
        this.organisation = organisation;
    }

    /** A project of the queue with its report (null when none yet) and its unit's name. */
    public record Item(Project project, MonthlyReport report, String unitName) {
        /** The report's status, {@code NONE} without a report. */
        public String status() {
            return report == null ? "NONE" : report.status().name();
        }

        public boolean submitted() {
            return report != null && report.status() == ReportStatus.SUBMITTED;
        }

        public boolean approved() {
            return report != null && report.status() == ReportStatus.APPROVED;
        }
    }

    /** One unit's rows on this page. */
    public record Group(long unitId, String unitName, List<Item> items) {
        public long submitted() {
            return items.stream().filter(Item::submitted).count();
        }
    }

    /** A unit of the select: one that has projects in the month's queue. */
    public record UnitOption(long id, String name) {
    }

    /** What the page shows. */
    record View(ListPage<Item> list, List<Group> groups, List<UnitOption> units) {
    }

    View view(Period period, ReviewQuery q, CurrentUser user) {
        Map<Long, MonthlyReport> month = reports.ofPeriod(period);
        Map<Long, String> names = new HashMap<>();
        organisation.units().forEach(u -> names.put(u.id(), u.name()));
        List<Item> all = new ArrayList<>();
        for (Project p : projects.list(ProjectFilter.ofYear(period.year()), user)) {
            all.add(new Item(p, month.get(p.id()), names.getOrDefault(p.leadUnitId(), "")));
        }
        all.sort(Comparator.comparing(Item::unitName, java.text.Collator.getInstance(Locale.CHINA))
                .thenComparing(i -> i.project().code()));
        Map<Long, UnitOption> units = new LinkedHashMap<>();
        all.forEach(i -> units.putIfAbsent(i.project().leadUnitId(),
                new UnitOption(i.project().leadUnitId(), i.unitName())));
        String keyword = q.q() == null ? "" : q.q().strip().toLowerCase(Locale.ROOT);
        List<Item> shown = all.stream().filter(i -> matches(i, q.status()))
                .filter(i -> q.unitId() == null || i.project().leadUnitId() == q.unitId())
                .filter(i -> keyword.isEmpty() || i.project().name().toLowerCase(Locale.ROOT).contains(keyword)
                        || i.project().code().toLowerCase(Locale.ROOT).contains(keyword))
                .toList();
        ListPage<Item> list = ListPage.of("/review", q.filters(), shown, Map.of(), null, null, q.page(), q.size());
        return new View(list, groups(list.items()), List.copyOf(units.values()));
    }

    private static boolean matches(Item i, String status) {
        return switch (status) {
            case "ALL" -> i.report() != null;
            case "MISSING" -> i.report() == null;
            default -> i.report() != null && i.report().status().name().equals(status);
        };
    }

    private static List<Group> groups(List<Item> page) {
        Map<Long, List<Item>> byUnit = new LinkedHashMap<>();
        page.forEach(i -> byUnit.computeIfAbsent(i.project().leadUnitId(), k -> new ArrayList<>()).add(i));
        List<Group> out = new ArrayList<>();
        byUnit.forEach((id, items) -> out.add(new Group(id, items.get(0).unitName(), List.copyOf(items))));
        return out;
    }
}

package cn.diaodu.onboarding;

import static cn.diaodu.onboarding.ProjectColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.organisation.Leader;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Category;
import cn.diaodu.project.ProjectLevel;

/**
 * Reads the rows of a project list into drafts, refusing every bad cell at once: a missing name, an unknown or
 * ambiguous region, unit or leader, a category or level that is neither a Chinese name nor a code, an amount or date
 * that is none, a plan above the total, a monthly plan that does not sum to the plan, a code twice in the file or
 * already in the ledger. Rows on a region outside the dispatcher's scope are listed apart ({@code outside}).
 */
final class ProjectRows {
    private final ImportSheet sheet;
    private final Directory dir;
    private final String scope;
    final RowErrors errors;
    final RowErrors outside;

    ProjectRows(ImportSheet sheet, Headers headers, Directory dir, String scope) {
        this.sheet = sheet;
        this.dir = dir;
        this.scope = scope;
        this.errors = new RowErrors(sheet, headers);
        this.outside = new RowErrors(sheet, headers);
    }

    /** The drafts of every row, with {@code takenCodes} the codes the ledger already holds. */
    List<ProjectDraft> read(Set<String> takenCodes) {
        List<ProjectDraft> out = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (ImportSheet.Line l : sheet.lines) {
            String code = text(l, CODE);
            if (code != null) {
                Integer first = codes.putIfAbsent(code, l.row());
                if (first != null) {
                    errors.add(l.row(), CODE, "onboarding.error.duplicate-code", code, String.valueOf(first));
                } else if (takenCodes.contains(code)) {
                    errors.add(l.row(), CODE, "onboarding.error.code-exists", code);
                } else if (code.length() > 32) {
                    errors.add(l.row(), CODE, "common.error.at-most-characters", "32");
                }
            }
            String name = text(l, NAME);
            if (name == null) {
                errors.add(l.row(), NAME, "onboarding.error.required");
            } else if (name.length() > 200) {
                errors.add(l.row(), NAME, "common.error.at-most-characters", "200");
            }
            String regionCode = region(l);
            Long unit = unit(l, UNIT, regionCode);
            Long leader = null;
            if (text(l, LEADER) != null) {
                Directory.Match<Leader> m = dir.leader(text(l, LEADER));
                leader = m.found() == null ? refuse(l, LEADER, m) : m.found().id();
            }
            String category = category(l);
            String level = level(l);
            BigDecimal total = amount(l, TOTAL, true, true);
            BigDecimal plan = amount(l, PLAN, true, true);
            if (total != null && plan != null && plan.compareTo(total) > 0) {
                errors.add(l.row(), PLAN, "onboarding.error.plan-above-total", plan.toPlainString(),
                        total.toPlainString());
            }
            LocalDate plannedStart = date(l, PLANNED_START);
            LocalDate actualStart = date(l, ACTUAL_START);
            LocalDate plannedCompletion = date(l, PLANNED_COMPLETION);
            if (plannedStart != null && plannedCompletion != null && plannedCompletion.isBefore(plannedStart)) {
                errors.add(l.row(), PLANNED_COMPLETION, "project.error.completion-before-start");
            }
            LocalDate actualCompletion = date(l, ACTUAL_COMPLETION);
            if (actualCompletion != null && actualStart == null) {
                errors.add(l.row(), ACTUAL_COMPLETION, "project.error.completed-not-started");
            } else if (actualCompletion != null && actualCompletion.isBefore(actualStart)) {
                errors.add(l.row(), ACTUAL_COMPLETION, "project.error.completion-before-actual-start");
            }
            BigDecimal before = amount(l, COMPLETED_BEFORE, false, false);
            if (before != null && total != null && before.compareTo(total) > 0) {
                errors.add(l.row(), COMPLETED_BEFORE, "project.error.completed-before-exceeds-total");
            }
            out.add(new ProjectDraft(l.row(), code, name, category, level, regionCode, unit, leader, total, plan,
                    plannedStart, actualStart, plannedCompletion, actualCompletion, limited(l, OWNER, 200),
                    limited(l, CONTENT, 2000), limited(l, CONTACT, 50), limited(l, PHONE, 30),
                    cooperating(l, regionCode, unit), before, months(l, plan), funding(l, total)));
        }
        return out;
    }

    /** The funding plan's amounts by source; their sum may not exceed the total investment. */
    private List<cn.diaodu.project.FundingLine> funding(ImportSheet.Line l, BigDecimal total) {
        List<cn.diaodu.project.FundingLine> lines = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (cn.diaodu.project.FundingSource s : ProjectColumns.FUNDING_LABELS.keySet()) {
            BigDecimal v = amount(l, ProjectColumns.funding(s), false, false);
            if (v != null && v.signum() > 0) {
                lines.add(new cn.diaodu.project.FundingLine(s.name(), v, null));
                sum = sum.add(v);
            }
        }
        if (total != null && sum.compareTo(total) > 0) {
            errors.add(l.row(), ProjectColumns.funding(cn.diaodu.project.FundingSource.values()[0]),
                    "project.error.funding-exceeds-total", sum.toPlainString(), total.toPlainString());
        }
        return lines;
    }

    private String text(ImportSheet.Line l, String key) {
        return Checks.blankToNull(Cells.text(l.cell(key)));
    }

    private String limited(ImportSheet.Line l, String key, int max) {
        String t = text(l, key);
        if (t != null && t.length() > max) {
            errors.add(l.row(), key, "common.error.at-most-characters", String.valueOf(max));
        }
        return t;
    }

    private <T> Long refuse(ImportSheet.Line l, String key, Directory.Match<T> m) {
        errors.add(l.row(), key, m.error(), m.detail());
        return null;
    }

    private String region(ImportSheet.Line l) {
        String t = text(l, REGION);
        if (t == null) {
            errors.add(l.row(), REGION, "onboarding.error.required");
            return null;
        }
        Directory.Match<Region> m = dir.region(t);
        if (m.found() == null) {
            refuse(l, REGION, m);
            return null;
        }
        if (!dir.covers(scope, m.found().code())) {
            outside.add(l.row(), REGION, "onboarding.error.outside-scope", m.found().name());
        }
        return m.found().code();
    }

    private Long unit(ImportSheet.Line l, String key, String regionCode) {
        String t = text(l, key);
        if (t == null) {
            errors.add(l.row(), key, "onboarding.error.required");
            return null;
        }
        Directory.Match<Unit> m = dir.unit(t, regionCode);
        return m.found() == null ? refuse(l, key, m) : m.found().id();
    }

    private List<Long> cooperating(ImportSheet.Line l, String regionCode, Long lead) {
        String t = text(l, COOPERATING);
        if (t == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String name : Names.split(t)) {
            Directory.Match<Unit> m = dir.unit(name, regionCode);
            if (m.found() == null) {
                refuse(l, COOPERATING, m);
            } else if (m.found().id().equals(lead)) {
                errors.add(l.row(), COOPERATING, "onboarding.error.cooperating-is-lead", name);
            } else if (!ids.contains(m.found().id())) {
                ids.add(m.found().id());
            }
        }
        return ids;
    }

    private String category(ImportSheet.Line l) {
        String t = text(l, CATEGORY);
        if (t == null) {
            errors.add(l.row(), CATEGORY, "onboarding.error.required");
            return null;
        }
        String c = Labels.category(t);
        if (c == null) {
            errors.add(l.row(), CATEGORY, "onboarding.error.unknown-category", t);
        }
        return c;
    }

    private String level(ImportSheet.Line l) {
        String t = text(l, LEVEL);
        if (t == null) {
            errors.add(l.row(), LEVEL, "onboarding.error.required");
            return null;
        }
        String c = Labels.level(t);
        if (c == null) {
            errors.add(l.row(), LEVEL, "onboarding.error.unknown-level", t);
        }
        return c;
    }

    /** An amount in 万元 with at most two decimals; {@code positive}: above zero. */
    private BigDecimal amount(ImportSheet.Line l, String key, boolean required, boolean positive) {
        XlsxSheetReader.Cell c = l.cell(key);
        if (c == null) {
            if (required) {
                errors.add(l.row(), key, "onboarding.error.required");
            }
            return null;
        }
        BigDecimal v = Cells.amount(c);
        if (v == null) {
            errors.add(l.row(), key, "onboarding.error.not-a-number", Cells.raw(c));
            return null;
        }
        List<FieldError> refused = new ArrayList<>();
        Checks.money(v, key, positive, refused);
        refused.forEach(e -> errors.add(l.row(), key, e.key(), e.args().toArray()));
        return refused.isEmpty() ? v : null;
    }

    private LocalDate date(ImportSheet.Line l, String key) {
        XlsxSheetReader.Cell c = l.cell(key);
        if (c == null) {
            return null;
        }
        LocalDate d = Cells.date(c, sheet.date1904);
        if (d == null) {
            errors.add(l.row(), key, "onboarding.error.not-a-date", Cells.raw(c));
        } else if (d.getYear() < 2000 || d.getYear() > 2100) {
            errors.add(l.row(), key, "onboarding.error.date-out-of-range", d.toString());
            return null;
        }
        return d;
    }

    /** The monthly plan when a month of the row holds a value: twelve amounts (blanks 0) that sum to the plan. */
    private List<BigDecimal> months(ImportSheet.Line l, BigDecimal plan) {
        List<String> keys = monthKeys();
        if (keys.stream().noneMatch(l::has)) {
            return null;
        }
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int m = 0; m < 12; m++) {
            String key = keys.get(m);
            BigDecimal v = l.has(key) ? amount(l, key, false, false) : BigDecimal.ZERO.setScale(2);
            if (v == null) {
                complete = false;
                v = BigDecimal.ZERO;
            }
            out.add(v);
            sum = sum.add(v);
        }
        if (complete && plan != null && sum.compareTo(plan) != 0) {
            errors.addAs(l.row(), month(12), "monthlyPlan", "onboarding.error.months-sum", sum.toPlainString(),
                    plan.toPlainString());
        }
        return out;
    }

    static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}

package cn.diaodu.onboarding;

import static cn.diaodu.onboarding.ProjectColumns.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Category;
import cn.diaodu.project.ProjectLevel;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;
import cn.diaodu.procedure.ProcedureInput;
import cn.diaodu.procedure.ProcedureKind;
import cn.diaodu.procedure.ProcedureKinds;
import cn.diaodu.procedure.ProcedureService;
import java.util.HashMap;
import java.util.Map;

/**
 * The year's project list from Excel (CONTRACT §11): the template, and the import that reads every row, resolves the
 * names once ({@link Directory}), refuses every bad cell (422, nothing written) or rows outside the dispatcher's
 * region (403), and else creates every project through {@link ProjectService#create} in one transaction, so that
 * each rule of the API and its audit entry hold.
 */
@Service
public class ProjectImport {
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final ProcedureKinds kinds;
    private final ProcedureService procedures;

    ProjectImport(OrganisationService organisation, ProjectService projects, ProcedureKinds kinds,
            ProcedureService procedures) {
        this.organisation = organisation;
        this.projects = projects;
        this.kinds = kinds;
        this.procedures = procedures;
    }

    /** The list's columns: those of {@link ProjectColumns} and one per procedure kind of the catalogue. */
    private Headers headers() {
        return ProcedureCells.columns(ProjectColumns.headers(), kinds.all());
    }

    static void requireDispatcher(CurrentUser user) {
        if (!user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("only the project office imports projects");
        }
    }

    /** Imports the list as projects of {@code year}: the number created. */
    @Transactional
    public int importFile(Integer year, Path file, CurrentUser user) {
        requireDispatcher(user);
        if (year == null || year < 2000 || year > 2100) {
            throw ValidationException.of("year", "project.error.year-must-2000-2100");
        }
        Headers headers = headers();
        ImportSheet sheet = headers.read(file);
        Directory dir = new Directory(organisation);
        ProjectRows rows = new ProjectRows(sheet, headers, dir, user.regionCode());
        List<String> codes = sheet.lines.stream().map(l -> Cells.text(l.cell(CODE)).trim())
                .filter(c -> !c.isEmpty()).distinct().toList();
        Set<String> taken = projects.byCodes(codes).keySet();
        List<ProjectDraft> drafts = rows.read(taken);
        List<ProcedureKind> catalogue = kinds.all();
        Map<Integer, Map<String, ProcedureInput>> steps = new HashMap<>();
        for (ImportSheet.Line l : sheet.lines) {
            steps.put(l.row(), ProcedureCells.read(l, catalogue, rows.errors));
        }
        if (!rows.outside.isEmpty()) {
            throw new OutOfScope(rows.outside.list());
        }
        rows.errors.throwIfAny();
        int created = 0;
        for (ProjectDraft d : drafts) {
            Project p;
            try {
                p = projects.create(d.input(year), user);
                created++;
            } catch (ValidationException e) {
                rows.errors.addAll(d.row(), e.errors(), FIELDS, NAME);
                continue;
            }
            for (var step : steps.getOrDefault(d.row(), Map.of()).entrySet()) {
                try {
                    procedures.put(p.id(), step.getKey(), step.getValue(), user);
                } catch (ValidationException e) {
                    rows.errors.addAll(d.row(), e.errors(), Map.of(), ProcedureCells.key(kinds.find(step.getKey())
                            .orElseThrow()));
                }
            }
        }
        rows.errors.throwIfAny();
        return created;
    }

    /** The template: the headers, and on 填写说明 the instructions and the lists to pick from within the scope. */
    public void writeTemplate(CurrentUser user, OutputStream out) throws IOException {
        requireDispatcher(user);
        Directory dir = new Directory(organisation);
        List<String> headers = headers().columns().stream().map(Headers.Column::header).toList();
        TemplateBook book = new TemplateBook("项目清单", headers)
                .dates(h(PLANNED_START), h(ACTUAL_START), h(PLANNED_COMPLETION), h(ACTUAL_COMPLETION))
                .texts(h(CODE), h(PHONE))
                .amounts(List.of(h(TOTAL), h(PLAN), h(COMPLETED_BEFORE)))
                .width(h(NAME), 30).width(h(CONTENT), 40).width(h(OWNER), 24).width(h(UNIT), 24)
                .width(h(COOPERATING), 30)
                .instructions(List.of(
                        "重点项目清单填写说明",
                        "1. 第一张表每行一个项目，表头不要修改；列的顺序可以调整，可选列可以删除。",
                        "2. 必填：项目名称、所在地区、责任单位、行业类别、项目级别、总投资（万元）、年度计划投资（万元）。",
                        "3. 所在地区填下方的区划名称或代码（名称重复时填代码）；责任单位、配合部门、包抓领导填下方列出的名称，配合部门多个时用顿号“、”分隔。",
                        "4. 金额以万元为单位，最多两位小数；年度计划投资不能超过总投资。",
                        "5. 日期填 Excel 日期或 YYYY-MM-DD 格式的文字，如 2026-03-01。",
                        "6. 1月至12月为月度计划（倒排工期），可不填；填写时12个月之和必须等于年度计划投资。",
                        "7. 项目编号可不填，系统自动编号；填写时不能与已有项目重复。",
                        "8. 导入时检查全部行，有任何错误则整表不导入，并列出每个错误的行和列。",
                        "9. “前期手续：”各列每种手续一列，填写“已办结 2026-03-15”（批复日期）、“办理中 2026-06-30”或“未办理 2026-06-30”（计划办结日期）、“无需办理”，只填日期视为已办结；不填视为未办理。"))
                .list("行业类别", List.of("名称", "代码"), enumRows(Category.values()), h(CATEGORY), true)
                .list("项目级别", List.of("名称", "代码"), levelRows(), h(LEVEL), true)
                .list("所在地区", List.of("名称", "代码", "上级"), dir.regionsWithin(user.regionCode()).stream()
                        .map(r -> List.of(r.name(), r.code(), Objects.toString(r.parentCode(), ""))).toList(),
                        h(REGION), false)
                .list("责任单位", List.of("名称", "所在地区"), dir.units.stream()
                        .map(u -> List.of(u.name(), dir.tree.path(u.regionCode()))).toList(), h(UNIT), false)
                .list("包抓领导", List.of("姓名", "职务"), dir.leaders.stream()
                        .map(l -> List.of(l.name(), Objects.toString(l.title(), ""))).toList(), h(LEADER), false);
        book.write(out);
    }

    private static String h(String key) {
        return HEADERS.column(key).header();
    }

    private static List<List<String>> enumRows(Category[] values) {
        List<List<String>> out = new ArrayList<>();
        for (Category c : values) {
            out.add(List.of(c.label(), c.name()));
        }
        return out;
    }

    private static List<List<String>> levelRows() {
        List<List<String>> out = new ArrayList<>();
        for (ProjectLevel l : ProjectLevel.values()) {
            out.add(List.of(l.label(), l.name()));
        }
        return out;
    }
}

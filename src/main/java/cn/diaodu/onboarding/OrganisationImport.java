package cn.diaodu.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.Checks;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;

/**
 * Units (责任单位) and leaders (包抓领导) from Excel: templates and imports, every row checked first (a name twice in
 * the file or already there, an unknown kind or region), then each created through {@link OrganisationService} in
 * one transaction. An administrator bounded to a region imports units of that region only (403 naming the rows).
 */
@Service
public class OrganisationImport {
    static final Headers UNITS = new Headers()
            .add("name", "单位名称", "name", true, "责任单位", "名称")
            .add("kind", "单位类型", "kind", true, "类型")
            .add("region", "所在地区", "regionCode", true, "所属地区", "地区");
    static final Headers LEADERS = new Headers()
            .add("name", "姓名", "name", true, "领导姓名", "包抓领导")
            .add("title", "职务", "title", false);
    private static final Map<String, String> UNIT_FIELDS = Map.of("name", "name", "kind", "kind",
            "regionCode", "region");
    private static final Map<String, String> LEADER_FIELDS = Map.of("name", "name", "title", "title");

    private final OrganisationService organisation;

    OrganisationImport(OrganisationService organisation) {
        this.organisation = organisation;
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator imports the organisation");
        }
    }

    @Transactional
    public int importUnits(Path file, CurrentUser user) {
        requireAdmin(user);
        ImportSheet sheet = UNITS.read(file);
        Directory dir = new Directory(organisation);
        RowErrors errors = new RowErrors(sheet, UNITS);
        RowErrors outside = new RowErrors(sheet, UNITS);
        Map<String, Integer> seen = new HashMap<>();
        List<OrganisationService.UnitInput> inputs = new java.util.ArrayList<>();
        List<Integer> rows = new java.util.ArrayList<>();
        for (ImportSheet.Line l : sheet.lines) {
            String name = Checks.blankToNull(Cells.text(l.cell("name")));
            String kindText = Checks.blankToNull(Cells.text(l.cell("kind")));
            String regionText = Checks.blankToNull(Cells.text(l.cell("region")));
            String kind = null;
            String region = null;
            if (kindText == null) {
                errors.add(l.row(), "kind", "onboarding.error.required");
            } else if ((kind = Labels.unitKind(kindText)) == null) {
                errors.add(l.row(), "kind", "onboarding.error.unknown-unit-kind", kindText);
            }
            if (regionText == null) {
                errors.add(l.row(), "region", "onboarding.error.required");
            } else {
                Directory.Match<Region> m = dir.region(regionText);
                if (m.found() == null) {
                    errors.add(l.row(), "region", m.error(), m.detail());
                } else {
                    region = m.found().code();
                    if (!dir.covers(user.regionCode(), region)) {
                        outside.add(l.row(), "region", "onboarding.error.outside-scope", m.found().name());
                    }
                }
            }
            if (name == null) {
                errors.add(l.row(), "name", "onboarding.error.required");
            } else if (region != null) {
                Integer first = seen.putIfAbsent(Headers.normal(name) + "@" + region, l.row());
                if (first != null) {
                    errors.add(l.row(), "name", "onboarding.error.duplicate-name", name, String.valueOf(first));
                } else if (dir.unitNameTaken(name, region)) {
                    errors.add(l.row(), "name", "onboarding.error.unit-exists", name);
                }
            }
            inputs.add(new OrganisationService.UnitInput(name, kind, region));
            rows.add(l.row());
        }
        if (!outside.isEmpty()) {
            throw new OutOfScope(outside.list());
        }
        errors.throwIfAny();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                organisation.createUnit(inputs.get(i));
            } catch (ValidationException e) {
                errors.addAll(rows.get(i), e.errors(), UNIT_FIELDS, "name");
            }
        }
        errors.throwIfAny();
        return inputs.size();
    }

    @Transactional
    public int importLeaders(Path file, CurrentUser user) {
        requireAdmin(user);
        ImportSheet sheet = LEADERS.read(file);
        Directory dir = new Directory(organisation);
        RowErrors errors = new RowErrors(sheet, LEADERS);
        Map<String, Integer> seen = new HashMap<>();
        List<OrganisationService.LeaderInput> inputs = new java.util.ArrayList<>();
        List<Integer> rows = new java.util.ArrayList<>();
        for (ImportSheet.Line l : sheet.lines) {
            String name = Checks.blankToNull(Cells.text(l.cell("name")));
            if (name == null) {
                errors.add(l.row(), "name", "onboarding.error.required");
            } else {
                Integer first = seen.putIfAbsent(Headers.normal(name), l.row());
                if (first != null) {
                    errors.add(l.row(), "name", "onboarding.error.duplicate-name", name, String.valueOf(first));
                } else if (dir.leaderNameTaken(name)) {
                    errors.add(l.row(), "name", "onboarding.error.leader-exists", name);
                }
            }
            inputs.add(new OrganisationService.LeaderInput(name, Checks.blankToNull(Cells.text(l.cell("title")))));
            rows.add(l.row());
        }
        errors.throwIfAny();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                organisation.createLeader(inputs.get(i));
            } catch (ValidationException e) {
                errors.addAll(rows.get(i), e.errors(), LEADER_FIELDS, "name");
            }
        }
        errors.throwIfAny();
        return inputs.size();
    }

    public void writeUnitsTemplate(CurrentUser user, OutputStream out) throws IOException {
        requireAdmin(user);
        Directory dir = new Directory(organisation);
        new TemplateBook("责任单位", UNITS.columns().stream().map(Headers.Column::header).toList())
                .width("单位名称", 30).width("所在地区", 20)
                .instructions(List.of("责任单位填写说明",
                        "1. 每行一个单位；单位名称、单位类型、所在地区必填。",
                        "2. 单位类型填下方列出的名称（部门、乡镇（街道）、园区、企业、其他）或代码。",
                        "3. 所在地区填下方的区划名称或代码（名称重复时填代码）。",
                        "4. 同一地区的单位名称不能重复；有任何错误则整表不导入。"))
                .list("单位类型", List.of("名称", "代码"), List.of(List.of("部门", "DEPARTMENT"),
                        List.of("乡镇（街道）", "TOWNSHIP"), List.of("园区", "PARK"), List.of("企业", "ENTERPRISE"),
                        List.of("其他", "OTHER")), "单位类型", true)
                .list("所在地区", List.of("名称", "代码", "上级"), dir.regionsWithin(user.regionCode()).stream()
                        .map(r -> List.of(r.name(), r.code(), Objects.toString(r.parentCode(), ""))).toList(),
                        "所在地区", false)
                .write(out);
    }

    public void writeLeadersTemplate(CurrentUser user, OutputStream out) throws IOException {
        requireAdmin(user);
        new TemplateBook("包抓领导", LEADERS.columns().stream().map(Headers.Column::header).toList())
                .width("职务", 24)
                .instructions(List.of("包抓领导填写说明", "1. 每行一位领导；姓名必填，职务可不填（如 副市长）。",
                        "2. 姓名不能与已有领导重复；有任何错误则整表不导入。"))
                .write(out);
    }
}

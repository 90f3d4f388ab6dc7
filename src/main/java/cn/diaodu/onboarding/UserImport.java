package cn.diaodu.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.Checks;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.identity.UserService;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.Unit;

/**
 * Users from Excel and one reporter per unit: every account goes through {@link UserService#create} (the password
 * policy, the roles kept apart, the audit entry, and the change of the password at the first sign-in), in one
 * transaction per import. A blank 初始密码 gets a generated one ({@link FirstPasswords}), answered once.
 */
@Service
public class UserImport {
    static final Headers USERS = new Headers()
            .add("username", "用户名", "username", true, "账号", "登录名")
            .add("displayName", "姓名", "displayName", false, "显示名称")
            .add("roles", "角色", "roles", true)
            .add("unit", "所属单位", "unitId", false, "单位", "责任单位")
            .add("region", "所在地区", "regionCode", false, "数据范围", "地区")
            .add("password", "初始密码", "password", false, "密码")
            .add("email", "电子邮箱", "email", false, "邮箱");
    private static final Map<String, String> FIELDS = Map.of("username", "username", "displayName", "displayName",
            "roles", "roles", "unitId", "unit", "regionCode", "region", "password", "password", "email", "email");
    static final Map<String, Role> ROLE_NAMES = new LinkedHashMap<>();

    static {
        ROLE_NAMES.put("系统管理员", Role.ADMIN);
        ROLE_NAMES.put("项目办", Role.DISPATCHER);
        ROLE_NAMES.put("调度员", Role.DISPATCHER);
        ROLE_NAMES.put("领导", Role.LEADER);
        ROLE_NAMES.put("填报员", Role.REPORTER);
        ROLE_NAMES.put("督查室", Role.SUPERVISOR);
        ROLE_NAMES.put("督查员", Role.SUPERVISOR);
        ROLE_NAMES.put("审计员", Role.AUDITOR);
        ROLE_NAMES.put("审计管理员", Role.AUDITOR);
        ROLE_NAMES.put("安全管理员", Role.SECURITY_ADMIN);
        ROLE_NAMES.put("招商局", Role.ATTRACTION);
        ROLE_NAMES.put("招商办", Role.ATTRACTION);
    }

    private final UserService users;
    private final OrganisationService organisation;
    private final DataScope scope;

    UserImport(UserService users, OrganisationService organisation, DataScope scope) {
        this.users = users;
        this.organisation = organisation;
        this.scope = scope;
    }

    static void requireUserAdmin(CurrentUser user) {
        if (!user.hasAny(Role.ADMIN, Role.SECURITY_ADMIN)) {
            throw new ForbiddenException("only an administrator imports users");
        }
    }

    static Role role(String text) {
        String t = text.trim();
        if (ROLE_NAMES.containsKey(t)) {
            return ROLE_NAMES.get(t);
        }
        try {
            return Role.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Row(int row, UserService.UserInput input, boolean generated, boolean clean) {
    }

    @Transactional
    public List<FirstPasswords.Credential> importFile(Path file, CurrentUser admin) {
        requireUserAdmin(admin);
        ImportSheet sheet = USERS.read(file);
        Directory dir = new Directory(organisation);
        RowErrors errors = new RowErrors(sheet, USERS);
        RowErrors outside = new RowErrors(sheet, USERS);
        Set<String> existing = new HashSet<>();
        users.list().forEach(u -> existing.add(u.username().toLowerCase(Locale.ROOT)));
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ImportSheet.Line l : sheet.lines) {
            int before = errors.size();
            String username = text(l, "username");
            if (username == null) {
                errors.add(l.row(), "username", "onboarding.error.required");
            } else {
                Integer first = seen.putIfAbsent(username.toLowerCase(Locale.ROOT), l.row());
                if (first != null) {
                    errors.add(l.row(), "username", "onboarding.error.duplicate-name", username, String.valueOf(first));
                } else if (existing.contains(username.toLowerCase(Locale.ROOT))) {
                    errors.add(l.row(), "username", "identity.error.username-already-taken");
                }
            }
            List<String> roles = new ArrayList<>();
            String roleText = text(l, "roles");
            if (roleText == null) {
                errors.add(l.row(), "roles", "onboarding.error.required");
            } else {
                for (String r : Names.split(roleText)) {
                    Role role = role(r);
                    if (role == null) {
                        errors.add(l.row(), "roles", "onboarding.error.unknown-role", r);
                    } else if (!roles.contains(role.name())) {
                        roles.add(role.name());
                    }
                }
            }
            String region = null;
            if (text(l, "region") != null) {
                Directory.Match<Region> m = dir.region(text(l, "region"));
                if (m.found() == null) {
                    errors.add(l.row(), "region", m.error(), m.detail());
                } else {
                    region = m.found().code();
                }
            }
            Long unitId = null;
            if (text(l, "unit") != null) {
                Directory.Match<Unit> m = dir.unit(text(l, "unit"), region);
                if (m.found() == null) {
                    errors.add(l.row(), "unit", m.error(), m.detail());
                } else {
                    unitId = m.found().id();
                }
            }
            if (!scope.administers(admin, region, unitId, roles)) {
                outside.add(l.row(), region != null ? "region" : "unit", "onboarding.error.user-outside-scope",
                        username == null ? "" : username);
            }
            String password = text(l, "password");
            boolean generated = password == null;
            rows.add(new Row(l.row(), new UserService.UserInput(username,
                    generated ? FirstPasswords.generate(username) : Cells.raw(l.cell("password")),
                    text(l, "displayName"), roles, unitId, region, true, text(l, "email")), generated,
                    errors.size() == before));
        }
        if (!outside.isEmpty()) {
            throw new OutOfScope(outside.list());
        }
        return create(rows, errors);
    }

    /**
     * Creates the accounts of the clean rows, also when other rows were refused, so that the service's own refusals
     * (the password policy, a reporter without a unit) are listed too; any refusal rolls the whole import back.
     */
    private List<FirstPasswords.Credential> create(List<Row> rows, RowErrors errors) {
        List<FirstPasswords.Credential> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.clean()) {
                continue;
            }
            try {
                UserService.UserView u = users.create(r.input());
                out.add(new FirstPasswords.Credential(u.username(), u.displayName(),
                        r.generated() ? r.input().password() : null));
            } catch (ValidationException e) {
                errors.addAll(r.row(), e.errors(), FIELDS, "username");
            }
        }
        errors.throwIfAny();
        return out;
    }

    /**
     * 一键生成填报员: a REPORTER account for every unit (in the administrator's region) that has no reporter yet,
     * named {@code tb<unit id>}, with a generated first password.
     */
    @Transactional
    public List<FirstPasswords.Credential> reporterPerUnit(CurrentUser admin) {
        requireUserAdmin(admin);
        List<UserService.UserView> all = users.list();
        Set<Long> covered = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (UserService.UserView u : all) {
            taken.add(u.username().toLowerCase(Locale.ROOT));
            if (u.roles().contains(Role.REPORTER) && u.unitId() != null && u.enabled()) {
                covered.add(u.unitId());
            }
        }
        Directory dir = new Directory(organisation);
        List<FirstPasswords.Credential> out = new ArrayList<>();
        for (Unit unit : dir.unitsWithin(admin.regionCode())) {
            if (covered.contains(unit.id())) {
                continue;
            }
            String username = "tb" + unit.id();
            for (int n = 2; taken.contains(username); n++) {
                username = "tb" + unit.id() + "-" + n;
            }
            taken.add(username);
            String password = FirstPasswords.generate(username);
            String name = unit.name().length() > 97 ? unit.name().substring(0, 97) : unit.name();
            UserService.UserView u = users.create(new UserService.UserInput(username, password, name + "填报员",
                    List.of(Role.REPORTER.name()), unit.id(), null, true));
            out.add(new FirstPasswords.Credential(u.username(), u.displayName(), password));
        }
        return out;
    }

    public void writeTemplate(CurrentUser admin, OutputStream out) throws IOException {
        requireUserAdmin(admin);
        Directory dir = new Directory(organisation);
        List<List<String>> roles = new ArrayList<>();
        Map<Role, String> shown = new LinkedHashMap<>();
        ROLE_NAMES.forEach((name, role) -> shown.putIfAbsent(role, name));
        shown.forEach((role, name) -> roles.add(List.of(name, role.name())));
        new TemplateBook("用户", USERS.columns().stream().map(Headers.Column::header).toList())
                .texts("用户名", "初始密码").width("所属单位", 28).width("电子邮箱", 24)
                .instructions(List.of("用户填写说明",
                        "1. 每行一个账号；用户名（2至64位字母、数字或 _ . @ -）和角色必填。",
                        "2. 角色填下方的名称或代码，多个角色用顿号“、”分隔；系统管理员、安全管理员、审计员不能兼任。",
                        "3. 填报员必须填所属单位（下方列出的单位名称）；所在地区为数据范围，可不填（全市）。",
                        "4. 初始密码可不填，系统自动生成并在导入后提供下载（只提供一次）；填写时至少8位，含大写、小写、数字、符号中的三类，且不含用户名。",
                        "5. 所有账号首次登录时必须修改密码。有任何错误则整表不导入。"))
                .list("角色", List.of("名称", "代码"), roles, "角色", false)
                .list("所属单位", List.of("名称", "所在地区"), dir.unitsWithin(admin.regionCode()).stream()
                        .map(u -> List.of(u.name(), dir.tree.path(u.regionCode()))).toList(), "所属单位", false)
                .list("所在地区", List.of("名称", "代码", "上级"), dir.regionsWithin(admin.regionCode()).stream()
                        .map(r -> List.of(r.name(), r.code(), Objects.toString(r.parentCode(), ""))).toList(),
                        "所在地区", false)
                .write(out);
    }

    private static String text(ImportSheet.Line l, String key) {
        return Checks.blankToNull(Cells.text(l.cell(key)));
    }
}

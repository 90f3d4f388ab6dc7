package cn.diaodu.identity;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

/**
 * The administrator's page of users ({@code /admin/users}): the list, creating and editing a user (roles, unit,
 * region, password), disabling and enabling. It calls the same {@link UserService} as the API; a refused form comes
 * back with the message beside each field and the values as entered (never the password).
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
class UserPages {
    private final UserService users;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final DataScope scope;
    private final SignIn signIn;
    private final RoleRules rules;

    UserPages(UserService users, OrganisationService organisation, MessageSource messages, DataScope scope,
            SignIn signIn, RoleRules rules) {
        this.signIn = signIn;
        this.rules = rules;
        this.users = users;
        this.organisation = organisation;
        this.messages = messages;
        this.scope = scope;
    }

    /** A line of the list: the user with the names of the unit and region. */
    public record UserRow(UserService.UserView user, List<Role> roles, String unitName, String regionName,
            String regionPath, boolean self) {
    }

    /** A region option, indented by its depth in the tree. */
    public record RegionOption(String code, String name, int depth) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        String filter = q == null ? "" : q.trim();
        String needle = filter.toLowerCase(Locale.ROOT);
        Map<Long, Unit> units = units();
        RegionTree tree = organisation.regionTree();
        CurrentUser admin = CurrentUsers.get();
        long me = admin.id();
        List<UserService.UserView> all = scope.administeredAmong(admin, users.list());
        List<UserRow> rows = all.stream()
                .filter(u -> needle.isEmpty() || u.username().toLowerCase(Locale.ROOT).contains(needle)
                        || (u.displayName() != null && u.displayName().toLowerCase(Locale.ROOT).contains(needle)))
                .map(u -> new UserRow(u, u.roles().stream().sorted().toList(),
                        u.unitId() == null || !units.containsKey(u.unitId()) ? null : units.get(u.unitId()).name(),
                        tree.contains(u.regionCode()) ? tree.get(u.regionCode()).name() : u.regionCode(),
                        tree.contains(u.regionCode()) ? tree.path(u.regionCode()) : null, u.id() == me))
                .toList();
        model.addAttribute("q", filter);
        model.addAttribute("total", all.size());
        model.addAttribute("rows", rows);
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        return formPage(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("userForm") UserForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        UserService.UserInput in = input(form, trim(form.getUsername()), form.isEnabled());
        scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
        try {
            UserService.UserView u = users.create(in);
            flash(redirect, "user.created", locale, u.username());
            return "redirect:/admin/users";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        } catch (DuplicateKeyException e) {
            reject(result, List.of(new FieldError("username", "identity.error.username-already-taken")), locale);
        }
        form.setPassword(null);
        return formPage(model, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        UserService.UserView u = scope.administered(users.get(id));
        UserForm form = new UserForm();
        form.setUsername(u.username());
        form.setDisplayName(u.displayName());
        form.setRoles(u.roles().stream().sorted().map(Role::name).collect(Collectors.toCollection(ArrayList::new)));
        form.setUnitId(u.unitId() == null ? null : String.valueOf(u.unitId()));
        form.setRegionCode(u.regionCode());
        form.setEnabled(u.enabled());
        model.addAttribute("userForm", form);
        return formPage(model, u);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("userForm") UserForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        UserService.UserView before = scope.administered(users.get(id));
        form.setUsername(before.username());
        List<FieldError> own = new ArrayList<>();
        if (id == CurrentUsers.get().id()) {
            if (!form.isEnabled()) {
                own.add(new FieldError("enabled", "identity.error.you-cannot-disable-your-own-account"));
            }
            if (CurrentUsers.get().has(Role.ADMIN) && !form.getRoles().contains(Role.ADMIN.name())) {
                own.add(new FieldError("roles",
                        "identity.error.you-cannot-remove-your-own-administrator"));
            }
            if (CurrentUsers.get().has(Role.SECURITY_ADMIN) && !form.getRoles().contains(Role.SECURITY_ADMIN.name())) {
                own.add(new FieldError("roles",
                        "identity.error.you-cannot-remove-your-own-security"));
            }
        }
        try {
            if (!own.isEmpty()) {
                throw new ValidationException(own);
            }
            UserService.UserInput in = input(form, null, form.isEnabled());
            scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
            UserService.UserView u = users.update(id, in);
            flash(redirect, "user.updated", locale, u.username());
            return "redirect:/admin/users";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        form.setPassword(null);
        return formPage(model, before);
    }

    @PostMapping("/{id:\\d+}/disable")
    String disable(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return setEnabled(id, false, locale, redirect);
    }

    @PostMapping("/{id:\\d+}/enable")
    String enable(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return setEnabled(id, true, locale, redirect);
    }

    @PostMapping("/{id:\\d+}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String unlock(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        UserService.UserView u = scope.administered(users.get(id));
        signIn.unlock(u.id(), u.username());
        flash(redirect, "user.unlockedDone", locale, u.username());
        return "redirect:/admin/users";
    }

    private String setEnabled(long id, boolean enabled, Locale locale, RedirectAttributes redirect) {
        UserService.UserView u = scope.administered(users.get(id));
        if (!enabled && id == CurrentUsers.get().id()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("user.cannotDisableSelf", null, locale));
            return "redirect:/admin/users";
        }
        try {
            users.update(id, new UserService.UserInput(null, null, u.displayName(),
                    u.roles().stream().map(Role::name).toList(), u.unitId(), u.regionCode(), enabled));
            flash(redirect, enabled ? "user.enabledDone" : "user.disabledDone", locale, u.username());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.errors().stream().map(fe -> fe.message(locale))
                    .collect(Collectors.joining("；")));
        }
        return "redirect:/admin/users";
    }

    private String formPage(Model model, UserService.UserView existing) {
        model.addAttribute("existing", existing);
        CurrentUser admin = CurrentUsers.get();
        boolean all = rules.mayGrantAdministrators(admin);
        model.addAttribute("allRoles", java.util.Arrays.stream(Role.values())
                .filter(r -> all || !RoleRules.ADMINISTRATORS.contains(r)).toList());
        RegionTree tree = organisation.regionTree();
        model.addAttribute("unitOptions", organisation.units().stream()
                .filter(u -> scope.covers(admin, tree, u.regionCode()))
                .sorted(Comparator.comparing(Unit::name, Collator.getInstance(Locale.CHINA))).toList());
        model.addAttribute("regionOptions", regionOptions(tree, admin.regionCode()));
        return "identity/user-form";
    }

    private static UserService.UserInput input(UserForm form, String username, boolean enabled) {
        return new UserService.UserInput(username, form.getPassword(), form.getDisplayName(),
                form.getRoles().stream().filter(r -> r != null && !r.isBlank()).map(String::trim).distinct().toList(),
                unitId(form.getUnitId()), trim(form.getRegionCode()), enabled);
    }

    /** The unit chosen: none when blank; an id no unit has when not a number, so that the service refuses it. */
    private static Long unitId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private Map<Long, Unit> units() {
        return organisation.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /** The regions a user may be bounded to: the tree, or the subtree of a bounded administrator's region. */
    private static List<RegionOption> regionOptions(RegionTree tree, String from) {
        List<RegionOption> out = new ArrayList<>();
        if (from == null) {
            tree.roots().forEach(r -> walk(tree, r, 0, out));
        } else if (tree.contains(from)) {
            walk(tree, tree.get(from), 0, out);
        }
        return out;
    }

    private static void walk(RegionTree tree, Region r, int depth, List<RegionOption> out) {
        out.add(new RegionOption(r.code(), r.name(), depth));
        tree.children(r.code()).forEach(k -> walk(tree, k, depth + 1, out));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private void flash(RedirectAttributes redirect, String key, Locale locale, Object... args) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, args, locale));
    }

    /** Puts the service's refusals beside the fields of the form, in the language of the page. */
    private static void reject(BindingResult result, List<FieldError> errors, Locale locale) {
        var bean = PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget());
        Set<String> seen = new java.util.HashSet<>();
        for (FieldError e : errors) {
            String message = e.message(locale);
            if (!seen.add(e.field() + "\u0000" + message)) {
                continue;
            }
            if (e.field() != null && bean.isReadableProperty(e.field())) {
                result.rejectValue(e.field(), "diaodu.refused", message);
            } else {
                result.reject("diaodu.refused", message);
            }
        }
    }

}

package cn.diaodu.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;

/**
 * The administrator's pages for the organisation: the region tree ({@code /admin/regions}), the responsible units
 * ({@code /admin/units}) and the leaders ({@code /admin/leaders}). They call the same {@link OrganisationService}
 * as the API; a refused form comes back with the message beside each field and the values as entered.
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationPages {
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final AdminScope admin;

    OrganisationPages(OrganisationService organisation, MessageSource messages, AdminScope admin) {
        this.organisation = organisation;
        this.messages = messages;
        this.admin = admin;
    }

    // ---- forms: strings only, so that binding itself never fails ----------------------------------------------

    public static class RegionForm {
        private String code;
        private String name;
        private String level;
        private String parentCode;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getParentCode() {
            return parentCode;
        }

        public void setParentCode(String parentCode) {
            this.parentCode = parentCode;
        }
    }

    public static class RenameForm {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class UnitForm {
        private String name;
        private String kind;
        private String regionCode;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }
    }

    public static class LeaderForm {
        private String name;
        private String title;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** A region in the depth-first order of the tree, with its depth (0 for a root) and its path of names. */
    public record RegionRow(Region region, int depth, String path, int children) {
    }

    // ---- regions -----------------------------------------------------------------------------------------------

    @GetMapping("/regions")
    String regions(@RequestParam(required = false) String parent, Model model) {
        RegionForm form = new RegionForm();
        RegionTree tree = organisation.regionTree();
        if (parent != null && tree.contains(parent)) {
            Region p = tree.get(parent);
            form.setParentCode(p.code());
            RegionLevel[] levels = RegionLevel.values();
            if (p.level().ordinal() + 1 < levels.length) {
                form.setLevel(levels[p.level().ordinal() + 1].name());
            }
        }
        model.addAttribute("regionForm", form);
        return regionsPage(model, tree);
    }

    @PostMapping("/regions")
    String createRegion(@ModelAttribute("regionForm") RegionForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        admin.require(trim(form.getParentCode()));
        try {
            Region r = organisation.createRegion(new OrganisationService.RegionInput(trim(form.getCode()),
                    form.getName(), trim(form.getLevel()), trim(form.getParentCode())));
            flash(redirect, "region.created", locale, r.name(), r.code());
            return "redirect:/admin/regions";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        } catch (DuplicateKeyException e) {
            reject(result, List.of(new FieldError("code", "organisation.error.code-already-exists")), locale);
        }
        return regionsPage(model, organisation.regionTree());
    }

    private String regionsPage(Model model, RegionTree tree) {
        List<RegionRow> rows = rows(tree);
        model.addAttribute("rows", rows);
        model.addAttribute("parents", rows.stream().filter(r -> r.region().level() != RegionLevel.VILLAGE).toList());
        model.addAttribute("levels", RegionLevel.values());
        return "organisation/regions";
    }

    @GetMapping("/regions/{code}/edit")
    String editRegion(@PathVariable String code, Model model) {
        Region r = organisation.region(code).orElseThrow(() -> new NotFoundException("region " + code));
        admin.require(code);
        RenameForm form = new RenameForm();
        form.setName(r.name());
        model.addAttribute("renameForm", form);
        return regionPage(model, r);
    }

    @PostMapping("/regions/{code}/rename")
    String renameRegion(@PathVariable String code, @ModelAttribute("renameForm") RenameForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        Region before = organisation.region(code).orElseThrow(() -> new NotFoundException("region " + code));
        admin.require(code);
        try {
            Region r = organisation.renameRegion(code, form.getName());
            flash(redirect, "region.renamed", locale, r.code(), r.name());
            return "redirect:/admin/regions";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        return regionPage(model, before);
    }

    private String regionPage(Model model, Region r) {
        RegionTree tree = organisation.regionTree();
        model.addAttribute("region", r);
        model.addAttribute("path", tree.path(r.code()));
        model.addAttribute("childCount", tree.children(r.code()).size());
        return "organisation/region-edit";
    }

    // ---- units -------------------------------------------------------------------------------------------------

    @GetMapping("/units")
    String units(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("unitForm", new UnitForm());
        return unitsPage(model, q);
    }

    @PostMapping("/units")
    String createUnit(@ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        admin.require(trim(form.getRegionCode()));
        try {
            Unit u = organisation.createUnit(unitInput(form));
            flash(redirect, "unit.created", locale, u.name());
            return "redirect:/admin/units";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        return unitsPage(model, null);
    }

    private String unitsPage(Model model, String q) {
        RegionTree tree = organisation.regionTree();
        List<Unit> all = organisation.units().stream().filter(u -> admin.covers(tree, u)).toList();
        String filter = q == null ? "" : q.trim();
        String needle = filter.toLowerCase(Locale.ROOT);
        List<Unit> shown = needle.isEmpty() ? all
                : all.stream().filter(u -> u.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        model.addAttribute("q", filter);
        model.addAttribute("total", all.size());
        model.addAttribute("units", shown);
        model.addAttribute("tree", tree);
        model.addAttribute("regionRows", rows(tree));
        model.addAttribute("kinds", UnitKind.values());
        return "organisation/units";
    }

    @GetMapping("/units/{id:\\d+}/edit")
    String editUnit(@PathVariable long id, Model model) {
        Unit u = organisation.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
        admin.require(u.regionCode());
        UnitForm form = new UnitForm();
        form.setName(u.name());
        form.setKind(u.kind().name());
        form.setRegionCode(u.regionCode());
        model.addAttribute("unitForm", form);
        return unitPage(model, u);
    }

    @PostMapping("/units/{id:\\d+}")
    String updateUnit(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        Unit before = organisation.unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
        admin.require(before.regionCode(), trim(form.getRegionCode()));
        try {
            Unit u = organisation.updateUnit(id, unitInput(form));
            flash(redirect, "unit.updated", locale, u.name());
            return "redirect:/admin/units";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        return unitPage(model, before);
    }

    private String unitPage(Model model, Unit u) {
        model.addAttribute("unit", u);
        model.addAttribute("regionRows", rows(organisation.regionTree()));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("section", "units");
        return "organisation/edit";
    }

    private static OrganisationService.UnitInput unitInput(UnitForm form) {
        return new OrganisationService.UnitInput(form.getName(), trim(form.getKind()), trim(form.getRegionCode()));
    }

    // ---- leaders -----------------------------------------------------------------------------------------------

    @GetMapping("/leaders")
    String leaders(Model model) {
        model.addAttribute("leaderForm", new LeaderForm());
        return leadersPage(model);
    }

    @PostMapping("/leaders")
    String createLeader(@ModelAttribute("leaderForm") LeaderForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            Leader l = organisation.createLeader(new OrganisationService.LeaderInput(form.getName(),
                    trim(form.getTitle())));
            flash(redirect, "leader.created", locale, l.name());
            return "redirect:/admin/leaders";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        return leadersPage(model);
    }

    private String leadersPage(Model model) {
        model.addAttribute("leaders", organisation.leaders());
        return "organisation/leaders";
    }

    @GetMapping("/leaders/{id:\\d+}/edit")
    String editLeader(@PathVariable long id, Model model) {
        Leader l = organisation.leader(id).orElseThrow(() -> new NotFoundException("leader " + id));
        LeaderForm form = new LeaderForm();
        form.setName(l.name());
        form.setTitle(l.title());
        model.addAttribute("leaderForm", form);
        return leaderPage(model, l);
    }

    @PostMapping("/leaders/{id:\\d+}")
    String updateLeader(@PathVariable long id, @ModelAttribute("leaderForm") LeaderForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect) {
        Leader before = organisation.leader(id).orElseThrow(() -> new NotFoundException("leader " + id));
        try {
            Leader l = organisation.updateLeader(id, new OrganisationService.LeaderInput(form.getName(),
                    trim(form.getTitle())));
            flash(redirect, "leader.updated", locale, l.name());
            return "redirect:/admin/leaders";
        } catch (ValidationException e) {
            reject(result, e.errors(), locale);
        }
        return leaderPage(model, before);
    }

    private static String leaderPage(Model model, Leader l) {
        model.addAttribute("leader", l);
        model.addAttribute("section", "leaders");
        return "organisation/edit";
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The tree in depth-first order, children by code. */
    private List<RegionRow> rows(RegionTree tree) {
        List<RegionRow> out = new ArrayList<>();
        admin.roots(tree).stream().sorted(Comparator.comparing(Region::code)).forEach(r -> walk(tree, r, 0, out));
        return out;
    }

    private static void walk(RegionTree tree, Region r, int depth, List<RegionRow> out) {
        List<Region> kids = tree.children(r.code());
        out.add(new RegionRow(r, depth, tree.path(r.code()), kids.size()));
        kids.forEach(k -> walk(tree, k, depth + 1, out));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private void flash(RedirectAttributes redirect, String key, Locale locale, Object... args) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, args, locale));
    }

    /** Puts the service's refusals beside the fields of the form, in the language of the page. */
    static void reject(BindingResult result, List<FieldError> errors, Locale locale) {
        var bean = PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget());
        for (FieldError e : errors) {
            String message = e.message(locale);
            if (e.field() != null && bean.isReadableProperty(e.field())) {
                result.rejectValue(e.field(), "diaodu.refused", message);
            } else {
                result.reject("diaodu.refused", message);
            }
        }
    }

}

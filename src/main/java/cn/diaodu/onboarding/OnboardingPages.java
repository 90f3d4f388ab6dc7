package cn.diaodu.onboarding;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Messages;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;

/**
 * 导入与初始化 ({@code /onboarding}): the four templates, the uploads (posted by the page's script with the upload's
 * progress, or as a plain form), the refusals as a table (row, column, reason) with nothing written, the count on
 * success, the first passwords as a workbook downloaded once, one reporter per unit, the region tree of a province.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER','ADMIN','SECURITY_ADMIN')")
class OnboardingPages {
    /** Refusals shown on the page. */
    static final int SHOWN_ERRORS = 500;
    private static final String CREDENTIALS = "diaodu.onboarding.credentials";
    private static final List<String> KINDS = List.of("projects", "units", "leaders", "users");

    private final ProjectImport projectImport;
    private final OrganisationImport organisationImport;
    private final UserImport userImport;
    private final RegionCatalogue regions;
    private final AppClock clock;

    OnboardingPages(ProjectImport projectImport, OrganisationImport organisationImport, UserImport userImport,
            RegionCatalogue regions, AppClock clock) {
        this.projectImport = projectImport;
        this.organisationImport = organisationImport;
        this.userImport = userImport;
        this.regions = regions;
        this.clock = clock;
    }

    /** The first passwords of the last import, kept in the session until downloaded once. */
    record Kept(List<FirstPasswords.Credential> credentials) implements Serializable {
    }

    @GetMapping("/onboarding")
    String page(Model model) {
        return show(model, null);
    }

    @GetMapping("/onboarding/{kind}/template.xlsx")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        switch (kind) {
            case "projects" -> {
                ProjectImport.requireDispatcher(user);
                Uploads.download(response, "重点项目清单模板.xlsx", "projects-template.xlsx");
                projectImport.writeTemplate(user, response.getOutputStream());
            }
            case "units" -> {
                OrganisationImport.requireAdmin(user);
                Uploads.download(response, "责任单位模板.xlsx", "units-template.xlsx");
                organisationImport.writeUnitsTemplate(user, response.getOutputStream());
            }
            case "leaders" -> {
                OrganisationImport.requireAdmin(user);
                Uploads.download(response, "包抓领导模板.xlsx", "leaders-template.xlsx");
                organisationImport.writeLeadersTemplate(user, response.getOutputStream());
            }
            case "users" -> {
                UserImport.requireUserAdmin(user);
                Uploads.download(response, "用户模板.xlsx", "users-template.xlsx");
                userImport.writeTemplate(user, response.getOutputStream());
            }
            default -> throw new NotFoundException("template " + kind);
        }
    }

    @PostMapping("/onboarding/{kind}/import")
    String importFile(@PathVariable String kind, @RequestParam(required = false) Integer year,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session)
            throws IOException {
        if (!KINDS.contains(kind)) {
            throw new NotFoundException("import " + kind);
        }
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("resultKind", kind);
        model.addAttribute("year", year);
        try {
            int n = Uploads.with(file, f -> switch (kind) {
                case "projects" -> projectImport.importFile(year, f, user);
                case "units" -> organisationImport.importUnits(f, user);
                case "leaders" -> organisationImport.importLeaders(f, user);
                default -> keep(session, userImport.importFile(f, user), model);
            });
            model.addAttribute("imported", n);
        } catch (OutOfScope e) {
            refused(model, e.rows(), true);
        } catch (ValidationException e) {
            refused(model, e.errors(), false);
        }
        if (file != null && file.getOriginalFilename() != null) {
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return show(model, year);
    }

    @PostMapping("/onboarding/reporters")
    String reporters(Model model, HttpSession session) {
        model.addAttribute("resultKind", "reporters");
        model.addAttribute("imported", keep(session, userImport.reporterPerUnit(CurrentUsers.get()), model));
        return show(model, null);
    }

    @PostMapping("/onboarding/regions")
    String loadRegions(@RequestParam(required = false) String province, @RequestParam(required = false) String depth,
            Model model) {
        model.addAttribute("resultKind", "regions");
        try {
            model.addAttribute("imported", regions.load(province, depth, CurrentUsers.get()));
        } catch (ValidationException e) {
            refused(model, e.errors(), false);
        }
        return show(model, null);
    }

    /** The first passwords of the last import, once: the session forgets them as they are downloaded. */
    @GetMapping("/onboarding/credentials.xlsx")
    void credentials(HttpSession session, HttpServletResponse response) throws IOException {
        if (!(session.getAttribute(CREDENTIALS) instanceof Kept kept)) {
            throw new NotFoundException("no credentials");
        }
        session.removeAttribute(CREDENTIALS);
        Uploads.download(response, "初始密码.xlsx", "credentials.xlsx");
        FirstPasswords.write(kept.credentials(), response.getOutputStream());
    }

    private static int keep(HttpSession session, List<FirstPasswords.Credential> created, Model model) {
        List<FirstPasswords.Credential> generated = new ArrayList<>(created.stream()
                .filter(c -> c.password() != null).toList());
        if (!generated.isEmpty()) {
            session.setAttribute(CREDENTIALS, new Kept(generated));
            model.addAttribute("credentials", generated.size());
        }
        return created.size();
    }

    private static void refused(Model model, List<FieldError> errors, boolean outside) {
        model.addAttribute("errors", errors.size() > SHOWN_ERRORS ? errors.subList(0, SHOWN_ERRORS) : errors);
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("outside", outside);
    }

    private String show(Model model, Integer year) {
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("defaultYear", year != null ? year : clock.today().getYear());
        model.addAttribute("canProjects", user.has(Role.DISPATCHER));
        model.addAttribute("canOrganisation", user.has(Role.ADMIN));
        model.addAttribute("canUsers", user.hasAny(Role.ADMIN, Role.SECURITY_ADMIN));
        model.addAttribute("provinces", user.has(Role.ADMIN) ? regions.provinces() : List.of());
        model.addAttribute("maxMegabytes", XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        model.addAttribute("maxRows", ImportSheet.MAX_ROWS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
            model.addAttribute("errorCount", 0);
        }
        if (model.containsAttribute("resultKind")) {
            model.addAttribute("resultTitle",
                    Messages.text("onboarding.kind." + model.getAttribute("resultKind"), List.of()));
        }
        return "onboarding/index";
    }
}

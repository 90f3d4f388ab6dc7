package cn.diaodu.onboarding;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.ApiLocale;
import cn.diaodu.common.Messages;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * Onboarding from Excel (CONTRACT §11): the templates and imports of projects (a dispatcher), units and leaders (an
 * administrator) and users (an administrator or security administrator; first passwords answered once, as JSON or,
 * with {@code credentials=xlsx}, as a workbook), one reporter per unit, the region tree of a province, the year's
 * rollover. A refused file is a 422 with every bad cell ({@code row}, {@code column}, {@code field},
 * {@code message}); rows outside the caller's region a 403 naming them; nothing is written.
 */
@RestController
@RequestMapping("/api")
class OnboardingApi {
    private final ProjectImport projectImport;
    private final OrganisationImport organisationImport;
    private final UserImport userImport;
    private final RegionCatalogue regions;
    private final Rollover rollover;

    OnboardingApi(ProjectImport projectImport, OrganisationImport organisationImport, UserImport userImport,
            RegionCatalogue regions, Rollover rollover) {
        this.projectImport = projectImport;
        this.organisationImport = organisationImport;
        this.userImport = userImport;
        this.regions = regions;
        this.rollover = rollover;
    }

    @ExceptionHandler(OutOfScope.class)
    ResponseEntity<Map<String, Object>> outside(OutOfScope e, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", Messages.text("onboarding.error.rows-outside-scope", List.of(), ApiLocale.of(request)));
        body.put("errors", e.rows().stream().map(f -> f.json(ApiLocale.of(request))).toList());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    @GetMapping("/projects/template.xlsx")
    @PreAuthorize("hasRole('DISPATCHER')")
    void projectTemplate(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        Uploads.download(response, "重点项目清单模板.xlsx", "projects-template.xlsx");
        projectImport.writeTemplate(user, response.getOutputStream());
    }

    @PostMapping(path = "/projects/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('DISPATCHER')")
    Map<String, Object> importProjects(@RequestParam Integer year, @RequestPart("file") MultipartFile file)
            throws IOException {
        CurrentUser user = CurrentUsers.get();
        return Map.of("imported", Uploads.with(file, f -> projectImport.importFile(year, f, user)));
    }

    @GetMapping("/units/template.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    void unitTemplate(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        Uploads.download(response, "责任单位模板.xlsx", "units-template.xlsx");
        organisationImport.writeUnitsTemplate(user, response.getOutputStream());
    }

    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> importUnits(@RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = CurrentUsers.get();
        return Map.of("imported", Uploads.with(file, f -> organisationImport.importUnits(f, user)));
    }

    @GetMapping("/leaders/template.xlsx")
    @PreAuthorize("hasRole('ADMIN')")
    void leaderTemplate(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        Uploads.download(response, "包抓领导模板.xlsx", "leaders-template.xlsx");
        organisationImport.writeLeadersTemplate(user, response.getOutputStream());
    }

    @PostMapping(path = "/leaders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> importLeaders(@RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = CurrentUsers.get();
        return Map.of("imported", Uploads.with(file, f -> organisationImport.importLeaders(f, user)));
    }

    @GetMapping("/users/template.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    void userTemplate(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        Uploads.download(response, "用户模板.xlsx", "users-template.xlsx");
        userImport.writeTemplate(user, response.getOutputStream());
    }

    /**
     * 200 {@code {"imported":n,"credentials":[{"username","displayName","password"}]}} (password only where it was
     * generated), or with {@code credentials=xlsx} the credentials workbook.
     */
    @PostMapping(path = "/users/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    Map<String, Object> importUsers(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String credentials, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUsers.get();
        return credentials(Uploads.with(file, f -> userImport.importFile(f, user)), credentials, response);
    }

    /** One reporter for every unit without one: {@code {"imported":n,"credentials":[…]}}. */
    @PostMapping("/users/reporters")
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    Map<String, Object> reporters(@RequestParam(required = false) String credentials, HttpServletResponse response)
            throws IOException {
        return credentials(userImport.reporterPerUnit(CurrentUsers.get()), credentials, response);
    }

    private static Map<String, Object> credentials(List<FirstPasswords.Credential> created, String format,
            HttpServletResponse response) throws IOException {
        if ("xlsx".equalsIgnoreCase(format)) {
            Uploads.download(response, "初始密码.xlsx", "credentials.xlsx");
            FirstPasswords.write(created, response.getOutputStream());
            return null;
        }
        return Map.of("imported", created.size(), "credentials", created);
    }

    /** The body of POST /api/regions/load. */
    record RegionLoad(String province, String depth) {
    }

    @PostMapping("/regions/load")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> loadRegions(@RequestBody(required = false) RegionLoad in) {
        RegionLoad body = in == null ? new RegionLoad(null, null) : in;
        return Map.of("created", regions.load(body.province(), body.depth(), CurrentUsers.get()));
    }

    /** The continuing projects of a year, with what the rollover would carry. */
    @GetMapping("/projects/rollover")
    @PreAuthorize("hasRole('DISPATCHER')")
    List<Rollover.Candidate> rolloverCandidates(@RequestParam Integer fromYear) {
        return rollover.candidates(fromYear, CurrentUsers.get());
    }

    @PostMapping("/projects/rollover")
    @PreAuthorize("hasRole('DISPATCHER')")
    Rollover.Outcome roll(@RequestBody(required = false) Rollover.Request in) {
        return rollover.roll(in, CurrentUsers.get());
    }
}

package cn.diaodu.investment;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/**
 * 招商项目 for the attraction office ({@code /investments}): the leads in the user's scope, searched, filtered by
 * stage, unit, region and year, sortable and paged like the other lists, exported as XLSX, and the Excel import
 * (the refused cells shown by row and column).
 */
@Controller
class InvestmentListPages {
    private final InvestmentQueries queries;
    private final InvestmentExcel excel;
    private final InvestmentImport imports;
    private final OrganisationService organisation;
    private final AppClock clock;

    InvestmentListPages(InvestmentQueries queries, InvestmentExcel excel, InvestmentImport imports,
            OrganisationService organisation, AppClock clock) {
        this.queries = queries;
        this.excel = excel;
        this.imports = imports;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The filters as typed (kept in the form, the links and the export). */
    public record Filter(String q, String stage, String unitId, String regionCode, String year) {
        Map<String, String> params() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", q);
            kept.put("stage", stage);
            kept.put("unitId", unitId);
            kept.put("regionCode", regionCode);
            kept.put("year", year);
            return kept;
        }

        InvestmentFilter parsed() {
            try {
                return InvestmentApi.filter(year, stage, unitId, regionCode, q);
            } catch (ValidationException e) {
                return new InvestmentFilter(null, null, null, regionCode, q);
            }
        }
    }

    private static final String ASCII_TEMPLATE = "investment-template.xlsx";

    static final Map<String, Comparator<Investment>> SORTS = Map.of(
            "name", Comparator.comparing(Investment::name),
            "stage", Comparator.comparing(Investment::stage),
            "stageDate", Comparator.comparing(Investment::stageDate),
            "planned", Comparator.comparing(Investment::plannedInvestment),
            "signedAmount", Comparator.comparing(Investment::signedAmount,
                    Comparator.nullsFirst(Comparator.naturalOrder())),
            "funds", Comparator.comparing(Investment::fundsInPlace),
            "date", Comparator.comparing(Investment::date));

    @GetMapping("/investments")
    String list(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        List<Investment> all = queries.list(filter.parsed(), user);
        ListPage<Investment> list = ListPage.of("/investments", filter.params(), all, SORTS, sort, dir, page, size);
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("filtered", filter.params().values().stream().anyMatch(v -> v != null && !v.isBlank()));
        model.addAttribute("f", filter);
        model.addAttribute("stages", InvestmentStage.values());
        model.addAttribute("units", organisation.units());
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        int y = clock.today().getYear();
        model.addAttribute("years", List.of(y, y - 1, y - 2));
        model.addAttribute("canWrite", InvestmentAccess.writes(user));
        model.addAttribute("canAnalyse", InvestmentAccess.readsRegion(user));
        return "investment/list";
    }

    @GetMapping("/investments/export.xlsx")
    ResponseEntity<byte[]> export(Filter filter) {
        return excel.export(queries.list(filter.parsed(), CurrentUsers.get()));
    }

    @GetMapping("/investments/template.xlsx")
    void template(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        String title = Messages.text("investment.export.title");
        response.setContentType(cn.diaodu.common.ListExport.XLSX);
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                cn.diaodu.common.ListExport.attachment(title + ".xlsx", ASCII_TEMPLATE));
        excel.writeTemplate(CurrentUsers.get(), response.getOutputStream());
    }

    @PostMapping("/investments/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        CurrentUser user = CurrentUsers.get();
        if (!InvestmentAccess.writes(user)) {
            throw new ForbiddenException("import");
        }
        try {
            int n = InvestmentExcelApi.withFile(file, p -> imports.importFile(p, user));
            flash.addFlashAttribute("investmentFlash", Messages.text("investment.list.imported", List.of(n)));
        } catch (ValidationException e) {
            flash.addFlashAttribute("importErrors", e.errors().stream().map(InvestmentListPages::line).toList());
        }
        return "redirect:/investments";
    }

    /** A refused cell as the page lists it. */
    public record RefusedCell(Integer row, String column, String message) {
    }

    private static RefusedCell line(FieldError e) {
        return new RefusedCell(e.row(), e.column(), e.message());
    }
}

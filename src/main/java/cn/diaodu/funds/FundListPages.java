package cn.diaodu.funds;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;

/**
 * 向上争取 for the project office and the units ({@code /funds}): the year's applications in the user's scope,
 * filtered by stage, programme and unit, searched by name, sortable, paged, exported; the import of a list; and the
 * figures page {@code /funds/analysis} (by stage, programme and unit, and the sentence).
 */
@Controller
class FundListPages {
    private final FundService funds;
    private final FundFacts facts;
    private final FundExcelApi excel;
    private final OrganisationService organisation;
    private final AppClock clock;

    FundListPages(FundService funds, FundFacts facts, FundExcelApi excel, OrganisationService organisation,
            AppClock clock) {
        this.funds = funds;
        this.facts = facts;
        this.excel = excel;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The filters as typed (kept in the form and the links). */
    public record Filter(String year, String stage, String programme, String unitId, String q) {
        Map<String, String> params() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("year", year);
            kept.put("stage", stage);
            kept.put("programme", programme);
            kept.put("unitId", unitId);
            kept.put("q", q);
            return kept;
        }
    }

    static final Map<String, Comparator<FundApplication>> SORTS = Map.of(
            "name", Comparator.comparing(FundApplication::name),
            "programme", Comparator.comparing(FundApplication::programme),
            "stage", Comparator.comparing(FundApplication::stage),
            "date", Comparator.comparing(FundApplication::date),
            "requested", Comparator.comparing(FundApplication::requested),
            "totalInvestment", Comparator.comparing(FundApplication::totalInvestment),
            "obtained", Comparator.comparing(FundApplication::obtained, Comparator.nullsFirst(Comparator.naturalOrder())));

    @GetMapping("/funds")
    String list(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        if (!FundAccess.readsAny(user)) {
            throw new ForbiddenException("no role reads fund applications");
        }
        int year = FundApi.optionalYear(filter.year(), clock.today().getYear());
        Filter f = new Filter(String.valueOf(year), filter.stage(), filter.programme(), filter.unitId(), filter.q());
        FundService.Filter sf = new FundService.Filter(year, quiet(FundStage.class, f.stage()),
                quiet(Programme.class, f.programme()), ListPage.filterId(f.unitId()), null, f.q());
        List<FundApplication> all = funds.list(sf, user);
        ListPage<FundApplication> list = ListPage.of("/funds", f.params(), all, SORTS, sort, dir, page, size);
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("f", f);
        model.addAttribute("filtered", Checks.blankToNull(f.stage()) != null || Checks.blankToNull(f.programme()) != null
                || Checks.blankToNull(f.unitId()) != null || Checks.blankToNull(f.q()) != null);
        model.addAttribute("stages", FundStage.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("units", organisation.units().stream().sorted(Comparator.comparing(Unit::name)).toList());
        model.addAttribute("canWrite", FundAccess.writesAny(user));
        model.addAttribute("year", year);
        return "funds/list";
    }

    private static <E extends Enum<E>> E quiet(Class<E> type, String value) {
        try {
            return Checks.blankToNull(value) == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/funds/import")
    String importFile(@RequestParam(required = false) String year,
            @RequestPart(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        int y = FundApi.optionalYear(year, clock.today().getYear());
        try {
            int n = excel.run(y, file, CurrentUsers.get());
            flash.addFlashAttribute("fundsFlash", Messages.text("funds.flash.imported", List.of(String.valueOf(n))));
        } catch (ValidationException e) {
            flash.addFlashAttribute("importErrors", e.errors().stream().map(err -> Map.of(
                    "row", err.row() == null ? "" : String.valueOf(err.row()),
                    "column", err.column() == null ? "" : err.column(), "message", err.message())).toList());
        }
        return "redirect:/funds?year=" + y;
    }

    @GetMapping("/funds/analysis")
    String analysis(@RequestParam(required = false) String year, @RequestParam(required = false) String regionCode,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        int y = FundApi.optionalYear(year, clock.today().getYear());
        String region = Checks.blankToNull(regionCode);
        FundFacts.Report r;
        try {
            r = facts.of(y, region, user);
        } catch (ValidationException e) {
            region = null;
            r = facts.of(y, null, user);
        }
        model.addAttribute("r", r);
        model.addAttribute("year", y);
        model.addAttribute("regionCode", region);
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        return "funds/analysis";
    }
}

package cn.diaodu.bulletin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.analysis.AnalysisService;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;
import cn.diaodu.organisation.RegionTree;

/**
 * 月通报 page: a month picker, a region select, the bulletin as HTML (the same {@link Bulletin} model that the DOCX
 * is written from) and the two downloads, served here under the page session as well.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER','LEADER')")
class BulletinPages {
    private final BulletinService bulletins;
    private final BulletinFiles files;
    private final AnalysisService analysis;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final cn.diaodu.analysis.MonthCorrections corrections;

    BulletinPages(BulletinService bulletins, BulletinFiles files, AnalysisService analysis,
            OrganisationService organisation, DataScope scope, cn.diaodu.analysis.MonthCorrections corrections) {
        this.corrections = corrections;
        this.bulletins = bulletins;
        this.files = files;
        this.analysis = analysis;
        this.organisation = organisation;
        this.scope = scope;
    }

    @GetMapping("/bulletins")
    String page(@RequestParam(required = false) String ym, @RequestParam(required = false) String regionCode,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        Period period = periodOr(ym);
        // first visit: where the dashboard starts; an explicit empty choice: the user's own scope, as the API takes it
        String region = regionCode == null ? organisation.regionTree().startingPoint(user.regionCode()) : regionCode.isBlank() ? null : regionCode.trim();
        Bulletin b;
        try {
            b = bulletins.build(period, region, user);
        } catch (ValidationException e) {
            region = null;
            b = bulletins.build(period, null, user);
        }
        model.addAttribute("bulletin", b);
        model.addAttribute("ym", period.toString());
        var fixes = corrections.of(period.year(), period.month(), region, user);
        model.addAttribute("frozenAt", fixes.frozenAt());
        model.addAttribute("corrections", fixes.corrections());
        model.addAttribute("regionCode", region);
        model.addAttribute("regions", regions(user));
        model.addAttribute("chart", b.blocks().stream().filter(Bulletin.Chart.class::isInstance)
                .map(Bulletin.Chart.class::cast).findFirst()
                .map(c -> Map.of("months", c.months(), "completed", c.completed(), "planned", c.planned()))
                .orElse(Map.of()));
        return "bulletin/index";
    }

    @GetMapping("/bulletins/{period}.docx")
    void docx(@PathVariable String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse res) throws IOException {
        files.docx(period, regionCode, CurrentUsers.get(), res);
    }

    @GetMapping("/bulletins/{period}.xlsx")
    void xlsx(@PathVariable String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse res) throws IOException {
        files.xlsx(period, regionCode, CurrentUsers.get(), res);
    }

    /** The month asked for, else the current month. */
    private Period periodOr(String ym) {
        if (ym != null) {
            try {
                return BulletinService.period(ym.trim());
            } catch (ValidationException e) {
                // fall through to the current month
            }
        }
        AnalysisService.Month m = analysis.month(null, null);
        return new Period(m.year(), m.month());
    }

    /** The regions a bulletin can be issued for: provinces, cities and counties in the user's scope. */
    private List<Region> regions(CurrentUser user) {
        RegionTree tree = organisation.regionTree();
        return tree.all().stream()
                .filter(r -> r.level() == RegionLevel.PROVINCE || r.level() == RegionLevel.CITY
                        || r.level() == RegionLevel.COUNTY)
                .filter(r -> scope.covers(user, tree, r.code())).toList();
    }
}

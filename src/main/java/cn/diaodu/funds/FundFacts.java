package cn.diaodu.funds;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/**
 * The figures of the funds pipeline for a year and a scope (docs/figures.md §13), for the API, the pages, the
 * bulletin and the dashboard alike: by stage, by programme, by unit, the summary and the seeds' sentence
 * (筛选梳理拟争取政策项目X个，……正在开展前期工作的项目X项).
 */
@Component
public class FundFacts {
    private final FundService funds;
    private final OrganisationService organisation;
    private final DataScope scope;

    FundFacts(FundService funds, OrganisationService organisation, DataScope scope) {
        this.funds = funds;
        this.organisation = organisation;
        this.scope = scope;
    }

    /** The figures of year Y over the applications the user reads, within {@code regionCode} when given. */
    public record Report(int year, String regionCode, List<FundFigures.StageRow> stages,
            List<FundFigures.GroupRow> programmes, List<FundFigures.GroupRow> units, FundFigures.Summary summary,
            String sentence) {
    }

    /**
     * The report of year Y: 422 on {@code year} when absent or outside 2000–2100, on {@code regionCode} when the
     * region is unknown; 403 when the region lies outside the user's scope or the user reads no application.
     */
    public Report of(Integer year, String regionCode, CurrentUser user) {
        return of(year, regionCode, user, null);
    }

    /** The same with the sentence in {@code locale} (the request's language when null). */
    public Report of(Integer year, String regionCode, CurrentUser user, Locale locale) {
        if (!FundAccess.readsAny(user)) {
            throw new ForbiddenException("no role reads fund applications");
        }
        if (year == null) {
            throw ValidationException.of("year", "common.error.required");
        }
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "funds.error.year-range");
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (region != null) {
            RegionTree tree = organisation.regionTree();
            if (!tree.contains(region)) {
                throw ValidationException.of("regionCode", "funds.error.unknown-region");
            }
            if (!scope.covers(user, tree, region)) {
                throw new ForbiddenException("region " + region);
            }
        }
        List<FundApplication> as = funds.list(new FundService.Filter(year, null, null, null, region, null), user);
        FundFigures.Summary s = FundFigures.summary(as);
        return new Report(year, region, FundFigures.byStage(as), FundFigures.byProgramme(as), FundFigures.byUnit(as),
                s, sentence(s, locale));
    }

    /** The seeds' sentence of a summary, in {@code locale} (the request's language when null). */
    public static String sentence(FundFigures.Summary s, Locale locale) {
        List<Object> args = FundFigures.sentenceArgs(s);
        return locale == null ? Messages.text("funds.sentence", args) : Messages.text("funds.sentence", args, locale);
    }
}

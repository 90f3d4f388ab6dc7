package cn.diaodu.investment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/** The leads a user reads (CONTRACT §12, §3: a list leaves out what lies outside the scope), filtered, newest first. */
@Component
class InvestmentQueries {
    private final InvestmentStore store;
    private final InvestmentAccess access;
    private final OrganisationService organisation;

    InvestmentQueries(InvestmentStore store, InvestmentAccess access, OrganisationService organisation) {
        this.store = store;
        this.access = access;
        this.organisation = organisation;
    }

    List<Investment> list(InvestmentFilter f, CurrentUser user) {
        if (!InvestmentAccess.readsAny(user)) {
            throw new ForbiddenException("no investment reading role");
        }
        RegionTree tree = organisation.regionTree();
        Set<String> region = null;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            if (!tree.contains(f.regionCode().strip())) {
                return List.of();
            }
            region = tree.subtree(f.regionCode().strip());
        }
        List<Investment> out = new ArrayList<>();
        for (Investment i : store.assemble(store.rows())) {
            if (!access.mayRead(user, i.regionCode(), i.responsibleUnitId())
                    || (region != null && !region.contains(i.regionCode()))
                    || (f.stage() != null && i.stage() != f.stage())
                    || (f.unitId() != null && f.unitId() != i.responsibleUnitId())
                    || !f.matchesYear(i) || !f.matchesText(i)) {
                continue;
            }
            out.add(i);
        }
        out.sort((a, b) -> Long.compare(b.id(), a.id()));
        return out;
    }
}

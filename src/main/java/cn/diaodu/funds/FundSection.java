package cn.diaodu.funds;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;

/**
 * The section 向上争取资金 of the project page ({@code templates/funds/section.html}, included by the page with one line
 * and reading this bean as {@code @fundSection}), so that the page's module needs to know nothing of it: the fund
 * applications linked to the project that the user reads. Shown to those who read applications at all.
 */
@Component("fundSection")
public class FundSection {
    private final FundService funds;

    FundSection(FundService funds) {
        this.funds = funds;
    }

    public record View(boolean visible, boolean canCreate, List<FundApplication> items) {
    }

    public View of(Project p) {
        CurrentUser user = CurrentUsers.get();
        if (!FundAccess.readsAny(user)) {
            return new View(false, false, List.of());
        }
        return new View(true, FundAccess.writesAny(user), funds.ofProject(p.id(), user));
    }
}
